using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// Shows the Ratio column as a trend against the baseline ("1,234.56x faster") instead of a
/// fraction, which would round the kernel's ratio to 0.000.
/// </summary>
public sealed class SpeedupConfig : ManualConfig
{
    /// <summary>Initializes a new instance of the <see cref="SpeedupConfig"/> class.</summary>
    public SpeedupConfig()
    {
        SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
    }
}
