using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Data;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Settings;
using OcopMarket.Plugin.Payments.VietQR.Reconciliation;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Plugin.Payments.VietQR;

/// <summary>
/// The office's side of bank transfers: the receiving account (/admin/thanh-toan/vietqr), the orders waiting
/// for their money with a "received" button, and reconciliation from a bank statement CSV.
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.Office)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class VietQrAdminController(
    OcopDbContext db, ISiteSettings settings, OrderPayments payments, VietQrCodeRenderer renderer,
    BankStatementReader reader, TransferMatcher matcher, TransferReconciliation reconciliation, TimeProvider time,
    IStringLocalizer<VietQrResource> l) : Controller
{
    private static readonly SortMap<Order> Sorts = new SortMap<Order>()
        .Add("due", o => o.PaymentDueAt).Add("placed", o => o.PlacedAt).Add("number", o => o.Number).Add("total", o => o.Total).Add("customer", o => o.CustomerName);

    [HttpGet(VietQrRoutes.Settings)]
    public IActionResult Settings() => SettingsView(VietQrSettingsForm.From(VietQrSettings.From(settings)));

    [HttpPost(VietQrRoutes.Settings)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Settings(VietQrSettingsForm form, CancellationToken ct)
    {
        if (form.Bin is not null && VietQrBanks.Find(form.Bin) is null)
            ModelState.AddModelError(nameof(form.Bin), l["Please choose the bank."]);
        if (!ModelState.IsValid) return SettingsView(form);
        await settings.SaveAsync(form.ToSettings().ToValues(), ct);
        Flash(l["The bank account for VietQR transfers is saved."], "success");
        return Redirect(VietQrRoutes.Settings);
    }

    private ViewResult SettingsView(VietQrSettingsForm form)
    {
        // A sample code with the saved account: the office scans it to check the account before buyers do.
        var saved = VietQrSettings.From(settings);
        const long sampleAmount = 10_000;
        const string sampleText = "OCP261125TEST1";
        var sample = saved.IsConfigured ? renderer.PngDataUri(VietQrPayload.Build(saved.Bin!, saved.AccountNumber!, sampleAmount, sampleText)) : null;
        return View("Settings", new VietQrSettingsPage(form, sample, sampleAmount, sampleText));
    }

    [HttpGet(VietQrRoutes.Transfers)]
    public async Task<IActionResult> Transfers([FromQuery] ListQuery query, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var orders = AwaitingPayment();
        if (query.Text is { } text)
        {
            // Numbers are searched as typed on a statement ("ocp 261125-4abcd"), names and phones as they are.
            var squeezed = new string(text.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
            orders = orders.Where(o => o.Number.Contains(squeezed) || o.CustomerName.Contains(text) || o.Phone.Contains(squeezed));
        }
        var page = (await orders.ToPagedListAsync(query, Sorts, ct))
            .Map(o => new TransferRow(o.Id, o.Number, o.CustomerName, o.Phone, o.Total, o.PlacedAt, o.PaymentDueAt, o.PaymentDueAt < now));
        return View(new TransfersPage(page, query, VietQrSettings.From(settings).IsConfigured));
    }

    /// <summary>One order's transfer as the buyer sees it (for a buyer who calls and asks), with its payments so far.</summary>
    [HttpGet(VietQrRoutes.Transfers + "/{id:int}")]
    public async Task<IActionResult> Transfer(int id, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id && o.PaymentMethod == VietQrPlugin.Name, ct);
        if (order is null) return NotFound();
        var received = await db.Payments.AsNoTracking().Where(p => p.OrderId == id && p.Status == Core.Payments.PaymentRecordStatus.Succeeded)
            .OrderBy(p => p.Id).ToListAsync(ct);
        return View(new TransferDetail(order, received));
    }

    /// <summary>
    /// Staff saw the money on the account. The reference is the bank's, or one made from the order number, so a
    /// double click (or two staff at once) records one payment.
    /// </summary>
    [HttpPost(VietQrRoutes.Transfers + "/{id:int}/da-nhan")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> MarkReceived(int id, [FromForm] string? reference, [FromForm] string? returnUrl, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == id && o.PaymentMethod == VietQrPlugin.Name)
            .Select(o => new { o.Id, o.Number, o.Total }).SingleOrDefaultAsync(ct);
        if (order is null) return NotFound();
        var bankReference = string.IsNullOrWhiteSpace(reference) ? "MANUAL-" + order.Number : reference.Trim();
        if (bankReference.Length > 100) bankReference = bankReference[..100];
        var result = await payments.RecordPaymentAsync(order.Id, VietQrPlugin.Name, bankReference, order.Total, UserId(), ct);
        if (result.Succeeded) Flash(l["Order {0} is marked as paid.", order.Number], "success");
        else Flash(l[result.Error!, result.Arguments ?? []], "danger");
        return Redirect(Url.IsLocalUrl(returnUrl) ? returnUrl : VietQrRoutes.Transfers);
    }

    [HttpGet(VietQrRoutes.Reconcile)]
    public IActionResult Reconcile() => View("Reconcile", (ReconcilePreview?)null);

    /// <summary>Reads the statement and shows what confirming would do; nothing is recorded yet.</summary>
    [HttpPost(VietQrRoutes.Reconcile)]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(BankStatementReader.MaxBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = BankStatementReader.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Reconcile(IFormFile? statement, CancellationToken ct)
    {
        if (statement is null || statement.Length == 0)
        {
            ModelState.AddModelError("statement", l["Please choose the bank statement file (CSV)."]);
            return View("Reconcile", (ReconcilePreview?)null);
        }
        if (statement.Length > BankStatementReader.MaxBytes)
        {
            ModelState.AddModelError("statement", l["The file is larger than {0} MB.", BankStatementReader.MaxBytes / 1024 / 1024]);
            return View("Reconcile", (ReconcilePreview?)null);
        }
        using var buffer = new MemoryStream();
        await statement.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var read = reader.Read(bytes);
        if (!read.Readable)
        {
            foreach (var p in read.Problems) ModelState.AddModelError("statement", l[p.Error, p.Arguments]);
            return View("Reconcile", (ReconcilePreview?)null);
        }
        var lines = await matcher.MatchAsync(read.Rows, ct);
        var name = Path.GetFileName(statement.FileName);
        return View("Reconcile", new ReconcilePreview(name, Convert.ToBase64String(bytes), lines, read.Problems));
    }

    /// <summary>Records the matched transfers of the previewed file (sent back as it was read, and matched again).</summary>
    [HttpPost(VietQrRoutes.Reconcile + "/xac-nhan")]
    [ValidateAntiForgeryToken]
    [RequestFormLimits(ValueLengthLimit = BankStatementReader.MaxBytes * 2)]
    public async Task<IActionResult> ConfirmReconcile([FromForm] string? content, CancellationToken ct)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(content ?? "");
        }
        catch (FormatException)
        {
            return BadRequest();
        }
        var read = reader.Read(bytes);
        if (!read.Readable) return BadRequest();
        var (_, outcome) = await reconciliation.ConfirmAsync(read.Rows, UserId(), ct);
        var message = l["Reconciliation done: {0} orders marked as paid, {1} late payments recorded (refund needed).", outcome.Paid, outcome.PaidLate].Value;
        if (outcome.Failed > 0) message += " " + l["{0} transfers could not be recorded; check them by hand.", outcome.Failed].Value;
        Flash(message, outcome.Failed > 0 ? "warning" : "success");
        return Redirect(VietQrRoutes.Transfers);
    }

    private IQueryable<Order> AwaitingPayment() =>
        db.Orders.AsNoTracking().Where(o => o.PaymentMethod == VietQrPlugin.Name && o.Status == OrderStatus.Placed
            && (o.PaymentStatus == PaymentStatus.Pending || o.PaymentStatus == PaymentStatus.Failed));

    private int? UserId() =>
        int.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private void Flash(string message, string kind)
    {
        TempData["Status"] = message;
        TempData["StatusKind"] = kind;
    }
}
