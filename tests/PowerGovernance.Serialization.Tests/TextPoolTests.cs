using System;
using PowerGovernance.Serialization.Internal;

namespace PowerGovernance.Serialization.Tests;

/// <summary>The import's pool of repeated texts: one string per text, and bounded so that a hostile file cannot grow it.</summary>
public class TextPoolTests
{
    [Fact]
    public void Equal_texts_give_the_same_string_and_different_texts_different_ones()
    {
        var pool = new TextPool();

        var first = pool.Get("一次性告知补正材料".AsSpan());
        var again = pool.Get("一次性告知补正材料x".AsSpan(0, 9));

        Assert.Equal("一次性告知补正材料", first);
        Assert.Same(first, again);
        Assert.NotSame(first, pool.Get("一次性告知".AsSpan()));
        Assert.Same(string.Empty, pool.Get([]));
    }

    [Fact]
    public void Long_texts_and_texts_past_the_bound_are_returned_but_not_kept()
    {
        var pool = new TextPool();
        var longText = new string('责', TextPool.MaxLength + 1);
        for (var i = 0; i < TextPool.MaxEntries; i++)
        {
            pool.Get(i.ToString(System.Globalization.CultureInfo.InvariantCulture).AsSpan());
        }

        var past1 = pool.Get("past the bound".AsSpan());
        var past2 = pool.Get("past the bound".AsSpan());
        var long1 = pool.Get(longText.AsSpan());

        Assert.Equal("past the bound", past1);
        Assert.NotSame(past1, past2);
        Assert.Equal(longText, long1);
        Assert.NotSame(long1, pool.Get(longText.AsSpan()));
        Assert.Same(pool.Get("0".AsSpan()), pool.Get("0".AsSpan()));
    }
}
