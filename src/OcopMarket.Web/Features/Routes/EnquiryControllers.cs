using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Features.Portal;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Routes;

/// <summary>/portal/trai-nghiem: the producer's own experience enquiries. Another producer's enquiry id answers 404.</summary>
public sealed class PortalEnquiriesController(CurrentProducer current, EnquiryDesk desk, IStringLocalizer<RoutesResource> l) : PortalController(current)
{
    private const string BasePath = "/portal/trai-nghiem";

    [HttpGet(BasePath)]
    public async Task<IActionResult> Index([FromQuery] EnquiryListQuery query, CancellationToken ct)
    {
        ViewData["Title"] = l["Experience enquiries"].Value;
        return View("Index", await desk.ListAsync(ProducerId, query, BasePath, ct));
    }

    [HttpGet(BasePath + "/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var detail = await desk.GetAsync(id, ProducerId, BasePath, ct);
        if (detail is null) return NotFound();
        ViewData["Title"] = l["Enquiry from {0}", detail.ContactName].Value;
        return View("Details", detail);
    }

    [HttpPost(BasePath + "/{id:int}/trang-thai")]
    public async Task<IActionResult> Status(int id, EnquiryStatusForm form, CancellationToken ct)
    {
        var outcome = await desk.UpdateAsync(id, ProducerId, form, ct);
        if (outcome == EnquiryDesk.UpdateOutcome.NotFound) return NotFound();
        if (outcome == EnquiryDesk.UpdateOutcome.Invalid) Flash(l["Choose the new status (the note is at most 2000 characters)."], "danger");
        else Flash(l["The enquiry was updated."]);
        return Redirect($"{BasePath}/{id}");
    }
}

/// <summary>/admin/yeu-cau-trai-nghiem: every enquiry, for the office and the trade promotion staff.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Office + "," + Roles.TradePromotion)]
public sealed class AdminEnquiriesController(EnquiryDesk desk, IStringLocalizer<RoutesResource> l) : Controller
{
    private const string BasePath = "/admin/yeu-cau-trai-nghiem";

    [HttpGet(BasePath)]
    public async Task<IActionResult> Index([FromQuery] EnquiryListQuery query, CancellationToken ct)
    {
        ViewData["Title"] = l["Experience enquiries"].Value;
        return View("Index", await desk.ListAsync(null, query, BasePath, ct));
    }

    [HttpGet(BasePath + "/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var detail = await desk.GetAsync(id, null, BasePath, ct);
        if (detail is null) return NotFound();
        ViewData["Title"] = l["Enquiry from {0}", detail.ContactName].Value;
        return View("Details", detail);
    }

    [HttpPost(BasePath + "/{id:int}/trang-thai")]
    public async Task<IActionResult> Status(int id, EnquiryStatusForm form, CancellationToken ct)
    {
        var outcome = await desk.UpdateAsync(id, null, form, ct);
        if (outcome == EnquiryDesk.UpdateOutcome.NotFound) return NotFound();
        TempData["Status"] = outcome == EnquiryDesk.UpdateOutcome.Invalid
            ? l["Choose the new status (the note is at most 2000 characters)."].Value : l["The enquiry was updated."].Value;
        TempData["StatusKind"] = outcome == EnquiryDesk.UpdateOutcome.Invalid ? "danger" : "success";
        return Redirect($"{BasePath}/{id}");
    }
}

/// <summary>The number of new enquiries, beside "Experience enquiries" in the portal menu.</summary>
public sealed class PortalNewEnquiriesViewComponent(CurrentProducer current, EnquiryDesk desk) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var producer = await current.GetAsync(HttpContext.RequestAborted);
        var count = producer is null ? 0 : await desk.NewCountAsync(producer.Id, HttpContext.RequestAborted);
        return View("~/Views/Shared/Routes/_NewEnquiriesBadge.cshtml", count);
    }
}
