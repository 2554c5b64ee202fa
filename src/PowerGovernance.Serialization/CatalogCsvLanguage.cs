namespace PowerGovernance.Serialization;

/// <summary>The language of the headers and words that <see cref="CatalogCsv.Export(PowerGovernance.Powers.PowerCatalog, CatalogCsvOptions)"/> writes.</summary>
public enum CatalogCsvLanguage
{
    /// <summary>Chinese headers and words (<c>权力编码</c>, <c>依申请</c>, <c>20个工作日</c>, <c>是</c>), as offices keep their spreadsheets.</summary>
    Chinese = 0,

    /// <summary>English headers and words (<c>Code</c>, <c>OnApplication</c>, <c>20 working days</c>, <c>yes</c>).</summary>
    English = 1,
}
