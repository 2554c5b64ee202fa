using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Supervision;

namespace PowerGovernance.Procedures;

/// <summary>
/// What a guard sees when a trigger is fired: the case, the arguments, the instant and date, the working
/// calendar, the procedure definition, and the case's legal and committed deadlines on that date, so that legal
/// windows (a notice within 5 working days of receipt, an extension only before the limit ends, a review request
/// within 30 days of receiving the reply) are guards in the definition, not special code in the engine.
/// </summary>
public sealed class TriggerContext
{
    private readonly CaseSupervisor? supervisor;
    private readonly StepDefinition? step;
    private CaseDeadlines? deadlines;

    /// <summary>Creates a context for evaluating a guard outside the engine (tests, previews).</summary>
    /// <param name="case">The case before the trigger.</param>
    /// <param name="arguments">The arguments given with the trigger, by name.</param>
    /// <param name="at">The instant of the trigger.</param>
    /// <param name="date">The local date of the trigger in the engine's time zone.</param>
    /// <param name="calendar">The working calendar the engine counts on; <see langword="null"/> only for guards that do not count days.</param>
    /// <param name="definition">The case's procedure definition; <see langword="null"/> only for guards that do not read the deadlines.</param>
    public TriggerContext(CaseSnapshot @case, IReadOnlyDictionary<string, string> arguments, Instant at, LocalDate date, IWorkingCalendar? calendar = null, ProcedureDefinition? definition = null)
    {
        Case = @case;
        Arguments = arguments;
        At = at;
        Date = date;
        Calendar = calendar;
        Definition = definition;
        if (calendar is not null)
        {
            supervisor = new CaseSupervisor(new OfficeCalendar(calendar));
        }
    }

    /// <summary>Creates the engine's context for a trigger leaving <paramref name="step"/>, the case's current step in <paramref name="definition"/>.</summary>
    internal TriggerContext(CaseSnapshot @case, IReadOnlyDictionary<string, string> arguments, Instant at, LocalDate date, CaseSupervisor supervisor, ProcedureDefinition definition, StepDefinition step)
    {
        this.step = step;
        Case = @case;
        Arguments = arguments;
        At = at;
        Date = date;
        Calendar = supervisor.Calendar;
        Definition = definition;
        this.supervisor = supervisor;
    }

    /// <summary>Gets the case before the trigger.</summary>
    public CaseSnapshot Case { get; }

    /// <summary>Gets the arguments given with the trigger, by name.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; }

    /// <summary>Gets the instant of the trigger.</summary>
    public Instant At { get; }

    /// <summary>Gets the local date of the trigger in the engine's time zone.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the working calendar the engine counts on, or <see langword="null"/> for a context made without one.</summary>
    public IWorkingCalendar? Calendar { get; }

    /// <summary>Gets the case's procedure definition, or <see langword="null"/> for a context made without one.</summary>
    public ProcedureDefinition? Definition { get; }

    /// <summary>
    /// Gets the case's legal and committed deadlines (case and current step) as of <see cref="Date"/>, computed on
    /// first use.
    /// </summary>
    /// <exception cref="System.InvalidOperationException">The context was made without a calendar or a definition.</exception>
    /// <exception cref="CalendarCoverageException">The calendar does not cover a day needed; the engine reports it as a technical error, never as a condition not met.</exception>
    public CaseDeadlines Deadlines
    {
        get
        {
            if (deadlines is null)
            {
                if (supervisor is null || Definition is null)
                {
                    throw new System.InvalidOperationException("This trigger context was made without a calendar or a procedure definition, so it cannot compute deadlines. / 此上下文未提供工作日历或程序定义，无法计算期限。");
                }

                deadlines = step is not null ? supervisor.Deadlines(Case, Definition, step, Date) : supervisor.Deadlines(Case, Definition, Date);
            }

            return deadlines;
        }
    }

    /// <summary>Reads the value of a typed argument given with the trigger (读取动作参数).</summary>
    /// <typeparam name="T">The argument's type.</typeparam>
    /// <param name="argument">The argument.</param>
    /// <param name="value">The value, when given and in the argument's form.</param>
    /// <returns><see langword="true"/> when the argument was given and is in its form.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="argument"/> is null.</exception>
    public bool TryGetArgument<T>(ProcedureArgument<T> argument, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        PowerGovernance.Internal.Preconditions.CheckNotNull(argument);
        if (Arguments.TryGetValue(argument.Name, out var text) && argument.TryParse(text, out var parsed))
        {
            value = parsed;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Returns whether <see cref="Date"/> is on or before the last day of a period of <paramref name="limit"/>
    /// that starts on <paramref name="start"/> (the start day not counted; a natural-day period rolled past rest
    /// days). On a provisional calendar the latest possible due date is used: a window is never closed on a guess.
    /// </summary>
    /// <param name="start">The day the period starts from.</param>
    /// <param name="limit">The length of the period.</param>
    /// <returns>Whether the trigger's date is within the period.</returns>
    /// <exception cref="System.InvalidOperationException">The context was made without a calendar.</exception>
    /// <exception cref="CalendarCoverageException">The calendar does not cover a day needed.</exception>
    public bool IsWithin(LocalDate start, TimeLimit limit)
    {
        var calendar = Calendar ?? throw new System.InvalidOperationException("This trigger context was made without a calendar. / 此上下文未提供工作日历。");
        return Date <= calendar.DueDateRange(start, limit).Latest;
    }
}
