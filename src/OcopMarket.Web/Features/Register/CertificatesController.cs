using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Certification.Register;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Register;

/// <summary>
/// The certificates register: everyone in the back office reads it (inspectors and trade promotion
/// need it); only the office revokes.
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.BackOffice)]
public sealed class CertificatesController(
    CertificateQueries queries, CertificateRevocation revocation, RegisterLabels labels,
    IStringLocalizer<RegisterResource> l, IOutputCacheStore outputCache) : Controller
{
    [HttpGet("/admin/chung-nhan")]
    public async Task<IActionResult> Index([FromQuery] CertificateListQuery query, CancellationToken ct) =>
        View(await queries.ListAsync(query, ct));

    [HttpGet("/admin/chung-nhan/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await queries.DetailsAsync(id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("/admin/chung-nhan/{id:int}/thu-hoi")]
    [Authorize(Roles = Roles.Office)]
    public async Task<IActionResult> Revoke(int id, [Bind(Prefix = "Revoke")] RevokeForm form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await revocation.RevokeAsync(id, form.ToCommand(), ct);
            if (result.Succeeded)
            {
                // The badge must go from the storefront at once, cached pages included.
                await outputCache.EvictByTagAsync(CacheTags.Storefront, ct);
                TempData["Status"] = l["The certificate was revoked: its badge no longer shows on the storefront."].Value;
                TempData["StatusKind"] = "warning";
                return RedirectToAction(nameof(Details), new { id });
            }
            if (result.Error == CertificateRevocation.NoSuchCertificate) return NotFound();
            ModelState.AddModelError("Revoke", labels.Message(result));
        }
        var model = await queries.DetailsAsync(id, ct);
        if (model is null) return NotFound();
        model.Revoke = form;
        return View(nameof(Details), model);
    }
}
