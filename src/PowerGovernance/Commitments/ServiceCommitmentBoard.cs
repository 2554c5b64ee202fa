using System;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Internal;
using PowerGovernance.Powers;
using PowerGovernance.Validation;

namespace PowerGovernance.Commitments;

/// <summary>
/// Publishes the service commitments of an office's posts (服务承诺制: 公开部门职能和服务事项……办理时限; 承诺上墙、上桌):
/// projects each <see cref="PostCommitment"/> to what the public sees, taking each power's name and limits from the catalog,
/// and reports what cannot be published as committed. Pure and thread-safe.
/// </summary>
public static class ServiceCommitmentBoard
{
    /// <summary>Code of the error for a committed power the catalog does not list (承诺事项未列入职权目录): it is left off the board.</summary>
    public const string PowerNotListed = "CommitmentPowerNotListed";

    /// <summary>Code of the warning for a power whose committed limit the catalog does not state (未明确承诺时限).</summary>
    public const string CommittedLimitMissing = "CommitmentLimitMissing";

    /// <summary>Code of the note for a confidential power withheld from the board (涉密事项不予公示).</summary>
    public const string PowerWithheld = "CommitmentPowerWithheld";

    /// <summary>Projects <paramref name="commitments"/> for the public, with every problem found.</summary>
    /// <param name="commitments">The office's commitments.</param>
    /// <param name="catalog">The catalog the powers' names and limits come from.</param>
    /// <param name="board">The public projection, one per commitment, in the order given.</param>
    /// <returns>The findings: unlisted powers (errors), missing committed limits (warnings) and withheld powers (notes); empty when none.</returns>
    /// <exception cref="ArgumentNullException">An argument or a commitment is null.</exception>
    public static IReadOnlyList<Finding> Publish(IEnumerable<PostCommitment> commitments, PowerCatalog catalog, out IReadOnlyList<PublishedCommitment> board)
    {
        Preconditions.CheckNotNull(commitments);
        Preconditions.CheckNotNull(catalog);
        var findings = new List<Finding>();
        var published = new List<PublishedCommitment>();
        var index = 0;
        foreach (var commitment in commitments)
        {
            Preconditions.CheckNotNull(commitment, nameof(commitments));
            var path = "Commitments[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            var services = new List<CommittedService>();
            foreach (var code in commitment.Powers)
            {
                if (!catalog.TryGet(code, out var power))
                {
                    findings.Add(Finding.Error(PowerNotListed, path + ".Powers", code.Value, $"{commitment.Post.EnglishName}: power '{code}' is not in catalog version {catalog.Version}, so no limit can be committed for it.", $"{commitment.Post.ChineseName}：职权“{code}”未列入第{catalog.Version}版职权目录，不能作出时限承诺。"));
                    continue;
                }

                if (power.Confidentiality is { IsConfidential: true })
                {
                    findings.Add(new Finding(PowerWithheld, FindingSeverity.Info, path + ".Powers", code.Value, $"{commitment.Post.EnglishName}: power '{code}' is confidential and is not shown.", $"{commitment.Post.ChineseName}：职权“{code}”涉密，不予公示。"));
                    continue;
                }

                if (power.CommittedTimeLimit is null)
                {
                    findings.Add(Finding.Warning(CommittedLimitMissing, path + ".Powers", code.Value, $"{commitment.Post.EnglishName}: the catalog states no committed limit for power '{code}'.", $"{commitment.Post.ChineseName}：职权目录未载明职权“{code}”的承诺时限。"));
                }

                services.Add(new CommittedService(code, power.Name ?? code.Value, power.LegalTimeLimit, power.CommittedTimeLimit));
            }

            published.Add(new PublishedCommitment(commitment.DisplayName, commitment.Title, commitment.Post.ChineseName, commitment.Post.EnglishName, commitment.Duties, services.AsReadOnly(), commitment.ComplaintTelephone));
            index++;
        }

        board = published.AsReadOnly();
        return findings.AsReadOnly();
    }
}
