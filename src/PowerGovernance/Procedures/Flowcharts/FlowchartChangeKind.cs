namespace PowerGovernance.Procedures.Flowcharts;

/// <summary>What changed in a procedure's published content (流程内容变化), between two versions of its definition.</summary>
public enum FlowchartChangeKind
{
    /// <summary>The procedure's name, its initiation or the basis for acting changed (名称、启动方式或依据).</summary>
    Initiation = 1,

    /// <summary>The case's legal or committed limit changed (法定或承诺时限).</summary>
    CaseLimits = 2,

    /// <summary>A step was added (新增环节).</summary>
    StepAdded = 3,

    /// <summary>A step was removed (删除环节).</summary>
    StepRemoved = 4,

    /// <summary>A step's undertaking post changed (承办岗位).</summary>
    StepPost = 5,

    /// <summary>A step's time limit changed (环节时限).</summary>
    StepLimit = 6,

    /// <summary>A step's name, outcome, counterpart's rights or disclosure changed (环节名称、结果、相对人权利或公开).</summary>
    StepContent = 7,

    /// <summary>A hand-off was added (新增流转).</summary>
    TriggerAdded = 8,

    /// <summary>A hand-off was removed (删除流转).</summary>
    TriggerRemoved = 9,

    /// <summary>A hand-off's target, posts, conditions, reason or clock effect changed (流转的去向、岗位、条件或计时).</summary>
    TriggerContent = 10,

    /// <summary>The supervision points changed (监督点).</summary>
    Supervision = 11,

    /// <summary>The complaint channels changed (投诉渠道).</summary>
    ComplaintChannels = 12,
}
