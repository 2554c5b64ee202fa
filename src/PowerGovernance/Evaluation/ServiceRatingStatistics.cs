using System;

namespace PowerGovernance.Evaluation;

/// <summary>
/// The ratings of one group (a power, post or unit) over a period (好差评统计): how many in each grade, the bad ratings (差评) and how
/// many of them were put right and called back in time.
/// </summary>
/// <param name="VerySatisfied">非常满意.</param>
/// <param name="Satisfied">满意.</param>
/// <param name="BasicallySatisfied">基本满意.</param>
/// <param name="Dissatisfied">不满意.</param>
/// <param name="VeryDissatisfied">非常不满意.</param>
/// <param name="Rectified">Bad ratings whose rectification case was closed (整改办结): verified, put right or explained, and the rater called back.</param>
/// <param name="RectifiedLate">Of <paramref name="Rectified"/>, those closed after their limit.</param>
/// <param name="RectificationOverdue">Bad ratings whose rectification is still open past its limit at the time of the report.</param>
public sealed record ServiceRatingStatistics(
    int VerySatisfied,
    int Satisfied,
    int BasicallySatisfied,
    int Dissatisfied,
    int VeryDissatisfied,
    int Rectified,
    int RectifiedLate,
    int RectificationOverdue)
{
    /// <summary>No ratings.</summary>
    public static ServiceRatingStatistics Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Gets the number of ratings.</summary>
    public int Total => VerySatisfied + Satisfied + BasicallySatisfied + Dissatisfied + VeryDissatisfied;

    /// <summary>Gets the number of bad ratings (差评: 不满意 and 非常不满意).</summary>
    public int Bad => Dissatisfied + VeryDissatisfied;

    /// <summary>Gets the bad ratings not yet put right and called back (未整改差评).</summary>
    public int Unrectified => Bad - Rectified;

    /// <summary>
    /// Gets the satisfaction rate (满意率): the share of ratings of 基本满意 or better, or <see langword="null"/> without ratings. Offices
    /// that count only 满意 and 非常满意 compute it from the grade counts themselves.
    /// </summary>
    public double? SatisfactionRate => Total == 0 ? null : (double)(VerySatisfied + Satisfied + BasicallySatisfied) / Total;

    /// <summary>Returns the statistics with one more rating of <paramref name="grade"/>.</summary>
    internal ServiceRatingStatistics With(ServiceGrade grade) => grade switch
    {
        ServiceGrade.VerySatisfied => this with { VerySatisfied = VerySatisfied + 1 },
        ServiceGrade.Satisfied => this with { Satisfied = Satisfied + 1 },
        ServiceGrade.BasicallySatisfied => this with { BasicallySatisfied = BasicallySatisfied + 1 },
        ServiceGrade.Dissatisfied => this with { Dissatisfied = Dissatisfied + 1 },
        ServiceGrade.VeryDissatisfied => this with { VeryDissatisfied = VeryDissatisfied + 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "Not a grade. / 评价等级无效。"),
    };
}
