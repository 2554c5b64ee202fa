namespace PowerGovernance.Powers;

/// <summary>
/// What exercising a power costs the counterpart (收费及依据标准): free, or an amount with its legal
/// basis and its standard.
/// </summary>
/// <param name="IsFree">Whether the power is free of charge (不收费).</param>
/// <param name="Amount">The amount in yuan, when it is a fixed sum; <see langword="null"/> when free or when the standard sets a rate.</param>
/// <param name="Basis">The legal basis for charging (收费依据), required when not free.</param>
/// <param name="Standard">The charging standard (收费标准), e.g. <c>每件10元</c>.</param>
public sealed record Fee(bool IsFree, decimal? Amount, string? Basis, string? Standard)
{
    /// <summary>Gets the fee of a free power.</summary>
    public static Fee Free { get; } = new(true, null, null, null);

    /// <summary>Creates a charged fee.</summary>
    /// <param name="amount">The amount in yuan, or <see langword="null"/> when the standard sets a rate.</param>
    /// <param name="basis">The legal basis for charging.</param>
    /// <param name="standard">The charging standard.</param>
    /// <returns>The fee.</returns>
    public static Fee Charged(decimal? amount, string? basis, string? standard) => new(false, amount, basis, standard);
}
