using System;

namespace PowerGovernance.Samples.Web.Tests;

/// <summary>Without Chromium the browser test fails with a message in English and Chinese that names build/start-chromium.</summary>
public sealed class ChromiumBrowserTests
{
    [Fact]
    public void A_missing_browser_fails_with_the_script_to_run_in_both_languages()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ChromiumBrowser.Start("/tmp/unused-profile", "/nonexistent/chromium", ChromiumBrowser.Driver));

        Assert.Contains("run build/start-chromium as root", error.Message);
        Assert.Contains("/nonexistent/chromium", error.Message);
        Assert.Contains("请以root身份运行build/start-chromium安装后重新测试", error.Message);
    }
}
