namespace OcopMarket.Core.Reports;

public enum ReminderState
{
    None = 0,
    /// <summary>From the 15th to the 19th: the report is due before the 20th.</summary>
    Due = 1,
    /// <summary>From the 20th to the month's end, still not exported.</summary>
    Overdue = 2,
}

/// <summary>
/// When the dashboard reminds the office of the monthly report. The directives ask for the month's progress report to
/// the district "before the 20th of every month"; Decree 09/2019/NĐ-CP closes a monthly report's figures on the 14th.
/// So the report of month M is due before the 20th of M itself: the reminder starts on the 15th of M and stays (turning
/// "overdue" on the 20th) until a report of M has been exported (XLSX or printed) or M is over.
/// </summary>
public static class ReportReminder
{
    public const int FromDay = 15;
    public const int DueBeforeDay = 20;

    public static (ReportMonth Month, ReminderState State) For(DateOnly today, bool monthExported)
    {
        var month = ReportMonth.Of(today);
        if (monthExported || today.Day < FromDay) return (month, ReminderState.None);
        return (month, today.Day < DueBeforeDay ? ReminderState.Due : ReminderState.Overdue);
    }
}
