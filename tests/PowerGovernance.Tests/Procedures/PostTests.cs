using System;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;

namespace PowerGovernance.Tests.Procedures;

public class PostTests
{
    [Fact]
    public void Two_posts_are_equal_when_their_Chinese_names_are_whatever_their_English_names()
    {
        var clerk = new Post("窗口受理员", "Counter clerk");

        Assert.Equal(AdministrativeLicensing.Clerk, clerk);
        Assert.True(clerk == new Post("窗口受理员", "Window clerk"));
        Assert.Equal(clerk.GetHashCode(), new Post("窗口受理员", "Window clerk").GetHashCode());
        Assert.NotEqual(clerk, new Post("审查员", "Counter clerk"));
        Assert.True(clerk != null);
        Assert.Equal("窗口受理员", clerk.ToString());
    }

    [Fact]
    public void A_post_is_given_where_a_posts_code_is_expected()
    {
        string code = AdministrativeLicensing.Clerk;
        var actor = new Actor("张三", AdministrativeLicensing.Clerk, AdministrativeLicensing.Reviewer);

        Assert.Equal("窗口受理员", code);
        Assert.Equal(["窗口受理员", "审查员"], actor.Posts);
        Assert.Equal("窗口受理员", actor.FirstPostIn([AdministrativeLicensing.Clerk]));
        Assert.Null((string?)(Post?)null);
    }

    [Fact]
    public void Every_built_in_step_names_its_post_in_both_languages()
    {
        foreach (var definition in BuiltInProcedures.All)
        {
            Assert.All(definition.Steps, step =>
            {
                Assert.False(string.IsNullOrWhiteSpace(step.Post.ChineseName));
                Assert.False(string.IsNullOrWhiteSpace(step.Post.EnglishName));
                Assert.NotEqual(step.Post.ChineseName, step.Post.EnglishName);
            });
        }
    }

    [Fact]
    public void A_blank_name_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Post(" ", "Clerk"));
        Assert.Throws<ArgumentException>(() => new Post("窗口受理员", ""));
        Assert.Throws<ArgumentNullException>(() => new Post(null!, "Clerk"));
    }
}
