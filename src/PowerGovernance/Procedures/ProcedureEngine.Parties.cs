using System;
using System.Collections.Generic;
using PowerGovernance.Validation;

namespace PowerGovernance.Procedures;

/// <content>
/// The rules on who plays which role in a case (回避、职责分离), as the procedure declares them: checked in the admission of every
/// trigger, kept in <see cref="CaseSnapshot.Parties"/>, and checked in a loaded snapshot. A procedure without roles never reaches them.
/// </content>
public sealed partial class ProcedureEngine
{
    /// <summary>The refusal of an actor who steps aside: a person in a role the procedure <see cref="ProcedureDefinitionBuilder.Recuses"/>.</summary>
    private static PartyProblem? CheckRecused(ProcedureDefinition definition, CaseParties parties, Actor actor)
    {
        foreach (var role in definition.RecusedRoles)
        {
            if (parties.Plays(actor.Name, role.Id))
            {
                return new PartyProblem(
                    RejectionKind.Recused,
                    "Actor",
                    actor.Name,
                    $"{actor.Name} is {role.EnglishName} of this case, and people in that role step aside: they never act on the case (recusal).",
                    $"{actor.Name}是本案{role.ChineseName}，该角色人员应当回避，不得参与办理本案（回避）。");
            }
        }

        return null;
    }

    /// <summary>
    /// The first of the trigger's allowed posts that <paramref name="actor"/> holds and may act in on this case (a post that acts
    /// only through a role needs the actor in that role); null with the problem when there is none.
    /// </summary>
    private static string? ChoosePost(ProcedureDefinition definition, CaseParties parties, Actor actor, CompiledTransition transition, out PartyProblem? problem)
    {
        problem = null;
        CaseRole? unmet = null;
        string? unmetPost = null;
        foreach (var post in transition.AllowedPosts)
        {
            if (actor.FirstPostIn([post]) is null)
            {
                continue;
            }

            if (!definition.PostRoles.TryGetValue(post, out var role) || parties.Plays(actor.Name, role.Id))
            {
                return post;
            }

            if (unmet is null)
            {
                unmet = role;
                unmetPost = post;
            }
        }

        if (unmet is null)
        {
            return null; // holds none of the posts: the ordinary refusal
        }

        foreach (var separation in definition.Separations)
        {
            if (separation.Other(unmet.Id) is { } other && parties.Plays(actor.Name, other))
            {
                var otherRole = Role(definition, other);
                problem = new PartyProblem(
                    RejectionKind.SeparationOfDuties,
                    "Actor",
                    actor.Name,
                    $"{actor.Name} is {otherRole.EnglishName} of this case and may not act as {unmet.EnglishName} ('{unmetPost}'): the two roles are separated (separation of duties).",
                    $"{actor.Name}是本案{otherRole.ChineseName}，不得以{unmet.ChineseName}（“{unmetPost}”）身份办理（职责分离）。");
                return null;
            }
        }

        problem = new PartyProblem(
            RejectionKind.ActorLacksPost,
            "Actor",
            actor.Name,
            $"{actor.Name} holds the post '{unmetPost}' but is not assigned to this case as {unmet.EnglishName}; the post acts on a case only through the people assigned to it.",
            $"{actor.Name}虽在“{unmetPost}”岗位，但未被指派为本案{unmet.ChineseName}；该岗位只能由本案指派的人员办理。");
        return null;
    }

    /// <summary>The refusal of assigning <paramref name="person"/> to the trigger's role, or null when the assignment may stand.</summary>
    private static PartyProblem? CheckAssignment(ProcedureDefinition definition, CaseParties parties, RoleAssignment assignment, string person)
    {
        var path = "Arguments[" + assignment.PersonArgument + "]";
        var role = assignment.Role;
        foreach (var recused in definition.RecusedRoles)
        {
            if (recused != role && parties.Plays(person, recused.Id))
            {
                return new PartyProblem(
                    RejectionKind.Recused,
                    path,
                    person,
                    $"{person} is {recused.EnglishName} of this case, and people in that role step aside: they may not be assigned as {role.EnglishName} (recusal).",
                    $"{person}是本案{recused.ChineseName}，该角色人员应当回避，不得被指派为{role.ChineseName}（回避）。");
            }
        }

        if (parties.Plays(person, role.Id))
        {
            return new PartyProblem(
                RejectionKind.ArgumentInvalid,
                path,
                person,
                $"{person} is already {role.EnglishName} of this case.",
                $"{person}已是本案{role.ChineseName}，无需重复指派。");
        }

        foreach (var separation in definition.Separations)
        {
            if (separation.Other(role.Id) is { } other && parties.Plays(person, other))
            {
                var otherRole = Role(definition, other);
                return new PartyProblem(
                    RejectionKind.SeparationOfDuties,
                    path,
                    person,
                    $"{person} is {otherRole.EnglishName} of this case and may not also be {role.EnglishName}: the two roles are separated (separation of duties).",
                    $"{person}是本案{otherRole.ChineseName}，不得同时担任{role.ChineseName}（职责分离）。");
            }
        }

        return null;
    }

    /// <summary>The parties after an accepted transition: one more when the trigger assigns a role.</summary>
    private static CaseParties Assign(CaseParties parties, RoleAssignment assignment, IReadOnlyDictionary<string, string> arguments) =>
        arguments.TryGetValue(assignment.PersonArgument, out var person) ? parties.With(assignment.Role.Id, person) : parties;

    /// <summary>
    /// The checks of a loaded snapshot's parties against its definition: declared roles, valid ids, nobody twice in a role or in two
    /// separated roles, nobody assigned after stepping aside.
    /// </summary>
    private static void CheckParties(CaseSnapshot snapshot, ProcedureDefinition definition, SnapshotFindings findings)
    {
        var parties = snapshot.Parties;
        if (parties is null || parties.Count == 0)
        {
            return;
        }

        var steppedAside = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < parties.Count; i++)
        {
            var party = parties[i];
            var path = nameof(CaseSnapshot.Parties) + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            if (Find(definition, party.Role) is not { } role)
            {
                findings.Add(SnapshotRuleCodes.PartiesInconsistent, path + ".Role", Bounded(party.Role ?? string.Empty), $"procedure '{definition.Id}' version {definition.Version} has no role '{Bounded(party.Role ?? string.Empty)}'.", $"程序“{definition.ChineseName}”第{definition.Version}版没有角色“{Bounded(party.Role ?? string.Empty)}”。");
                continue;
            }

            if (Internal.PersonIds.Problem(party.Person) is { } problem)
            {
                findings.Add(SnapshotRuleCodes.PartiesInconsistent, path + ".Person", Internal.PersonIds.Shown(party.Person ?? string.Empty), $"the {role.EnglishName}'s id is not valid: {problem.English}.", $"{role.ChineseName}的人员标识无效：{problem.Chinese}。");
                continue;
            }

            if (steppedAside.Contains(party.Person) || !seen.Add((party.Role, party.Person)))
            {
                findings.Add(SnapshotRuleCodes.PartiesInconsistent, path, party.Person, $"{party.Person} is assigned as {role.EnglishName} after stepping aside, or twice.", $"{party.Person}在回避后或重复被指派为{role.ChineseName}。");
            }

            foreach (var separation in definition.Separations)
            {
                if (separation.Other(role.Id) is { } other && seen.Contains((other, party.Person)))
                {
                    findings.Add(SnapshotRuleCodes.PartiesInconsistent, path, party.Person, $"{party.Person} plays both '{other}' and '{role.Id}', which are separated.", $"{party.Person}同时担任“{other}”和“{role.Id}”，违反职责分离。");
                }
            }

            if (IsRecused(definition, role))
            {
                steppedAside.Add(party.Person);
            }
        }
    }

    private static bool IsRecused(ProcedureDefinition definition, CaseRole role)
    {
        foreach (var recused in definition.RecusedRoles)
        {
            if (recused == role)
            {
                return true;
            }
        }

        return false;
    }

    private static CaseRole? Find(ProcedureDefinition definition, string? id)
    {
        foreach (var role in definition.Roles)
        {
            if (string.Equals(role.Id, id, StringComparison.Ordinal))
            {
                return role;
            }
        }

        return null;
    }

    private static CaseRole Role(ProcedureDefinition definition, string id) => Find(definition, id) ?? new CaseRole(id, id, id);

    /// <summary>Why a party rule refuses a trigger.</summary>
    private sealed record PartyProblem(RejectionKind Kind, string Path, string? Value, string English, string Chinese);
}
