using PowerGovernance.Powers;

namespace PowerGovernance.FrontDesk;

/// <summary>Where an inquiry was handed (引荐去向): the power it concerns and the unit and post that undertake it, from the catalog.</summary>
/// <param name="Power">The power the matter concerns.</param>
/// <param name="Unit">The undertaking unit (承办机构), or <see langword="null"/> when the catalog names none.</param>
/// <param name="Post">The undertaking post (承办岗位).</param>
/// <param name="Phone">The number given to the inquirer (告知的电话), or <see langword="null"/>.</param>
public sealed record InquiryRoute(PowerCode Power, string? Unit, string Post, string? Phone);
