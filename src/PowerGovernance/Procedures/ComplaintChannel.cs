namespace PowerGovernance.Procedures;

/// <summary>A complaint and report channel (投诉举报渠道, the seventh flowchart element).</summary>
/// <param name="Name">The channel, e.g. <c>12345政务服务便民热线</c>.</param>
/// <param name="Contact">The contact: a number, an address or a website.</param>
public sealed record ComplaintChannel(string Name, string Contact);
