using System.CommandLine;
using System.CommandLine.Help;

namespace PowerGovernance.Tool.Commands;

/// <summary>The command tree: <c>due</c>, <c>calendar check|diff|export</c> and <c>catalog check</c>.</summary>
internal static class PowergovCommands
{
    /// <summary>The command's name in usage lines, whatever the executable is called (the tool shim, tests' host).</summary>
    public const string Name = "powergov";

    public static Command Create(ToolContext context)
    {
        var calendar = new Command("calendar", "Working-calendar files: check, compare, export. 工作日历文件：检查、比较、导出。");
        calendar.Subcommands.Add(CalendarCheckCommand.Create(context));
        calendar.Subcommands.Add(CalendarDiffCommand.Create(context));
        calendar.Subcommands.Add(CalendarExportCommand.Create(context));
        calendar.Subcommands.Add(CalendarFromNoticeCommand.Create(context));
        var catalog = new Command("catalog", "Power catalog files: check. 职权目录文件：检查。");
        catalog.Subcommands.Add(CatalogCheckCommand.Create(context));

        // A plain command named powergov rather than RootCommand, whose name is the running executable's
        // (PowerGovernance.Tool, or testhost under tests). It gets the root's help and version options.
        var root = new Command(
            Name,
            "powergov: due dates on China's official working-day calendar, and checks of calendar and power catalog files, for office administrators. "
            + "Exit codes: 0 clean, 1 findings that are errors, 2 bad arguments or unreadable input. "
            + "powergov：按中国官方工作日历计算期限届满日，并检查日历文件和职权目录文件。退出码：0 正常，1 发现错误，2 参数或输入无效。");
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        root.Subcommands.Add(DueCommand.Create(context));
        root.Subcommands.Add(calendar);
        root.Subcommands.Add(catalog);
        return root;
    }
}
