using System;
using System.IO;
using OpenQA.Selenium.Chrome;

namespace PowerGovernance.Samples.Web.Tests;

/// <summary>
/// Debian's Chromium driven headless through Debian's chromedriver (Selenium WebDriver, no driver or browser download). When either
/// is missing the browser tests fail (never skip) with a message naming build/start-chromium, which installs them.
/// </summary>
public static class ChromiumBrowser
{
    public const string Browser = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    /// <summary>Starts a headless browser with a fresh profile in <paramref name="profile"/>.</summary>
    public static ChromeDriver Start(string profile) => Start(profile, Browser, Driver);

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
}
