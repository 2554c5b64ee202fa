using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;

namespace PowerGovernance.Procedures.BuiltIn;

/// <summary>
/// The procedures shipped with the kernel (内置权力运行流程), built from national law (the Administrative Licensing
/// Law, the Regulations on Government Information Disclosure, the Regulations on Petitions) and a township's rules: administrative licensing, the minimum living allowance, government
/// information requests, decision disclosure, petitions and time-limited completion of instructions. Each definition passes
/// <see cref="ProcedureDefinitionBuilder.Build"/> (all seven flowchart elements, committed limits at most two
/// thirds of the legal ones), is built once, and is immutable and thread-safe.
/// </summary>
/// <remarks>
/// Three procedures have guards that count working days (a comment period; an objection period; a limit past which late work needs an explanation) and guards
/// see no calendar, so they are built for a given <see cref="IWorkingCalendar"/>: pass the one the
/// <see cref="ProcedureEngine"/> counts on. They are built once per calendar instance and kept as long as
/// the calendar lives. A host that needs other powers, supervision contacts or complaint channels starts
/// from the procedure's <c>CreateBuilder</c> instead.
/// </remarks>
public static class BuiltInProcedures
{
    private static readonly Lazy<ProcedureDefinition> Licensing = new(() => BuiltIn.AdministrativeLicensing.CreateBuilder().Build());
    private static readonly Lazy<ProcedureDefinition> LivingAllowance = new(() => BuiltIn.MinimumLivingAllowance.CreateBuilder().Build());
    private static readonly Lazy<ProcedureDefinition> InformationRequest = new(() => BuiltIn.GovernmentInformationRequest.CreateBuilder().Build());
    private static readonly ConditionalWeakTable<IWorkingCalendar, ProcedureDefinition> Disclosures = new();
    private static readonly ConditionalWeakTable<IWorkingCalendar, ProcedureDefinition> Petitions = new();
    private static readonly ConditionalWeakTable<IWorkingCalendar, ProcedureDefinition> TimeLimited = new();

    /// <summary>Gets the administrative licensing procedure (行政许可); see <see cref="BuiltIn.AdministrativeLicensing"/>.</summary>
    public static ProcedureDefinition AdministrativeLicensing => Licensing.Value;

    /// <summary>Gets the minimum living allowance procedure (最低生活保障审批); see <see cref="BuiltIn.MinimumLivingAllowance"/>.</summary>
    public static ProcedureDefinition MinimumLivingAllowance => LivingAllowance.Value;

    /// <summary>Gets the government information request procedure (政府信息依申请公开); see <see cref="BuiltIn.GovernmentInformationRequest"/>.</summary>
    public static ProcedureDefinition GovernmentInformationRequest => InformationRequest.Value;

    /// <summary>
    /// Returns the decision disclosure procedure (决策公开) whose comment period is counted on
    /// <paramref name="calendar"/>, with the default period of <see cref="BuiltIn.DecisionDisclosure.DefaultCommentWorkingDays"/>
    /// working days; see <see cref="BuiltIn.DecisionDisclosure"/>.
    /// </summary>
    /// <param name="calendar">The calendar the engine counts on.</param>
    /// <returns>The definition; the same instance for the same calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static ProcedureDefinition DecisionDisclosure(IWorkingCalendar calendar) =>
        Disclosures.GetValue(Preconditions.CheckNotNull(calendar), c => BuiltIn.DecisionDisclosure.CreateBuilder(c).Build());

    /// <summary>
    /// Returns the petition procedure (信访事项办理) whose objection period is counted on
    /// <paramref name="calendar"/>; see <see cref="BuiltIn.Petition"/>.
    /// </summary>
    /// <param name="calendar">The calendar the engine counts on.</param>
    /// <returns>The definition; the same instance for the same calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static ProcedureDefinition Petition(IWorkingCalendar calendar) =>
        Petitions.GetValue(Preconditions.CheckNotNull(calendar), c => BuiltIn.Petition.CreateBuilder(c).Build());

    /// <summary>
    /// Returns the time-limited completion procedure (限时办结) whose limit of
    /// <see cref="BuiltIn.TimeLimitedCompletion.DefaultWorkingDays"/> working days is counted on
    /// <paramref name="calendar"/>; see <see cref="BuiltIn.TimeLimitedCompletion"/>.
    /// </summary>
    /// <param name="calendar">The calendar the engine counts on.</param>
    /// <returns>The definition; the same instance for the same calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static ProcedureDefinition TimeLimitedCompletion(IWorkingCalendar calendar) =>
        TimeLimited.GetValue(Preconditions.CheckNotNull(calendar), c => BuiltIn.TimeLimitedCompletion.CreateBuilder(c).Build());

    /// <summary>Returns every built-in procedure (全部内置流程), the calendar-bound ones counted on <paramref name="calendar"/>.</summary>
    /// <param name="calendar">The calendar the engine counts on.</param>
    /// <returns>Licensing, minimum living allowance, information request, decision disclosure, petition and time-limited completion, in that order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static IReadOnlyList<ProcedureDefinition> All(IWorkingCalendar calendar)
    {
        Preconditions.CheckNotNull(calendar);
        return Array.AsReadOnly([AdministrativeLicensing, MinimumLivingAllowance, GovernmentInformationRequest, DecisionDisclosure(calendar), Petition(calendar), TimeLimitedCompletion(calendar)]);
    }
}
