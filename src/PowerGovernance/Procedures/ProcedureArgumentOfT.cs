using System;
using System.Collections.Generic;

namespace PowerGovernance.Procedures;

/// <summary>
/// An argument a trigger takes, with the type of its value (类型化动作参数), in the spirit of a trigger with
/// parameters: <see cref="TriggerArguments.With{T}(ProcedureArgument{T}, T)"/> writes a value, and
/// <see cref="TriggerContext.TryGetArgument{T}(ProcedureArgument{T}, out T)"/> reads it back in a guard.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
public sealed class ProcedureArgument<T> : ProcedureArgument
{
    private readonly Func<string, (bool Ok, T Value)> parse;
    private readonly Func<T, string> format;

    internal ProcedureArgument(string name, string chineseName, string englishName, IReadOnlyList<string> acceptedValues, string form, string chineseForm, Func<string, (bool, T)> parse, Func<T, string> format)
        : base(name, chineseName, englishName, acceptedValues, form, chineseForm)
    {
        this.parse = parse;
        this.format = format;
    }

    /// <inheritdoc/>
    public override bool Accepts(string? text) => text is not null && parse(text).Ok;

    /// <summary>Returns the text recorded in the event for <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The recorded text.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a value this argument accepts.</exception>
    public string Format(T value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        var text = format(value);
        if (!parse(text).Ok)
        {
            var (english, chinese) = Refusal(text);
            throw new ArgumentException(char.ToUpperInvariant(english[0]) + english[1..] + " / " + chinese, nameof(value));
        }

        return text;
    }

    /// <summary>Reads a recorded value.</summary>
    /// <param name="text">The recorded text.</param>
    /// <param name="value">The value, when accepted.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is accepted.</returns>
    public bool TryParse(string? text, out T value)
    {
        if (text is not null)
        {
            var (ok, parsed) = parse(text);
            if (ok)
            {
                value = parsed;
                return true;
            }
        }

        value = default!;
        return false;
    }
}
