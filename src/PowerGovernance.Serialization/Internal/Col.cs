namespace PowerGovernance.Serialization.Internal;

/// <summary>The columns of the catalog spreadsheet, in the default order (value = <see cref="CatalogCsvColumn.Number"/> − 1).</summary>
internal enum Col
{
    Code,
    Name,
    Category,
    LegalBases,
    ImplementingBody,
    UndertakingUnit,
    UndertakingPost,
    ResponsiblePerson,
    Initiation,
    Conditions,
    LegalTimeLimit,
    CommittedTimeLimit,
    Charged,
    FeeAmount,
    FeeBasis,
    FeeStandard,
    DisclosureScope,
    DisclosureForms,
    DisclosureTiming,
    Confidential,
    ConfidentialityReason,
    ConfidentialityBasis,
    SupervisingBody,
    ComplaintChannel,
}
