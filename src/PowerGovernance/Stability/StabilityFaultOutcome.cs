namespace PowerGovernance.Stability;

/// <summary>What a staff member's failure of duty led to, which decides the measure (责任追究办法) under the stability office's liability rules.</summary>
public enum StabilityFaultOutcome
{
    /// <summary>A failure of duty with no loss and no breach of law or discipline (因失职但未造成损失、未构成违法违纪): admonition education as the circumstances warrant (视情况给予诫勉教育).</summary>
    NoLossNoBreach = 0,

    /// <summary>
    /// A failure of duty that caused a loss (因工作失职造成损失): investigated and dealt with under the civil-servant rules (按照公务员管理有关规定和制度进行查处).
    /// A breach of law or discipline without a loss is read as this case too, since the lightest measure excludes it.
    /// </summary>
    LossOrBreach = 1,

    /// <summary>A serious failure of duty causing a major loss or bad social impact that is a crime (因严重失职，造成重大损失或不良社会影响，构成犯罪): handed to the judiciary (移交司法部门处理).</summary>
    Crime = 2,
}
