namespace PowerGovernance.Procedures;

/// <summary>
/// A supervision point (监督点, the fifth element of a published flowchart: 监督制约环节): who watches a step from inside and the external
/// channel with its contact.
/// </summary>
/// <param name="StepId">The step watched.</param>
/// <param name="InternalSupervisor">The internal supervisor, e.g. <c>镇纪委</c>.</param>
/// <param name="ExternalChannel">The external channel, e.g. <c>县效能投诉中心</c>.</param>
/// <param name="Contact">The contact, e.g. a telephone number.</param>
public sealed record SupervisionPoint(string StepId, string InternalSupervisor, string ExternalChannel, string Contact);
