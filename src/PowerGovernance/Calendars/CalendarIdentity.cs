using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.Calendars;

/// <summary>
/// Which calendar computed a deadline (日历标识): its identifier and a SHA-256 of its content, so that an
/// audit trail shows the exact data a due date rests on, and a changed calendar is told apart from the old one.
/// </summary>
/// <param name="Id">The calendar's identifier, e.g. <c>cn-official</c>.</param>
/// <param name="ContentHash">SHA-256 of the calendar's content (see <see cref="Of"/>), 64 lower-case hexadecimal characters.</param>
public sealed record CalendarIdentity(string Id, string ContentHash)
{
    /// <summary>
    /// Computes the identity of any calendar from its content: the coverage and, for every day in it, the
    /// day type, the holiday name and, for a calendar with unpublished years, the day's certainty.
    /// </summary>
    /// <remarks>
    /// The hash input is UTF-8 text: <c>coverage FIRST LAST</c>, then one line per day
    /// <c>yyyy-MM-dd TYPE CERTAINTY NAME</c> (TYPE and CERTAINTY as their enum numbers, NAME as
    /// <c>中文 | English</c> or empty), each line ended by <c>\n</c>. The identifier is not hashed.
    /// </remarks>
    /// <param name="calendar">The calendar.</param>
    /// <returns>The identity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static CalendarIdentity Of(IWorkingCalendar calendar)
    {
        Preconditions.CheckNotNull(calendar);
        var provisional = calendar as IProvisionalWorkingCalendar;
        var text = new StringBuilder(calendar.Coverage.Length * 16);
        var iso = NodaTime.Text.LocalDatePattern.Iso;
        text.Append("coverage ").Append(iso.Format(calendar.Coverage.Start)).Append(' ').Append(iso.Format(calendar.Coverage.End)).Append('\n');
        foreach (var day in calendar.Coverage)
        {
            text.Append(iso.Format(day)).Append(' ')
                .Append(((int)calendar.GetDayType(day)).ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(((int)(provisional?.GetCertainty(day) ?? DayCertainty.Published)).ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(calendar.GetHolidayName(day)?.ToString()).Append('\n');
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return new CalendarIdentity(calendar.Id, Convert.ToHexString(hash).ToLowerInvariant());
    }

    /// <summary>Returns <c>ID sha256:HASH</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => Id + " sha256:" + ContentHash;
}
