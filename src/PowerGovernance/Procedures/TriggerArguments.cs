using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using PowerGovernance.Internal;

namespace PowerGovernance.Procedures;

/// <summary>
/// The arguments given with a trigger (动作参数), immutable: each written through its typed
/// <see cref="ProcedureArgument{T}"/>, so the recorded text is always in the argument's form. Equal when they hold the
/// same names and recorded values.
/// </summary>
/// <example>
/// <code>
/// var arguments = TriggerArguments.None
///     .With(AdministrativeLicensing.Arguments.Cause, "检验")
///     .With(ProcedureEngine.SuspendedUntil, new LocalDate(2024, 10, 15));
/// </code>
/// </example>
public sealed class TriggerArguments : IReadOnlyDictionary<string, string>, IEquatable<TriggerArguments>
{
    // Sorted by name (ordinal), never changed after construction; a trigger takes a handful of arguments.
    private readonly KeyValuePair<string, string>[] pairs;

    private TriggerArguments(KeyValuePair<string, string>[] pairs) => this.pairs = pairs;

    /// <summary>Gets the empty set of arguments (无参数).</summary>
    public static TriggerArguments None { get; } = new([]);

    /// <summary>Gets the number of arguments.</summary>
    public int Count => pairs.Length;

    /// <summary>Gets the argument names, in ordinal order.</summary>
    public IEnumerable<string> Keys => System.Linq.Enumerable.Select(pairs, static p => p.Key);

    /// <summary>Gets the recorded values, in the order of <see cref="Keys"/>.</summary>
    public IEnumerable<string> Values => System.Linq.Enumerable.Select(pairs, static p => p.Value);

    /// <summary>Gets the names and recorded values, sorted by name, for the engine (never changed).</summary>
    internal KeyValuePair<string, string>[] Pairs => pairs;

    /// <summary>Gets the recorded value of the argument named <paramref name="key"/>.</summary>
    /// <param name="key">The argument's name.</param>
    /// <returns>The recorded text.</returns>
    /// <exception cref="KeyNotFoundException">No such argument was given.</exception>
    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException("No argument '" + key + "' was given. / 未给出参数“" + key + "”。");

    /// <summary>Returns these arguments with <paramref name="argument"/> set to <paramref name="value"/>.</summary>
    /// <typeparam name="T">The argument's type.</typeparam>
    /// <param name="argument">The argument.</param>
    /// <param name="value">The value.</param>
    /// <returns>New arguments; this instance is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a value <paramref name="argument"/> accepts.</exception>
    public TriggerArguments With<T>(ProcedureArgument<T> argument, T value)
    {
        Preconditions.CheckNotNull(argument);
        var text = argument.Format(value);
        return new(Sorted(pairs.Where(p => p.Key != argument.Name).Append(new KeyValuePair<string, string>(argument.Name, text))));
    }

    /// <summary>Reads the value of <paramref name="argument"/>.</summary>
    /// <typeparam name="T">The argument's type.</typeparam>
    /// <param name="argument">The argument.</param>
    /// <param name="value">The value, when given and in the argument's form.</param>
    /// <returns><see langword="true"/> when the argument was given and is in its form.</returns>
    public bool TryGet<T>(ProcedureArgument<T> argument, [MaybeNullWhen(false)] out T value)
    {
        Preconditions.CheckNotNull(argument);
        if (TryGetValue(argument.Name, out var text) && argument.TryParse(text, out var parsed))
        {
            value = parsed;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Takes arguments given as text (for a host that receives them from a form or a command line). Names and values are
    /// checked by the engine against the trigger's arguments when fired.
    /// </summary>
    /// <param name="arguments">The names and recorded values.</param>
    /// <returns>The arguments.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arguments"/> or a name or value in it is null.</exception>
    public static TriggerArguments FromText(IEnumerable<KeyValuePair<string, string>> arguments)
    {
        Preconditions.CheckNotNull(arguments);
        if (arguments is TriggerArguments typed)
        {
            return typed;
        }

        if (arguments is KeyValuePair<string, string>[] recorded && IsStrictlySorted(recorded))
        {
            // As an event records them (sorted by name, no name twice, nothing null): the dictionary below would give the same.
            return recorded.Length == 0 ? None : new((KeyValuePair<string, string>[])recorded.Clone());
        }

        var copy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in arguments)
        {
            copy[Preconditions.CheckNotNull(key, "arguments.Key")] = Preconditions.CheckNotNull(value, "arguments.Value");
        }

        return copy.Count == 0 ? None : new(Sorted(copy));
    }

    /// <summary>Returns whether an argument named <paramref name="key"/> was given.</summary>
    /// <param name="key">The name.</param>
    /// <returns><see langword="true"/> when given.</returns>
    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <summary>Gets the recorded value of the argument named <paramref name="key"/>.</summary>
    /// <param name="key">The name.</param>
    /// <param name="value">The recorded text.</param>
    /// <returns><see langword="true"/> when given.</returns>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        foreach (var pair in pairs)
        {
            if (string.Equals(pair.Key, key, StringComparison.Ordinal))
            {
                value = pair.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>Enumerates the names and recorded values, in ordinal order of the names.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)pairs).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Returns whether <paramref name="other"/> holds the same names and recorded values.</summary>
    /// <param name="other">The other arguments.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(TriggerArguments? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        for (var i = 0; i < pairs.Length; i++)
        {
            if (!string.Equals(pairs[i].Key, other.pairs[i].Key, StringComparison.Ordinal) || !string.Equals(pairs[i].Value, other.pairs[i].Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TriggerArguments);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var (key, value) in pairs)
        {
            hash.Add(key, StringComparer.Ordinal);
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns e.g. <c>cause=检验, until=2024-10-15</c>.</summary>
    /// <returns>The names and recorded values.</returns>
    public override string ToString() => string.Join(", ", pairs.Select(static p => p.Key + "=" + p.Value));

    /// <summary>Whether every name and value is there and the names ascend ordinally, so none is given twice.</summary>
    private static bool IsStrictlySorted(KeyValuePair<string, string>[] pairs)
    {
        for (var i = 0; i < pairs.Length; i++)
        {
            if (pairs[i].Key is null || pairs[i].Value is null || (i > 0 && string.CompareOrdinal(pairs[i - 1].Key, pairs[i].Key) >= 0))
            {
                return false;
            }
        }

        return true;
    }

    private static KeyValuePair<string, string>[] Sorted(IEnumerable<KeyValuePair<string, string>> given)
    {
        var array = given.ToArray();
        Array.Sort(array, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return array;
    }
}
