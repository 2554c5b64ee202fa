using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using OpenQA.Selenium.Chrome;

namespace PowerGovernance.Samples.Web.Tests;

/// <summary>
/// Debian's Chromium driven headless through Debian's chromedriver (Selenium WebDriver, no driver or browser download). When the
/// machine has neither, the first browser test runs build/start-chromium (which installs Debian's packages when run as root, as
/// the PostgreSQL tests run build/start-postgres), so that the README's <c>dotnet test</c> works on a fresh machine; when that
/// fails too, the browser tests fail (never skip) with a message naming the script.
/// </summary>
public static class ChromiumBrowser
{
    public const string Browser = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    private static readonly Lazy<string> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Starts a headless browser with a fresh profile in <paramref name="profile"/>, installing Debian's Chromium first if needed.</summary>
    public static ChromeDriver Start(string profile)
    {
        if (!File.Exists(Browser) || !File.Exists(Driver))
        {
            _ = Installed.Value;
        }

        return Start(profile, Browser, Driver);
    }

    /// <summary>Starts <paramref name="browser"/> through <paramref name="driver"/>; fails with what to run when either is missing.</summary>
    public static ChromeDriver Start(string profile, string browser, string driver)
    {
        if (!File.Exists(browser) || !File.Exists(driver))
        {
            throw new InvalidOperationException(
                $"The browser test needs Debian's Chromium ({browser}) and chromedriver ({driver}); run build/start-chromium as root (it installs chromium, chromium-driver, graphviz and fonts-wqy-zenhei), then the tests again. "
                + $"浏览器测试需要Chromium（{browser}）和chromedriver（{driver}）：请以root身份运行build/start-chromium安装后重新测试。");
        }

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = browser };
        // Without the background-networking flags Chromium's own connections are refused by a closed network and slow it down.
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,1800", "--user-data-dir=" + profile);
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    /// <summary>Runs build/start-chromium (found above the test's folder); returns its output, or a note of why it could not run.</summary>
    private static string Install()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, "build", "start-chromium");
            if (!File.Exists(script))
            {
                continue;
            }

            using var process = Process.Start(new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true });
            if (process is null)
            {
                return "bash could not be started";
            }

            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
            {
                process.Kill(entireProcessTree: true);
            }

            return output.Result + error.Result;
        }

        return "build/start-chromium was not found";
    }
}
