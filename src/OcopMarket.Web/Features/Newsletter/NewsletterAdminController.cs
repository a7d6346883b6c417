using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Common;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Newsletter;

/// <summary>/admin/ban-tin: who subscribed, with their consent, and the CSV of confirmed subscribers for the mailing tool.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Promotion)]
public sealed class NewsletterAdminController(NewsletterDesk desk, TimeProvider time, IStringLocalizer<NewsResource> l) : Controller
{
    private const string BasePath = "/admin/ban-tin";

    [HttpGet(BasePath)]
    public async Task<IActionResult> Index([FromQuery] SubscriberListQuery query, CancellationToken ct)
    {
        ViewData["Title"] = l["Newsletter subscribers"].Value;
        return View(await desk.ListAsync(query, ct));
    }

    [HttpGet(BasePath + "/xuat-csv")]
    public async Task<IActionResult> Export(CancellationToken ct)
    {
        var day = VietnamTime.Today(time).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return File(await desk.ConfirmedCsvAsync(ct), "text/csv; charset=utf-8", $"ban-tin-da-xac-nhan-{day}.csv");
    }
}
