using System.Collections.Generic;

namespace PowerGovernance.Powers;

/// <summary>
/// Thrown when a power that is not in the catalog is to be exercised: 凡未列入职权目录的权力，不得行使
/// (a power not in the catalog may not be exercised).
/// </summary>
public sealed class PowerNotListedException : KeyNotFoundException
{
    /// <summary>Creates the exception; its message states the code, the version and the rule in English and Simplified Chinese.</summary>
    /// <param name="code">The code that is not listed.</param>
    /// <param name="catalogVersion">The version of the catalog that was searched.</param>
    public PowerNotListedException(PowerCode code, int catalogVersion)
        : base(Describe(CatalogFindings.NotListed(code, catalogVersion)))
    {
        Code = code;
        CatalogVersion = catalogVersion;
    }

    /// <summary>Gets the code that is not listed.</summary>
    public PowerCode Code { get; }

    /// <summary>Gets the version of the catalog that was searched.</summary>
    public int CatalogVersion { get; }

    private static string Describe(Validation.Finding problem) => problem.Message + " / " + problem.ChineseMessage;
}
