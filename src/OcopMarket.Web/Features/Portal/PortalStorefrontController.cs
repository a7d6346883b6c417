using OcopMarket.Core.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Web.Features.Media;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Portal;

/// <summary>/portal/cua-hang: the producer edits its own storefront (never another's: the id is the account's).</summary>
public sealed class PortalStorefrontController(CurrentProducer current, StorefrontEditor editor, UploadProblems uploads, IStringLocalizer<PortalResource> L)
    : PortalController(current)
{
    // Vietnam's mainland and islands (Hoàng Sa, Trường Sa) lie within these bounds.
    private const double MinLatitude = 6, MaxLatitude = 24, MinLongitude = 102, MaxLongitude = 118;

    [HttpGet("/portal/cua-hang")]
    public async Task<IActionResult> Edit(CancellationToken ct) => View(await editor.FormAsync(ProducerId, ct));

    [HttpPost("/portal/cua-hang")]
    [RequestSizeLimit(16 * 1024 * 1024)]
    public async Task<IActionResult> Edit(StorefrontFormModel model, CancellationToken ct)
    {
        var input = Parse(model);
        if (input is not null && ModelState.IsValid)
        {
            var refused = await editor.SaveAsync(ProducerId, input, model.Logo, model.RemoveLogo, ct);
            if (refused is null)
            {
                Flash(L["Your storefront was saved; the shop shows the changes now."]);
                return Redirect("/portal/cua-hang");
            }
            ModelState.AddModelError(nameof(model.Logo), uploads.Describe(refused.Value));
        }
        await editor.FillAsync(model, ProducerId, ct);
        return View(model);
    }

    private StorefrontInput? Parse(StorefrontFormModel m)
    {
        if (!string.IsNullOrWhiteSpace(m.Phone) && !VietnamesePhone.IsValid(m.Phone))
            ModelState.AddModelError(nameof(m.Phone), L["Please enter a Vietnamese phone number, e.g. 0912 345 678 or 0205 3861 234."]);
        string? website = null;
        if (!string.IsNullOrWhiteSpace(m.Website) && (website = PortalInput.WebAddress(m.Website)) is null)
            ModelState.AddModelError(nameof(m.Website), L["Please enter a web address such as https://hoacu.vn."]);

        double? lat = null, lon = null;
        var hasLat = !string.IsNullOrWhiteSpace(m.Latitude);
        var hasLon = !string.IsNullOrWhiteSpace(m.Longitude);
        if (hasLat != hasLon)
            ModelState.AddModelError(hasLat ? nameof(m.Longitude) : nameof(m.Latitude), L["Enter both latitude and longitude, or neither."]);
        if (hasLat && (lat = PortalInput.Degrees(m.Latitude)) is not (>= MinLatitude and <= MaxLatitude))
            ModelState.AddModelError(nameof(m.Latitude), L["The latitude must be a number between {0} and {1} (Vietnam), e.g. 21.9203.", MinLatitude, MaxLatitude]);
        if (hasLon && (lon = PortalInput.Degrees(m.Longitude)) is not (>= MinLongitude and <= MaxLongitude))
            ModelState.AddModelError(nameof(m.Longitude), L["The longitude must be a number between {0} and {1} (Vietnam), e.g. 106.8342.", MinLongitude, MaxLongitude]);

        if (!ModelState.IsValid) return null;
        return new StorefrontInput(m.Story ?? "", m.StoryEn, Tidy(m.Phone), Tidy(m.Email), website, Tidy(m.Representative), Tidy(m.Address) ?? "",
            hasLat ? Math.Round(lat!.Value, 6) : null, hasLon ? Math.Round(lon!.Value, 6) : null);
    }

    private static string? Tidy(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(System.Text.NormalizationForm.FormC);
}
