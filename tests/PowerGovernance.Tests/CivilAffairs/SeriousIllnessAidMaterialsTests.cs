using System.Linq;
using PowerGovernance.Calendars;
using PowerGovernance.CivilAffairs;
using PowerGovernance.FrontDesk;

namespace PowerGovernance.Tests.CivilAffairs;

public class SeriousIllnessAidMaterialsTests
{
    [Fact]
    public void Every_applicant_brings_eight_materials_and_a_supported_household_also_its_certificate()
    {
        var checklist = SeriousIllnessAidMaterials.Checklist;
        var ordinary = new Applicant([], []);
        var supported = new Applicant([SeriousIllnessAidMaterials.SupportedHousehold], []);

        Assert.Equal(
            ["written-application", "application-form", "id-card", "household-register", "diagnosis", "medical-invoices", "medical-records", "other-aid-proof"],
            checklist.RequiredFor(ordinary).Select(m => m.Id));
        Assert.Contains(checklist.RequiredFor(supported), m => m.Id == "support-certificate");
        Assert.Equal(9, checklist.RequiredFor(supported).Count);
        Assert.Equal(TimeLimit.EndOfQuarter(), checklist.TimeLimit);
    }

    [Fact]
    public void What_is_missing_is_told_at_once()
    {
        var applicant = new Applicant([SeriousIllnessAidMaterials.SupportedHousehold], ["written-application", "application-form", "id-card", "household-register", "diagnosis", "medical-invoices"]);

        Assert.Equal(["support-certificate", "medical-records", "other-aid-proof"], SeriousIllnessAidMaterials.Checklist.MissingFor(applicant).Select(m => m.Id));
    }
}
