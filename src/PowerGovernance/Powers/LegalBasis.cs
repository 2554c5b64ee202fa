namespace PowerGovernance.Powers;

/// <summary>One legal basis of a power (权力依据): the instrument, the article, and its rank.</summary>
/// <param name="Title">The instrument's title, e.g. <c>《中华人民共和国行政许可法》</c>.</param>
/// <param name="Article">The article(s) relied on, e.g. <c>第四十二条</c>, or <see langword="null"/>.</param>
/// <param name="Rank">The instrument's rank.</param>
public sealed record LegalBasis(string Title, string? Article, LegalBasisRank Rank);
