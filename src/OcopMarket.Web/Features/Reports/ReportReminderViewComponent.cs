using Autofac;
using Microsoft.AspNetCore.Mvc;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Reports;

namespace OcopMarket.Web.Features.Reports;

public sealed record ReportReminderModel(ReportMonth Month, ReminderState State);

/// <summary>
/// The dashboard card that reminds the office of the month's report (see <see cref="ReportReminder"/> for which month and
/// when): from the 15th until a report of the month has been exported; overdue from the 20th. Office users only.
/// </summary>
public sealed class ReportReminderViewComponent(ReportExportLog log) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!(User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.OfficeStaff))) return Content("");
        var (month, state) = await log.ReminderAsync(HttpContext.RequestAborted);
        return state == ReminderState.None ? Content("") : View(new ReportReminderModel(month, state));
    }
}

public sealed class ReportsWebModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<ReportSheets>().InstancePerLifetimeScope();
        builder.RegisterType<MonthlyReportXlsx>().SingleInstance();
    }
}
