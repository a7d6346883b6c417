using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Web.Features.Portal;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Campaigns;

/// <summary>/portal/chien-dich: campaigns the producer may join (it funds the discount), with the products each covers.</summary>
public sealed class PortalCampaignsController(CurrentProducer current, ProducerCampaigns campaigns, IStringLocalizer<PromotionsResource> l)
    : PortalController(current)
{
    public const string BasePath = "/portal/chien-dich";

    [HttpGet(BasePath)]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        ViewData["Title"] = l["Campaigns"].Value;
        return View(await campaigns.ListAsync(ProducerId, ct));
    }

    [HttpPost(BasePath + "/{id:int}/tham-gia")]
    public Task<IActionResult> OptIn(int id, CancellationToken ct) => SetAsync(id, true, ct);

    [HttpPost(BasePath + "/{id:int}/rut-lui")]
    public Task<IActionResult> OptOut(int id, CancellationToken ct) => SetAsync(id, false, ct);

    private async Task<IActionResult> SetAsync(int id, bool optIn, CancellationToken ct)
    {
        int? userId = int.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var u) ? u : null;
        if (!await campaigns.SetOptInAsync(id, ProducerId, userId, optIn, ct)) return NotFound();
        Flash(optIn ? l["You joined the campaign: the discount applies to your covered products while it runs."] : l["You left the campaign: your products are back at their own prices."]);
        return Redirect($"{BasePath}#campaign-{id}");
    }
}
