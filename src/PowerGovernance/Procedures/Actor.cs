using System;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Internal;

namespace PowerGovernance.Procedures;

/// <summary>Who fires a trigger (经办人) and the posts they hold (岗位).</summary>
public sealed class Actor
{
    private readonly string[] posts;

    /// <summary>Creates an actor.</summary>
    /// <param name="name">
    /// The person's id (人员标识), as recorded in the audit chain and compared exactly (ordinal) with the parties of a case: at most
    /// 200 characters, no white space at either end, no control or format characters (such as U+200B), in Unicode NFC.
    /// </param>
    /// <param name="posts">The posts the person holds (a deputy acting for an absent post holder lists that post too).</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="name"/> is not a valid id (empty, padded with white space, holding an invisible character, or not in NFC), so that it could pose as another person.</exception>
    public Actor(string name, params string[] posts)
    {
        Name = PersonIds.Check(name, nameof(name));
        this.posts = Held(Preconditions.CheckNotNull(posts));
    }

    /// <summary>Gets the person's id (人员标识): what the audit chain records and what recusal and separation of duties compare, exactly.</summary>
    public string Name { get; }

    /// <summary>Gets the posts held.</summary>
    public IReadOnlyList<string> Posts => posts;

    /// <summary>
    /// Gets the person's enforcement certificate (行政执法证), or <see langword="null"/>; triggers marked
    /// <see cref="TriggerDefinition.RequiresCertifiedOfficer"/> need one valid on the day they are fired.
    /// </summary>
    public EnforcementCertificate? Certificate { get; init; }

    /// <summary>
    /// Gets the second enforcement officer acting with this one, with their own certificate (执法人员不得少于两人,
    /// 《行政处罚法》第四十二条), or <see langword="null"/>; triggers marked
    /// <see cref="TriggerDefinition.RequiresTwoCertifiedOfficers"/> need another person whose certificate is valid that day.
    /// </summary>
    public Actor? SecondOfficer { get; init; }

    /// <summary>Returns the first of <paramref name="allowed"/> that this actor holds, or <see langword="null"/>.</summary>
    /// <param name="allowed">The allowed posts.</param>
    /// <returns>The post to act in, or <see langword="null"/>.</returns>
    public string? FirstPostIn(IReadOnlyList<string> allowed)
    {
        if (allowed is string[] array)
        {
            return FirstPostIn(array);
        }

        for (var i = 0; i < allowed.Count; i++)
        {
            if (Holds(allowed[i]))
            {
                return allowed[i];
            }
        }

        return null;
    }

    /// <summary>Returns the first of <paramref name="allowed"/> that this actor holds, or <see langword="null"/> (the engine's path).</summary>
    internal string? FirstPostIn(ReadOnlySpan<string> allowed)
    {
        foreach (var post in allowed)
        {
            if (Holds(post))
            {
                return post;
            }
        }

        return null;
    }

    /// <summary>The posts given, without blank ones and repetitions, in the order first given (one post, the common case, without LINQ).</summary>
    private static string[] Held(string[] posts)
    {
        if (posts.Length == 1 && !string.IsNullOrWhiteSpace(posts[0]))
        {
            return [posts[0]];
        }

        return posts.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct().ToArray();
    }

    private bool Holds(string post)
    {
        foreach (var held in posts)
        {
            if (string.Equals(post, held, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the name and posts.</summary>
    /// <returns>E.g. <c>张三 (窗口受理员, 审核员)</c>.</returns>
    public override string ToString() => Name + " (" + string.Join(", ", Posts) + ")";
}
