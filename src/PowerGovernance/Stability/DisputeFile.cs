using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.Stability;

/// <summary>
/// The file of one dispute found in screening (矛盾纠纷台账): every dispute found is filed (对排查出来的矛盾问题应当全部建档管理)
/// and routed to the body responsible for settling it (<see cref="DisputeRouting"/>).
/// </summary>
public sealed record DisputeFile
{
    /// <summary>Creates a file.</summary>
    /// <param name="id">The file's id in the ledger (台账编号), which is also the id of the case opened for it.</param>
    /// <param name="found">The day the dispute was found (排查发现日期).</param>
    /// <param name="subject">What the dispute is about (矛盾纠纷概况).</param>
    /// <param name="coordination">Who must coordinate its settlement.</param>
    /// <param name="urgent">Whether it is urgent (急件) rather than ordinary (一般事件).</param>
    /// <param name="department">The working department it is handed to (承办工作部门); required for <see cref="DisputeCoordination.Office"/>.</param>
    /// <exception cref="ArgumentException">A value breaks its rule; the message lists every problem.</exception>
    public DisputeFile(string id, LocalDate found, string subject, DisputeCoordination coordination, bool urgent = false, string? department = null)
    {
        var problems = new List<string>();
        if (!VisibleText.HasVisibleText(id))
        {
            problems.Add("id: the file needs an id / 台账编号不能为空");
        }

        if (!VisibleText.HasVisibleText(subject))
        {
            problems.Add("subject: the file must say what the dispute is about / 必须写明矛盾纠纷概况");
        }

        if (!Enum.IsDefined(coordination))
        {
            problems.Add("coordination = " + ((int)coordination).ToString(CultureInfo.InvariantCulture) + ": not a defined level / 分流类别无效");
        }
        else if (coordination == DisputeCoordination.Office && !VisibleText.HasVisibleText(department))
        {
            problems.Add("department: a dispute the office coordinates is handed to a working department, which must be named (交由相应工作部门协调处理) / 由综治维稳办公室协调的纠纷须写明承办工作部门");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The dispute file has " + problems.Count.ToString(CultureInfo.InvariantCulture) + " problem(s) / 矛盾纠纷台账共有" + problems.Count.ToString(CultureInfo.InvariantCulture) + "个问题：" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
        }

        Id = id;
        Found = found;
        Subject = subject;
        Coordination = coordination;
        Urgent = urgent;
        Department = department;
    }

    /// <summary>Gets the file's id (台账编号).</summary>
    public string Id { get; }

    /// <summary>Gets the day the dispute was found.</summary>
    public LocalDate Found { get; }

    /// <summary>Gets what the dispute is about.</summary>
    public string Subject { get; }

    /// <summary>Gets who must coordinate its settlement.</summary>
    public DisputeCoordination Coordination { get; }

    /// <summary>Gets whether it is urgent (急件).</summary>
    public bool Urgent { get; }

    /// <summary>Gets the working department it is handed to, when the office coordinates it.</summary>
    public string? Department { get; }
}
