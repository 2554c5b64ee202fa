using NodaTime;

namespace PowerGovernance.Procedures;

/// <summary>
/// The engine's answer to whether a trigger may fire (准入检查): the definition, the transition, the post the actor acts
/// in, the day, and the stated end of a suspension; or the refusal.
/// </summary>
internal readonly record struct Admission(ProcedureDefinition Definition, CompiledTransition Transition, string Post, LocalDate Date, LocalDate? SuspendedUntil)
{
    internal Refusal? Refusal { get; private init; }

    internal static Admission Refused(Refusal refusal) => new(null!, null!, null!, default, null) { Refusal = refusal };
}
