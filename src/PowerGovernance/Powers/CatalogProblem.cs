namespace PowerGovernance.Powers;

/// <summary>
/// Why a catalog cannot be built, a change set cannot be applied, or a listed power may not be exercised
/// (职权目录问题), in English and Simplified Chinese.
/// </summary>
/// <param name="Code">The power code concerned (the empty code for a null power).</param>
/// <param name="Rule">
/// A stable code, the same in every language: <c>DuplicateCode</c>, <c>NullPower</c>, <c>AlreadyListed</c>,
/// <c>NotListed</c> (凡未列入职权目录的权力，不得行使 — a power not in the catalog may not be exercised),
/// <c>ChangedTwice</c>, or <see cref="CatalogRuleCodes.LegalBasisMissing"/> (凡无合法依据的，应予以废止 — a
/// power without a legal basis is to be abolished, see <see cref="PowerCatalog.MayBeExercised"/>).
/// </param>
/// <param name="Message">The explanation in English, naming the code, the value and the rule.</param>
/// <param name="ChineseMessage">The same explanation in Simplified Chinese (中文说明).</param>
public sealed record CatalogProblem(PowerCode Code, string Rule, string Message, string ChineseMessage)
{
    /// <summary>
    /// Returns the problem as one line in both languages: <c>62052400MZ-XK-0001: [NotListed] … / …</c>
    /// (the code is left out when empty).
    /// </summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        (Code.IsEmpty ? string.Empty : Code.Value + ": ") + "[" + Rule + "] " + Message + " / " + ChineseMessage;
}
