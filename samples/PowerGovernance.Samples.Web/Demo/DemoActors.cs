using PowerGovernance.Procedures;

namespace PowerGovernance.Samples.Web.Demo;

/// <summary>
/// Who acts in the demo (演示人员): the sample has no sign-in, so each action is taken by a demo official holding the post the
/// procedure requires for it, one person per post (so separation of duties between posts holds).
/// </summary>
internal static class DemoActors
{
    /// <summary>The official holding <paramref name="post"/>: "演示 {post}".</summary>
    /// <param name="post">The post (Chinese name).</param>
    /// <returns>The actor.</returns>
    public static Actor For(string post) => new("演示 " + post, post);

    /// <summary>The official who may fire <paramref name="trigger"/>: the holder of its first allowed post.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <returns>The actor.</returns>
    public static Actor For(TriggerDefinition trigger) => For(trigger.AllowedPosts.Count > 0 ? trigger.AllowedPosts[0] : "窗口受理员");

    /// <summary>The official who starts a case of <paramref name="definition"/>: the holder of its first step's post.</summary>
    /// <param name="definition">The procedure.</param>
    /// <returns>The actor.</returns>
    public static Actor Starter(ProcedureDefinition definition) =>
        definition.TryGetStep(definition.InitialStep, out var step) ? For(step.Post.ChineseName) : For("窗口受理员");
}
