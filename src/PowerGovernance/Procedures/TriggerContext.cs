using System.Collections.Generic;
using NodaTime;

namespace PowerGovernance.Procedures;

/// <summary>What a guard sees when a trigger is fired: the case, the arguments, and the instant and date.</summary>
/// <param name="Case">The case before the trigger.</param>
/// <param name="Arguments">The arguments given with the trigger, by name.</param>
/// <param name="At">The instant of the trigger.</param>
/// <param name="Date">The local date of the trigger in the engine's time zone.</param>
public sealed record TriggerContext(CaseSnapshot Case, IReadOnlyDictionary<string, string> Arguments, Instant At, LocalDate Date);
