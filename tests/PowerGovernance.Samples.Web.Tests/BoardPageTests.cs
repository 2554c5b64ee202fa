using System.Net;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace PowerGovernance.Samples.Web.Tests;

/// <summary>
/// The board over the seeded cases on the demo today, Friday 2025-07-18, plain HTTP. Administrative licensing: committed limit 13
/// working days from receipt (the start day not counted), legal limit 20 working days from acceptance (行政许可法 Art. 42(1));
/// yellow when one working day or less is left or 90% is used. No holiday falls between 2025-06-03 and 2025-09-30 (the 2025
/// notice: Dragon Boat May 31–June 2, then National Day and Mid-Autumn October 1–8), so the counts below skip only weekends.
/// </summary>
public sealed class BoardPageTests(WebSampleServer server) : IClassFixture<WebSampleServer>
{
    [Fact]
    public async Task The_board_is_served_in_English_and_Chinese_on_the_demo_day()
    {
        using var client = server.Client();
        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Board 督办看板", html);
        Assert.Contains("Per undertaking unit 各承办机构统计", html);
        Assert.Contains("On-time rate by month 月度按时办结率", html);
        Assert.Contains("2025-07-18 10:00", html);   // the demo clock: 10:00 Beijing time on Demo:Today
    }

    [Fact]
    public async Task The_seeded_cases_are_red_yellow_and_legally_late_as_worked_out_by_hand()
    {
        using var client = server.Client();
        var html = await client.GetStringAsync("/");

        // XK-2025-0702-01, received and accepted Wed 07-02: working days 07-03, 04, 07–11, 14–18 = 12 used of 13, 1 left, due
        // the 13th working day after 07-02 = Mon 07-21: yellow. Legal: 20 working days from 07-02 = Wed 07-30, 8 left.
        var yellow = WebSampleServer.Table(html, "yellow");
        Assert.Equal(["XK-2025-0702-01"], WebSampleServer.CaseIds(yellow));
        Assert.Contains("<td>2025-07-21</td><td>12/1 of 13 working days</td><td>Yellow 黄牌预警</td><td>2025-07-30</td><td>On time 正常</td>", yellow);

        // XK-2025-0618-01, received and accepted Wed 06-18: committed due 06-19…07-07 (13th working day), 22 used (06-19…07-18);
        // legal due the 20th working day, Wed 07-16, passed on 07-18: red and past the law's limit (违法超期).
        // XK-2025-0626-01, received and accepted Thu 06-26: committed due Tue 07-15, 16 used, 3 over; legal due Thu 07-24: red only.
        var red = WebSampleServer.Table(html, "red");
        Assert.Equal(["XK-2025-0618-01", "XK-2025-0626-01"], WebSampleServer.CaseIds(red));
        Assert.Contains("<td>2025-07-07</td><td>22/-9 of 13 working days</td><td>Red 红牌超期</td><td>2025-07-16</td><td>Red 红牌超期</td>", red);
        Assert.Contains("<td>2025-07-15</td><td>16/-3 of 13 working days</td><td>Red 红牌超期</td><td>2025-07-24</td><td>On time 正常</td>", red);
        Assert.Equal(["XK-2025-0618-01"], WebSampleServer.CaseIds(WebSampleServer.Table(html, "legal")));
    }

    [Fact]
    public async Task Statistics_per_unit_and_the_monthly_chart_count_the_seeded_finished_cases()
    {
        using var client = server.Client();
        var html = await client.GetStringAsync("/");

        // Four finished cases a month, January to June; in month m the first (m mod 3) are decided after 15 working days (late on
        // the committed 13, on time on the legal 20), the rest after 6. Cases 0 and 2 of a month are 宅基地审批 (农业农村办公室),
        // 1 and 3 乡村建设规划许可 (自然资源和规划建设办公室). Late: case 0 in Jan, Feb, Apr, May; case 1 in Feb and May.
        // 农业农村办公室: 12 finished, 4 late, 8 on time (67%); open: the yellow 07-02 and the red, legally late 06-18.
        // 自然资源和规划建设办公室: 12 finished, 2 late, 10 on time (83%); open: the red 06-26 and the on-time 07-16.
        var units = WebSampleServer.Table(html, "units");
        Assert.Contains("<td>农业农村办公室</td><td>2</td><td>1</td><td>1</td><td>1</td><td>8</td><td>4</td><td>0</td><td>67%</td>", units);
        Assert.Contains("<td>自然资源和规划建设办公室</td><td>2</td><td>0</td><td>1</td><td>0</td><td>10</td><td>2</td><td>0</td><td>83%</td>", units);

        // Month by month: 3, 2, 4, 3, 2, 4 of 4 on time (m mod 3 = 1, 2, 0, 1, 2, 0 late); each closes in its own month (the latest,
        // May: received Tue 05-06 after the May Day holiday, decided the 15th working day after, Tue 05-27, delivered 05-28).
        // July: nothing finished yet. All within the legal limit.
        int[] onTime = [3, 2, 4, 3, 2, 4];
        for (var month = 1; month <= 6; month++)
        {
            Assert.Matches($"data-month=\"2025-{month:00}\" data-finished=\"4\" data-on-time=\"{onTime[month - 1]}\" data-legally-on-time=\"4\"", html);
        }

        Assert.Matches("data-month=\"2025-07\" data-finished=\"0\"", html);
        Assert.Equal(7, Regex.Count(html, "<g class=\"month\""));
    }
}
