using System;
using PowerGovernance.Procedures;

namespace PowerGovernance.Tests.Procedures;

public class InvalidProcedureDefinitionExceptionTests
{
    [Fact]
    public void The_message_names_the_definition_in_both_languages_and_has_no_parameter_noise()
    {
        var error = Assert.Throws<InvalidProcedureDefinitionException>(() => new ProcedureDefinitionBuilder("empty").Build());

        var heading = error.Message.Split(Environment.NewLine)[0];
        Assert.Equal($"Procedure definition 'empty' has {error.Findings.Count} problem(s) / 流程定义“empty”共有{error.Findings.Count}个问题：", heading);
        Assert.DoesNotContain("(Parameter", error.Message, StringComparison.Ordinal);
        Assert.Null(error.ParamName);
        Assert.Equal(error.Findings.Count, error.Message.Split(Environment.NewLine).Length - 1);
    }
}
