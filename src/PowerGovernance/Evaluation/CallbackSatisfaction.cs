namespace PowerGovernance.Evaluation;

/// <summary>How the rater judged the rectification when called back (回访满意度): 满意, 基本满意 or 不满意.</summary>
public enum CallbackSatisfaction
{
    /// <summary>不满意 (dissatisfied with the rectification).</summary>
    Dissatisfied = 1,

    /// <summary>基本满意 (basically satisfied).</summary>
    BasicallySatisfied = 2,

    /// <summary>满意 (satisfied).</summary>
    Satisfied = 3,
}
