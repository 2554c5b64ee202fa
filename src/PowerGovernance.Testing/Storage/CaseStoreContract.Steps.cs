using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;

namespace PowerGovernance.Testing.Storage;

/// <content>The steps the checks are made of: start, fire, save and load through the adapter, each failure described.</content>
public abstract partial class CaseStoreContract
{
    private const string ExtensionReason = "需专家评审，经负责人批准延长";

    private StartResult StartCase(string caseId, Instant at, PowerCode? power = null)
    {
        var started = Engine.Start(caseId, power ?? ContractSetup.First.Code, AdministrativeLicensing.Id, ContractSetup.Clerk, at);
        return started.IsAccepted ? started : throw new InvalidOperationException("The case store contract could not start its own case: " + started.Message);
    }

    private FireResult Fire(string check, CaseSnapshot loaded, ProcedureTrigger trigger, Actor actor, Instant at, string? reason = null)
    {
        var result = Engine.Fire(loaded, trigger, actor, at, reason: reason);
        if (result.IsAccepted)
        {
            return result;
        }

        throw new CaseStoreContractException(
            check,
            $"the engine refused to fire '{trigger.Id}' on the snapshot the store loaded ({result.Rejection}: {CaseStoreContractException.Bounded(result.Message)}). The store does not give back the snapshot exactly as saved (every member and the seal).",
            $"引擎拒绝在存储读取的快照上执行“{trigger.Id}”（{result.Rejection}：{CaseStoreContractException.Bounded(result.ChineseMessage)}）。存储未按保存时原样返回快照（全部成员及封印）。");
    }

    /// <summary>Saves through the adapter: whether it won; a failure when it threw.</summary>
    private bool TrySave(string check, CaseResult result, string what)
    {
        try
        {
            return Save(result);
        }
        catch (Exception e)
        {
            throw new CaseStoreContractException(
                check,
                $"Save threw while saving {what} (version {result.Snapshot.Version} of case '{result.Snapshot.CaseId}'). Save returns true when it wins and false when the stored version moved on or the case already exists; it throws only for a failure of the store itself.",
                $"保存{Chinese(what)}（办件“{result.Snapshot.CaseId}”第{result.Snapshot.Version}版）时抛出异常。保存成功应返回true，存储版本已变化或办件已存在应返回false；只有存储本身故障才应抛出异常。",
                e);
        }
    }

    private void SaveWins(string check, CaseResult result, string what)
    {
        if (!TrySave(check, result, what))
        {
            throw new CaseStoreContractException(
                check,
                $"Save of {what} (version {result.Snapshot.Version} of the new case '{result.Snapshot.CaseId}', nobody else writing) returned false: it lost a race no one else ran.",
                $"保存{Chinese(what)}（新办件“{result.Snapshot.CaseId}”第{result.Snapshot.Version}版，无其他写入者）返回false：在无人竞争时保存失败。");
        }
    }

    /// <summary>Loads a genuine case through the adapter: a failure when it is refused or missing.</summary>
    private (CaseSnapshot Snapshot, IReadOnlyList<CaseEvent> Events) LoadGenuine(string check, string caseId, string what)
    {
        (CaseSnapshot Snapshot, IReadOnlyList<CaseEvent> Events)? loaded;
        try
        {
            loaded = Load(caseId);
        }
        catch (Exception e)
        {
            throw new CaseStoreContractException(
                check,
                $"Load refused case '{caseId}' {what}, though nothing but Save wrote it.",
                $"读取办件“{caseId}”（{Chinese(what)}）时被拒绝，但该办件仅经保存写入。",
                e);
        }

        return loaded ?? throw new CaseStoreContractException(
            check,
            $"Load returned no case for '{caseId}' {what}, though Save reported it saved.",
            $"读取办件“{caseId}”（{Chinese(what)}）时未返回任何办件，但保存已报告成功。");
    }

    /// <summary>A failure unless the stored case is exactly <paramref name="snapshot"/> with <paramref name="events"/>.</summary>
    private void ExpectStored(string check, string caseId, CaseSnapshot snapshot, IReadOnlyList<CaseEvent> events, string what)
    {
        var (loaded, loadedEvents) = LoadGenuine(check, caseId, what);
        if (StoredCaseDifferences.Describe(snapshot, events, loaded, loadedEvents) is { } difference)
        {
            throw new CaseStoreContractException(
                check,
                $"case '{caseId}' loaded {what} is not what was saved: {difference}.",
                $"办件“{caseId}”（{Chinese(what)}）读取结果与保存内容不同：{difference}。");
        }
    }

    /// <summary>A failure unless loading <paramref name="caseId"/> is refused with a clear error.</summary>
    private void ExpectRefused(string check, string caseId, string what, string chineseWhat)
    {
        (CaseSnapshot Snapshot, IReadOnlyList<CaseEvent> Events)? loaded;
        try
        {
            loaded = Load(caseId);
        }
        catch (Exception e) when (e is NullReferenceException or IndexOutOfRangeException or InvalidCastException or OverflowException)
        {
            throw new CaseStoreContractException(
                check,
                $"Load crashed on case '{caseId}' after {what}, instead of refusing it with a clear error.",
                $"{chineseWhat}后，读取办件“{caseId}”时程序崩溃，而不是以明确的错误拒绝。",
                e);
        }
        catch (Exception)
        {
            return; // refused, as it should be
        }

        if (loaded is not { } found)
        {
            throw new CaseStoreContractException(
                check,
                $"Load said there is no case '{caseId}' after {what}; it must refuse the case as not verifying (throw), not hide it.",
                $"{chineseWhat}后，读取办件“{caseId}”时返回“不存在”；应以核验不通过为由拒绝（抛出异常），而不是隐藏该办件。");
        }

        throw new CaseStoreContractException(
            check,
            $"Load returned case '{caseId}' (step '{found.Snapshot.Step}', version {found.Snapshot.Version.ToString(CultureInfo.InvariantCulture)}, {found.Events.Count.ToString(CultureInfo.InvariantCulture)} events) after {what}. A verified load checks the case with engine.Verify(snapshot, events) and refuses it unless the verification is accepted.",
            $"{chineseWhat}后，读取仍返回办件“{caseId}”（环节“{found.Snapshot.Step}”，第{found.Snapshot.Version.ToString(CultureInfo.InvariantCulture)}版，{found.Events.Count.ToString(CultureInfo.InvariantCulture)}个事件）。经核验的读取应以engine.Verify(snapshot, events)核验办件，核验不通过即拒绝。");
    }

    /// <summary>Runs an insider's direct write: a failure when the adapter cannot write the row as given.</summary>
    private static void InsiderWrite(string check, Action write, string what)
    {
        try
        {
            write();
        }
        catch (Exception e)
        {
            throw new CaseStoreContractException(
                check,
                $"the adapter's direct write ({what}) failed: it must write the row as given, bypassing Save, as an insider with database access would.",
                $"适配器的直接写入（{what}）失败：应如有数据库权限的内部人员那样，绕过保存按原样写入。",
                e);
        }
    }

    private static string Chinese(string what) => what switch
    {
        "the start" => "启动结果",
        "the acceptance" => "受理结果",
        "the extension" => "延期结果",
        "the winner" => "胜出方结果",
        "the loser" => "失败方结果",
        "a second start" => "第二次启动结果",
        "after the start" => "启动后",
        "after the acceptance" => "受理后",
        "after the extension" => "延期后",
        "after the stale save" => "过期保存后",
        "after the second start" => "第二次启动后",
        "after two concurrent saves" => "两个并发保存后",
        "the first writer's acceptance" => "第一个写入者的受理结果",
        "the second writer's acceptance" => "第二个写入者的受理结果",
        _ => what,
    };
}
