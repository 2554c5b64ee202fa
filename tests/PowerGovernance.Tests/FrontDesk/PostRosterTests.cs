using NodaTime;
using PowerGovernance.FrontDesk;
using PowerGovernance.Procedures;

namespace PowerGovernance.Tests.FrontDesk;

public class PostRosterTests
{
    private static readonly Post LabourOfficer = new("劳动保障专干", "Labour and social security officer");
    private static readonly PostAssignment Labour = new(LabourOfficer, "劳动保障站", ["赵楷"], ["孙某", "周某"], "办理就业失业登记、社会保险业务", "落实本站党风廉政建设，教育管理站内干部职工");

    [Fact]
    public void The_deputy_acts_while_the_holder_is_on_a_trip_and_the_second_deputy_while_both_are_away()
    {
        var roster = new PostRoster([Labour], [
            new Absence("赵楷", new DateInterval(new LocalDate(2024, 2, 5), new LocalDate(2024, 2, 8)), AbsenceReason.BusinessTrip),
            new Absence("孙某", new DateInterval(new LocalDate(2024, 2, 8), new LocalDate(2024, 2, 8)), AbsenceReason.Training),
        ]);

        Assert.Equal(new ActingOfficer("赵楷", LabourOfficer, false, null), roster.WhoActs(LabourOfficer, new LocalDate(2024, 2, 4)));
        Assert.Equal(new ActingOfficer("孙某", LabourOfficer, true, "赵楷"), roster.WhoActs(LabourOfficer, new LocalDate(2024, 2, 5)));
        Assert.Equal(new ActingOfficer("周某", LabourOfficer, true, "赵楷"), roster.WhoActs(new Post("劳动保障专干", "same post, other English name"), new LocalDate(2024, 2, 8)));
        Assert.Equal("赵楷", roster.WhoActs(LabourOfficer, new LocalDate(2024, 2, 9))!.Person);
    }

    [Fact]
    public void Nobody_acts_only_when_every_holder_and_deputy_is_away()
    {
        var all = new DateInterval(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 2));
        var roster = new PostRoster([Labour], [new Absence("赵楷", all, AbsenceReason.Leave), new Absence("孙某", all, AbsenceReason.Leave)])
            .With(new Absence("周某", all, AbsenceReason.Meeting));

        Assert.Null(roster.WhoActs(LabourOfficer, new LocalDate(2024, 3, 1)));
        Assert.Throws<System.ArgumentException>(() => roster.WhoActs(new Post("民政专干", "Civil affairs officer"), new LocalDate(2024, 3, 1)));
    }

    [Fact]
    public void A_post_has_both_duties_and_a_deputy_cannot_also_hold_it()
    {
        Assert.Contains("党风廉政", Labour.IntegrityDuty);
        Assert.Contains("失业登记", Labour.BusinessDuty);
        var error = Assert.Throws<System.ArgumentException>(() => new PostAssignment(new Post("p", "P"), "u", [], ["甲", "甲"], "业务", "廉政"));
        Assert.Contains("at least one holder", error.Message);
        Assert.Contains("'甲' is named 2 times", error.Message);
        Assert.Contains("岗位至少须有一名责任人。", error.Message);
        Assert.Contains("“甲”在责任人和代理人中出现2次", error.Message);
        Assert.Throws<System.ArgumentException>(() => new PostAssignment(new Post("p", "P"), "u", ["甲"], [], "业务", " "));
        Assert.Throws<System.ArgumentException>(() => new PostRoster([Labour, Labour with { }], []));
    }
}
