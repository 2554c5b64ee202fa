using System;
using System.Linq;
using PowerGovernance.Accountability;
using PowerGovernance.Calendars;
using PowerGovernance.Disclosures;
using PowerGovernance.Evaluation;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.FrontDesk;
using PowerGovernance.Supervision;

namespace PowerGovernance.DependencyInjection;

/// <summary>The kernel's services for one set of options, built together on one effective calendar.</summary>
internal sealed class PowerGovernanceKernel
{
    private PowerGovernanceKernel(IWorkingCalendar baseCalendar, IWorkingCalendar calendar, PowerGovernanceOptions options)
    {
        BaseCalendar = baseCalendar;
        Calendar = calendar;
        Office = new OfficeCalendar(calendar, options.Zone);
        Engine = new ProcedureEngine(Office, options.Catalog, options.Procedures, options.Seal, options.AuditDigest);
        CatalogValidator = new CatalogValidator(options.CatalogRules);
        Supervisor = new CaseSupervisor(Office, options.WarningPolicy);
        Board = new SupervisionBoard(Engine, options.WarningPolicy);
        Cards = new SupervisionCardEvaluator(Office, options.SupervisionCards ?? SupervisionCardPolicy.Default with { Warning = options.WarningPolicy });
        Sanctions = new SanctionPolicy(options.Sanctions);
        Assessment = new YearEndAssessment(options.EvaluationPolicy);
        Accountability = Engine.Definitions.Any(d => d.Id == AccountabilityProcedure.Id)
            ? new AccountabilityProceedings(Engine, Sanctions, options.AccountabilityMatters, options.AppealPolicy)
            : null;
        Notification = new OneTimeNotification(Office, options.FrontDesk);
        InquiryDesk = new FirstInquiryDesk(Office, options.Catalog, options.FrontDesk, options.WarningPolicy);
        DisclosureSchedule = new DisclosureSchedule(Office, options.Disclosure);
        Ratings = new ServiceRatingDesk(options.Catalog, Office.Zone);
        RatingReport = new ServiceRatingReport(Supervisor, Engine.Definitions.FirstOrDefault(d => d.Id == RatingRectificationProcedure.Id));
    }

    /// <summary>Gets the calendar the host registered, before the overlay (it may have provisional years the overlay does not show).</summary>
    public IWorkingCalendar BaseCalendar { get; }

    /// <summary>Gets the calendar the kernel counts on: the base calendar with the options' overlay.</summary>
    public IWorkingCalendar Calendar { get; }

    /// <summary>Gets the kernel's calendar in the options' zone.</summary>
    public OfficeCalendar Office { get; }

    public ProcedureEngine Engine { get; }

    public CatalogValidator CatalogValidator { get; }

    public CaseSupervisor Supervisor { get; }

    public SupervisionBoard Board { get; }

    public SupervisionCardEvaluator Cards { get; }

    public SanctionPolicy Sanctions { get; }

    public YearEndAssessment Assessment { get; }

    public AccountabilityProceedings? Accountability { get; }

    public OneTimeNotification Notification { get; }

    public FirstInquiryDesk InquiryDesk { get; }

    public DisclosureSchedule DisclosureSchedule { get; }

    public ServiceRatingDesk Ratings { get; }

    public ServiceRatingReport RatingReport { get; }

    /// <summary>Creates the calendar health check on the kernel's calendar, with the published dates of the base calendar.</summary>
    public CalendarHealthCheck CreateHealthCheck(NodaTime.IClock clock, PowerGovernanceOptions options) =>
        new(Office, ReferenceEquals(BaseCalendar, Calendar) ? null : BaseCalendar, clock, options.CalendarHealth, Engine.Definitions);

    /// <summary>Builds the kernel on <paramref name="baseCalendar"/> with the options' overlay.</summary>
    /// <exception cref="InvalidOperationException">The overlay or another option cannot be used; the message names the option.</exception>
    public static PowerGovernanceKernel Create(IWorkingCalendar baseCalendar, PowerGovernanceOptions options)
    {
        var calendar = baseCalendar;
        if (options.CalendarOverlay is { } overlay)
        {
            try
            {
                var overlayId = options.CalendarOverlayId ?? baseCalendar.Id + "+local";
                if (baseCalendar is ProvisionalWorkingCalendar provisional)
                {
                    // Keep the provisional years: the overlay goes on the most likely arrangement.
                    calendar = provisional.WithOverlay(overlayId, overlay);
                }
                else
                {
                    var builder = WorkingCalendarBuilder.OverlayOn(baseCalendar, overlayId);
                    overlay(builder);
                    calendar = builder.Build();
                }
            }
            catch (Exception e) when (e is InvalidCalendarException or ArgumentException)
            {
                throw new InvalidOperationException("AddPowerGovernance cannot start: options.CalendarOverlay: " + e.Message, e);
            }
        }

        try
        {
            return new PowerGovernanceKernel(baseCalendar, calendar, options);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException("AddPowerGovernance cannot start: " + e.Message, e);
        }
    }
}
