using System;
using System.Collections.Generic;

namespace PowerGovernance.Procedures.BuiltIn;

/// <summary>
/// The procedures shipped with the kernel (内置权力运行流程), built from national law (the Administrative Licensing
/// Law, the Regulations on Government Information Disclosure, the Regulations on Petitions, the Regulations on Rural
/// Five-Guarantee Support) and a township's rules: administrative licensing, the minimum living allowance, government
/// information requests, decision disclosure, petitions, time-limited completion of instructions, and the civil-affairs
/// services (five-guarantee support, serious-illness aid, disaster relief, minimum-living-allowance letters and visits)
/// and the leader-owned case of stability work (领导包案). Each definition passes
/// <see cref="ProcedureDefinitionBuilder.Build"/> (all seven flowchart elements, committed limits at most two
/// thirds of the legal ones), is built once, and is immutable and thread-safe.
/// </summary>
/// <remarks>
/// Guards that count days (a comment period, an objection period, a limit past which late work needs an explanation)
/// count on the calendar of the engine that fires them (<see cref="TriggerContext.IsWithin"/>), so every built-in is one
/// shared definition for every calendar. A host that needs other powers, supervision contacts, complaint channels or
/// limits starts from the procedure's <c>CreateBuilder</c> instead.
/// </remarks>
public static class BuiltInProcedures
{
    private static readonly Lazy<ProcedureDefinition> Licensing = new(() => BuiltIn.AdministrativeLicensing.CreateBuilder().Build());
    private static readonly Lazy<ProcedureDefinition> LivingAllowance = new(() => BuiltIn.MinimumLivingAllowance.CreateBuilder().Build());
    private static readonly Lazy<ProcedureDefinition> InformationRequest = new(() => BuiltIn.GovernmentInformationRequest.CreateBuilder().Build());
    private static readonly Lazy<ProcedureDefinition> Disclosures = new(() => BuiltIn.DecisionDisclosure.CreateBuilder().Build());
    private static readonly Lazy<ProcedureDefinition> Petitions = new(() => BuiltIn.Petition.CreateBuilder().Build());
    private static readonly Lazy<ProcedureDefinition> TimeLimited = new(() => BuiltIn.TimeLimitedCompletion.CreateBuilder().Build());
    private static readonly Lazy<ProcedureDefinition> FiveGuarantee = new(() => BuiltIn.FiveGuaranteeSupport.CreateBuilder().Build());
    private static readonly Lazy<ProcedureDefinition> Relief = new(() => BuiltIn.DisasterRelief.CreateBuilder().Build());
    private static readonly Lazy<ProcedureDefinition> AllowanceLetters = new(() => BuiltIn.LivingAllowanceLettersAndVisits.CreateBuilder().Build());
    private static readonly Lazy<ProcedureDefinition> LeaderOwned = new(() => BuiltIn.LeaderOwnedCase.CreateBuilder().Build());
    private static readonly Lazy<IReadOnlyList<ProcedureDefinition>> Everything = new(() => Array.AsReadOnly(
        [AdministrativeLicensing, MinimumLivingAllowance, GovernmentInformationRequest, DecisionDisclosure, Petition, TimeLimitedCompletion, FiveGuaranteeSupport, SeriousIllnessAid, DisasterRelief, LivingAllowanceLettersAndVisits, LeaderOwnedCase]));

    /// <summary>Gets the administrative licensing procedure (行政许可); see <see cref="BuiltIn.AdministrativeLicensing"/>.</summary>
    public static ProcedureDefinition AdministrativeLicensing => Licensing.Value;

    /// <summary>Gets the minimum living allowance procedure (最低生活保障审批); see <see cref="BuiltIn.MinimumLivingAllowance"/>.</summary>
    public static ProcedureDefinition MinimumLivingAllowance => LivingAllowance.Value;

    /// <summary>Gets the government information request procedure (政府信息依申请公开); see <see cref="BuiltIn.GovernmentInformationRequest"/>.</summary>
    public static ProcedureDefinition GovernmentInformationRequest => InformationRequest.Value;

    /// <summary>
    /// Gets the decision disclosure procedure (决策公开) with the default comment period of
    /// <see cref="BuiltIn.DecisionDisclosure.DefaultCommentPeriod"/>; see <see cref="BuiltIn.DecisionDisclosure"/>.
    /// </summary>
    public static ProcedureDefinition DecisionDisclosure => Disclosures.Value;

    /// <summary>Gets the petition procedure (信访事项办理); see <see cref="BuiltIn.Petition"/>.</summary>
    public static ProcedureDefinition Petition => Petitions.Value;

    /// <summary>
    /// Gets the time-limited completion procedure (限时办结) with the default limit of
    /// <see cref="BuiltIn.TimeLimitedCompletion.DefaultLimit"/>; see <see cref="BuiltIn.TimeLimitedCompletion"/>.
    /// </summary>
    public static ProcedureDefinition TimeLimitedCompletion => TimeLimited.Value;

    /// <summary>Gets the five-guarantee support and admission procedure (五保供养审批及收养); see <see cref="BuiltIn.FiveGuaranteeSupport"/>.</summary>
    public static ProcedureDefinition FiveGuaranteeSupport => FiveGuarantee.Value;

    /// <summary>Gets the serious-illness aid procedure (大病救助审批); see <see cref="BuiltIn.SeriousIllnessAid"/>.</summary>
    public static ProcedureDefinition SeriousIllnessAid => BuiltIn.SeriousIllnessAid.Definition;

    /// <summary>
    /// Gets the disaster relief beneficiary procedure (灾民救济对象核定) with the default posting period of
    /// <see cref="BuiltIn.DisasterRelief.DefaultPostingPeriod"/>; see <see cref="BuiltIn.DisasterRelief"/>.
    /// </summary>
    public static ProcedureDefinition DisasterRelief => Relief.Value;

    /// <summary>
    /// Gets the minimum-living-allowance letters and visits reception procedure (低保来信来访接待) with the default feedback limit of
    /// <see cref="BuiltIn.LivingAllowanceLettersAndVisits.DefaultFeedbackLimit"/>; see <see cref="BuiltIn.LivingAllowanceLettersAndVisits"/>.
    /// </summary>
    public static ProcedureDefinition LivingAllowanceLettersAndVisits => AllowanceLetters.Value;

    /// <summary>
    /// Gets the leader-owned case procedure (领导包案化解) with the default settlement period of
    /// <see cref="BuiltIn.LeaderOwnedCase.DefaultSettlementPeriod"/>; see <see cref="BuiltIn.LeaderOwnedCase"/>.
    /// </summary>
    public static ProcedureDefinition LeaderOwnedCase => LeaderOwned.Value;

    /// <summary>
    /// Gets every built-in procedure (全部内置流程): licensing, minimum living allowance, information request, decision
    /// disclosure, petition, time-limited completion, five-guarantee support, serious-illness aid, disaster relief and
    /// minimum-living-allowance letters and visits, and the leader-owned case of stability work, in that order. Each counts its limits on the calendar of the
    /// engine that runs it.
    /// </summary>
    public static IReadOnlyList<ProcedureDefinition> All => Everything.Value;
}
