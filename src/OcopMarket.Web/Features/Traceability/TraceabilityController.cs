using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Data;
using OcopMarket.Core.Producers.Documents;
using OcopMarket.Core.Traceability;
using OcopMarket.Core.Traceability.Scanning;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Traceability;

/// <summary>
/// The public side of traceability: GS1 Digital Link resolution (/01/{gtin}[/10/{lot}][/21/{serial}][?17=YYMMDD]) to the
/// product, lot or stamp page, the counterfeit warning, the "not ours" page, the code lookup form and the documents
/// attached to a lot's events. Nothing here is output-cached: each visit is a scan with live counts and warnings.
/// </summary>
public sealed class TraceabilityController(
    StampResolver resolver, StampScanRecorder recorder, TracePageQuery pages, ScanTokens tokens,
    OcopDbContext db, ProducerDocumentStore documents, IStringLocalizer<StampsResource> S) : Controller
{
    private const int MaxShownCode = 200;

    [AcceptVerbs("GET", "HEAD", Route = "/01")]
    [AcceptVerbs("GET", "HEAD", Route = "/01/{**rest}")]
    public async Task<IActionResult> Resolve(CancellationToken ct)
    {
        var (code, link) = ReadLink();
        var resolution = await resolver.ResolveAsync(link, ct);
        NoStore();
        if (!resolution.IsOurs) return NotOurs(code, link.Error);

        var scan = ScanVisitors.Counts(Request) ? await recorder.RecordAsync(resolution, ct) : null;
        var model = await pages.GetAsync(resolution, scan, scan is null ? null : tokens.Protect(scan.Id), ct);
        ViewData["Title"] = model.Kind == TracePageKind.NeverIssued ? S["We cannot find this stamp"].Value : model.Product.Name;
        ViewData["Canonical"] = model.CanonicalPath;
        ViewData["NoIndex"] = true;
        return View(model.Kind == TracePageKind.NeverIssued ? "Counterfeit" : "Show", model);
    }

    /// <summary>Type or paste a code: a full Digital Link URL, a bare GTIN, or GTIN + lot + serial in separate boxes.</summary>
    [HttpGet("/truy-xuat")]
    public IActionResult Lookup([FromQuery] string? code, [FromQuery] string? gtin, [FromQuery] string? lot, [FromQuery] string? serial)
    {
        ViewData["Title"] = S["Check a product code"].Value;
        ViewData["Canonical"] = "/truy-xuat";
        var errors = new Dictionary<string, string>();
        if (Request.Query.ContainsKey("code"))
        {
            var text = (code ?? "").Trim();
            var digits = text.Replace(" ", "");
            var link = digits.Length > 0 && digits.All(char.IsAsciiDigit) ? DigitalLink.Parse("/01/" + digits) : DigitalLink.ParseUrl(text);
            if (link.IsValid) return LocalRedirect(DigitalLink.Format(link.Gtin14!, link.Lot, link.Serial, link.Expiry));
            errors["code"] = link.Error == DigitalLinkError.Empty
                ? S["Paste the link under the QR code, or the number under the barcode."].Value
                : S[TraceLabels.NotOurs(link.Error)].Value;
        }
        else if (Request.Query.ContainsKey("gtin"))
        {
            var g = (gtin ?? "").Replace(" ", "");
            // Our lot codes are upper case (A–Z, 0–9, - . _); a typed "lo-01" means "LO-01". Serials are kept exactly as typed.
            var l = string.IsNullOrWhiteSpace(lot) ? null : lot.Trim().ToUpperInvariant();
            var s = string.IsNullOrWhiteSpace(serial) ? null : serial.Trim();
            if (g.Length == 0) errors["gtin"] = S["Enter the product's barcode number (GTIN)."].Value;
            else if (!g.All(char.IsAsciiDigit)) errors["gtin"] = S[TraceLabels.NotOurs(DigitalLinkError.BadGtin)].Value;
            else if (g.Length is not (8 or 12 or 13 or 14)) errors["gtin"] = S[TraceLabels.NotOurs(DigitalLinkError.BadGtinLength)].Value;
            else if (!Gtin.IsValid(g)) errors["gtin"] = S[TraceLabels.NotOurs(DigitalLinkError.BadCheckDigit)].Value;
            if (l is not null && !DigitalLink.IsValidAttribute(l)) errors["lot"] = S[TraceLabels.NotOurs(DigitalLinkError.BadLot)].Value;
            if (s is not null && !DigitalLink.IsValidAttribute(s)) errors["serial"] = S[TraceLabels.NotOurs(DigitalLinkError.BadSerial)].Value;
            if (errors.Count == 0) return LocalRedirect(DigitalLink.Format(g, l, s));
        }
        return View(new TraceLookupModel(code, gtin, lot, serial, errors));
    }

    /// <summary>
    /// A producer document, served publicly only while it is attached to an event of a lot (VietGAP, test results...):
    /// the rest of a producer's documents stay private. Always a download, never rendered inside the site's origin.
    /// </summary>
    [HttpGet("/truy-xuat/tai-lieu/{id:int}")]
    public async Task<IActionResult> Document(int id, CancellationToken ct)
    {
        var producerId = await db.TraceEventDocuments.AsNoTracking()
            .Where(d => d.ProducerDocumentId == id)
            .Select(d => (int?)d.Document!.ProducerId)
            .FirstOrDefaultAsync(ct);
        if (producerId is null) return NotFound();
        var opened = await documents.OpenAsync(producerId.Value, id, ct);
        if (opened is null) return NotFound();
        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(opened.Content, opened.Document.ContentType, opened.Document.OriginalFileName);
    }

    /// <summary>
    /// The code as sent: the raw request target keeps percent-encoding exactly (the decoded path would turn a lot
    /// "50%25" into "50%" and lose the difference between "/" and "%2F").
    /// </summary>
    private (string Code, DigitalLinkResult Link) ReadLink()
    {
        var raw = HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (!string.IsNullOrEmpty(raw)) return (raw, DigitalLink.ParseUrl(raw));
        var path = Request.Path.Value ?? "";
        return (path + Request.QueryString, DigitalLink.Parse(path, Request.QueryString.Value));
    }

    private ViewResult NotOurs(string code, DigitalLinkError error)
    {
        ViewData["Title"] = S["This code is not ours"].Value;
        ViewData["NoIndex"] = true;
        Response.StatusCode = StatusCodes.Status404NotFound;
        var shown = Uri.UnescapeDataString(code.Length > MaxShownCode ? code[..MaxShownCode] + "…" : code);
        return View("NotOurs", new TraceNotOursModel(shown, error));
    }

    private void NoStore() => Response.Headers.CacheControl = "no-store";
}
