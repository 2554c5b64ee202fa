namespace PowerGovernance.Evaluation;

/// <summary>
/// The office's assessment rules (考核规则: the township's assessment of its companion systems and of open Party and government affairs, 党务政务公开). Override with <c>with</c>.
/// </summary>
/// <param name="CriticismVetoThreshold">Circulated criticisms of a unit within the year that veto its awards (年内两次被通报批评的，实行“一票否决”): default 2.</param>
/// <param name="ConsecutiveFailuresForReassignment">Consecutive years failing the accountability-system assessment that lead to reassignment (连续两年不合格的，调整工作岗位): default 2.</param>
public sealed record EvaluationPolicy(int CriticismVetoThreshold = EvaluationPolicy.DefaultCriticismVetoThreshold, int ConsecutiveFailuresForReassignment = EvaluationPolicy.DefaultConsecutiveFailuresForReassignment)
{
    /// <summary>The default veto threshold: 2 circulated criticisms within the year.</summary>
    public const int DefaultCriticismVetoThreshold = 2;

    /// <summary>The default: 2 consecutive failing years lead to reassignment.</summary>
    public const int DefaultConsecutiveFailuresForReassignment = 2;

    /// <summary>The rule book's rules.</summary>
    public static EvaluationPolicy Default { get; } = new();
}
