using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;

namespace PowerGovernance.Stability;

/// <summary>
/// The number of a supervision notice (督办通知书编号): the issuing office's abbreviation (机关代字), the year and the
/// sequence within that office and year, written as an official document number, e.g. <c>某镇综治督〔2025〕3号</c>.
/// The office's stability rules require the notices to be numbered uniformly and filed in a list (统一编号，列表建档);
/// <see cref="SupervisionNoticeRegister"/> issues them without gaps.
/// </summary>
/// <remarks>Ordered by office (ordinal), then year, then sequence. Immutable.</remarks>
public readonly record struct SupervisionNoticeNumber : IComparable<SupervisionNoticeNumber>
{
    /// <summary>The longest office abbreviation accepted: 20 characters.</summary>
    public const int MaxOfficeLength = 20;

    private const string Marker = "督〔";

    private readonly string? office;

    /// <summary>Creates a number.</summary>
    /// <param name="office">The office's abbreviation (机关代字), e.g. <c>某镇综治</c>: 1 to 20 characters, no white space, no <c>〔〕</c>.</param>
    /// <param name="year">The year, 2000 to 9999.</param>
    /// <param name="sequence">The sequence within the office and year, from 1.</param>
    /// <exception cref="ArgumentException">A value breaks its rule; the message lists every problem.</exception>
    public SupervisionNoticeNumber(string office, int year, int sequence)
    {
        var problem = Problem(office, year, sequence);
        if (problem is not null)
        {
            throw new ArgumentException(problem);
        }

        this.office = office;
        Year = year;
        Sequence = sequence;
    }

    /// <summary>Gets the issuing office's abbreviation (机关代字); empty for the default value.</summary>
    public string Office => office ?? string.Empty;

    /// <summary>Gets the year (年份).</summary>
    public int Year { get; }

    /// <summary>Gets the sequence within the office and year (序号), from 1; 0 for the default value.</summary>
    public int Sequence { get; }

    /// <summary>Reads a number written as <see cref="ToString"/> writes it.</summary>
    /// <param name="text">The text, e.g. <c>某镇综治督〔2025〕3号</c>.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a supervision notice number.</exception>
    public static SupervisionNoticeNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParse(text, out var number))
        {
            return number;
        }

        var shown = text.Length > 40 ? text[..40] + "…" : text;
        throw new FormatException("'" + shown + "' is not a supervision notice number such as 某镇综治督〔2025〕3号. / '" + shown + "'不是督办通知书编号（例如某镇综治督〔2025〕3号）。");
    }

    /// <summary>Reads a number written as <see cref="ToString"/> writes it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="number">The number, when read.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out SupervisionNoticeNumber number)
    {
        number = default;
        if (text is null || text.Length > 60 || !text.EndsWith('号'))
        {
            return false;
        }

        var marker = text.IndexOf(Marker, StringComparison.Ordinal);
        var close = text.IndexOf('〕', StringComparison.Ordinal);
        if (marker <= 0 || close < marker)
        {
            return false;
        }

        var officeText = text[..marker];
        var yearText = text[(marker + Marker.Length)..close];
        var sequenceText = text[(close + 1)..^1];
        if (!Digits(yearText) || !Digits(sequenceText) || sequenceText.Length > 9 || sequenceText[0] == '0'
            || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(sequenceText, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            || Problem(officeText, year, sequence) is not null)
        {
            return false;
        }

        number = new SupervisionNoticeNumber(officeText, year, sequence);
        return true;
    }

    /// <inheritdoc/>
    public int CompareTo(SupervisionNoticeNumber other)
    {
        var byOffice = string.CompareOrdinal(Office, other.Office);
        return byOffice != 0 ? byOffice : Year != other.Year ? Year.CompareTo(other.Year) : Sequence.CompareTo(other.Sequence);
    }

    /// <summary>Returns the number as an official document number, e.g. <c>某镇综治督〔2025〕3号</c>.</summary>
    /// <returns>The text <see cref="Parse"/> reads.</returns>
    public override string ToString() =>
        Office + Marker + Year.ToString(CultureInfo.InvariantCulture) + "〕" + Sequence.ToString(CultureInfo.InvariantCulture) + "号";

    /// <summary>Returns whether <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(SupervisionNoticeNumber left, SupervisionNoticeNumber right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(SupervisionNoticeNumber left, SupervisionNoticeNumber right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> does not come after <paramref name="right"/>.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(SupervisionNoticeNumber left, SupervisionNoticeNumber right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> does not come before <paramref name="right"/>.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(SupervisionNoticeNumber left, SupervisionNoticeNumber right) => left.CompareTo(right) >= 0;

    internal static string? Problem(string? office, int year, int sequence)
    {
        var problems = new System.Collections.Generic.List<string>();
        if (office is null || office.Length is 0 or > MaxOfficeLength || office.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '〔' or '〕'
            || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format) || office.Contains(Marker, StringComparison.Ordinal))
        {
            var shown = office is null ? "null" : office.Length > MaxOfficeLength ? office[..MaxOfficeLength] + "…" : office;
            problems.Add("office = '" + shown + "': an office abbreviation is 1 to 20 characters without white space, invisible characters or 〔〕 / 机关代字须为1至20个字符，不含空白、不可见字符或〔〕");
        }

        if (year is < 2000 or > 9999)
        {
            problems.Add("year = " + year.ToString(CultureInfo.InvariantCulture) + ": the year is 2000 to 9999 / 年份须为2000至9999");
        }

        if (sequence < 1)
        {
            problems.Add("sequence = " + sequence.ToString(CultureInfo.InvariantCulture) + ": the sequence starts at 1 / 序号从1开始");
        }

        return problems.Count == 0
            ? null
            : "The supervision notice number has " + problems.Count.ToString(CultureInfo.InvariantCulture) + " problem(s) / 督办通知书编号共有" + problems.Count.ToString(CultureInfo.InvariantCulture) + "个问题：" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p));
    }

    private static bool Digits(string text) => text.Length > 0 && text.All(c => c is >= '0' and <= '9');
}
