using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Xunit.Abstractions;

namespace PowerGovernance.Samples.Web.Tests;

/// <summary>
/// End to end in headless Chromium: the board shows the seeded red and yellow cases (screenshot artifacts/web/board.png); a case is
/// started and accepted through the forms; the yellow case is extended by the head (行政许可法 Art. 42(1): 10 more working days,
/// with a written reason) and moves from yellow to on time, off the board's yellow list.
/// </summary>
public sealed class BrowserTests(WebSampleServer server, ITestOutputHelper output) : IClassFixture<WebSampleServer>
{
    [Fact]
    public void Board_start_fire_and_the_yellow_case_back_on_time_in_Chromium()
    {
        var watch = Stopwatch.StartNew();
        var artifacts = Path.Combine(RepositoryRoot(), "artifacts", "web");
        Directory.CreateDirectory(artifacts);
        var profile = Path.Combine(Path.GetTempPath(), "powergov-chromium-" + Guid.NewGuid().ToString("N"));
        using var browser = ChromiumBrowser.Start(profile);
        output.WriteLine($"Chromium started in {watch.ElapsedMilliseconds} ms");
        try
        {
            // The board: the seeded red and yellow cases (worked out in BoardPageTests).
            browser.Navigate().GoToUrl(new Uri(server.Address, "/"));
            Assert.Equal("Board 督办看板", browser.Title);
            Assert.Equal(["XK-2025-0702-01"], Rows(browser, "yellow"));
            Assert.Equal(["XK-2025-0618-01", "XK-2025-0626-01"], Rows(browser, "red"));
            Assert.Equal(7, browser.FindElements(By.CssSelector("#on-time-chart g.month")).Count);
            Save(browser, Path.Combine(artifacts, "board.png"));

            // Start a licensing case on 宅基地审批 through the form, then accept it (the clerk's action at receipt).
            browser.FindElement(By.Id("caseId")).SendKeys("XK-2025-0718-01");
            browser.FindElement(By.CssSelector("#procedure option[value='administrative-licensing']")).Click();
            browser.FindElement(By.CssSelector("#power option[value='62099907ZF-XK-0001']")).Click();
            browser.FindElement(By.Id("start-button")).Click();
            Assert.Equal("Case 办件 XK-2025-0718-01", browser.Title);
            Assert.Equal("receipt", browser.FindElement(By.Id("step")).GetAttribute("data-step"));
            browser.FindElement(By.CssSelector("form[data-trigger='accept'] button")).Click();
            Assert.Equal("review", browser.FindElement(By.Id("step")).GetAttribute("data-step"));
            Assert.Equal(["start", "accept"], browser.FindElements(By.CssSelector("#audit tr.event")).Select(e => e.GetAttribute("data-trigger") ?? string.Empty).ToArray());
            Assert.Equal("OnTime", State(browser, "committed"));

            // The yellow case: 12 of 13 committed working days used. The head extends it by 10 working days with a reason:
            // limit 23, due Mon 07-21 + 10 working days (07-22…25, 07-28…08-01, 08-04) = Mon 08-04, 12 used, 11 left: on time.
            browser.Navigate().GoToUrl(new Uri(server.Address, "/cases/XK-2025-0702-01"));
            Assert.Equal("Warning", State(browser, "committed"));
            Assert.True((bool)((IJavaScriptExecutor)browser).ExecuteScript("const i = document.getElementById('flowchart'); return i.complete && i.naturalWidth > 0;")!, "The flowchart picture did not load.");
            browser.FindElement(By.CssSelector("form[data-trigger='extend'] input[name='reason']")).SendKeys("需组织现场踏勘，经机关负责人批准延长十个工作日，已告知申请人");
            browser.FindElement(By.CssSelector("form[data-trigger='extend'] button")).Click();
            Assert.Equal("OnTime", State(browser, "committed"));
            var committed = browser.FindElement(By.Id("clock-committed")).Text;
            Assert.Contains("23 working days", committed);
            Assert.Contains("2025-08-04", committed);
            Assert.Contains("12/11", committed);
            Assert.Contains("2025-07-18", browser.FindElement(By.Id("explanation-en")).Text);
            Save(browser, Path.Combine(artifacts, "case-extended.png"));

            // Back on the board: no yellow case left; the two red ones stay.
            browser.Navigate().GoToUrl(new Uri(server.Address, "/"));
            Assert.Empty(Rows(browser, "yellow"));
            Assert.Equal(["XK-2025-0618-01", "XK-2025-0626-01"], Rows(browser, "red"));
            Save(browser, Path.Combine(artifacts, "board-after.png"));
        }
        finally
        {
            browser.Quit();
            output.WriteLine($"Browser test took {watch.ElapsedMilliseconds} ms");
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still hold a file for a moment; a leftover profile in the temporary folder is harmless.
            }
        }
    }

    private static string[] Rows(ChromeDriver browser, string list) =>
        [.. browser.FindElements(By.CssSelector($"table#{list} tr.case")).Select(r => r.GetAttribute("data-case") ?? string.Empty)];

    private static string? State(ChromeDriver browser, string clock) => browser.FindElement(By.Id("clock-" + clock)).GetAttribute("data-state");

    private static void Save(ChromeDriver browser, string path)
    {
        File.Delete(path);
        browser.GetScreenshot().SaveAsFile(path);
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 1000, $"{path} is only {bytes.Length} bytes.");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);   // the PNG signature
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PowerGovernance.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PowerGovernance.sln was not found above " + AppContext.BaseDirectory);
    }
}
