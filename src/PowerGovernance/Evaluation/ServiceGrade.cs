namespace PowerGovernance.Evaluation;

/// <summary>
/// The five grades of a service evaluation (好差评评价等级, 国办发〔2019〕51号; GB/T 39735-2020): 非常满意, 满意, 基本满意, 不满意 and
/// 非常不满意. The last two are a bad rating (差评), which must be verified and put right (<see cref="RatingRectificationProcedure"/>).
/// </summary>
public enum ServiceGrade
{
    /// <summary>非常不满意 (very dissatisfied): a bad rating.</summary>
    VeryDissatisfied = 1,

    /// <summary>不满意 (dissatisfied): a bad rating.</summary>
    Dissatisfied = 2,

    /// <summary>基本满意 (basically satisfied).</summary>
    BasicallySatisfied = 3,

    /// <summary>满意 (satisfied).</summary>
    Satisfied = 4,

    /// <summary>非常满意 (very satisfied).</summary>
    VerySatisfied = 5,
}
