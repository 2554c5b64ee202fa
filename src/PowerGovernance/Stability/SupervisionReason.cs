namespace PowerGovernance.Stability;

/// <summary>Why a supervision notice (督办通知书) is issued to the handling unit, as the office's supervision rules list them.</summary>
public enum SupervisionReason
{
    /// <summary>The case is supervised as the office supervises every case handled by a department (对有关部门承办的案件进行督办).</summary>
    Routine = 0,

    /// <summary>The settlement was not done within its period (没有按照调处时限完成调处工作): the unit must report in writing why, and set a new date.</summary>
    Overdue = 1,

    /// <summary>The result does not meet the requirements, or a party complains of it (办理结果不符合要求或当事人申诉不满): handled again.</summary>
    Unsatisfactory = 2,
}
