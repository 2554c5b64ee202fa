using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.Calendars;

/// <summary>
/// The official document a calendar's arrangement for a year comes from (数据来源), e.g.
/// 国务院办公厅关于2024年部分节假日安排的通知, issued 2023-10-25.
/// </summary>
/// <param name="Year">The year whose arrangement the document sets.</param>
/// <param name="Issued">The date the document was issued.</param>
/// <param name="Title">The document's title, with its number where known. Must not be blank.</param>
public sealed record CalendarSource(int Year, LocalDate Issued, string Title)
{
    /// <summary>Gets the document's title, with its number where known.</summary>
    public string Title { get; init; } = Preconditions.CheckNotBlank(Title);
}
