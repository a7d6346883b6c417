using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Catalog;
using OcopMarket.Web.Features.Media;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Portal;

/// <summary>
/// /portal/san-pham: the producer's own listings. Every id in a URL is looked up together with the account's
/// producer id, so another producer's product answers 404 and is never read or changed.
/// </summary>
public sealed class PortalProductsController(
    CurrentProducer current, PortalProductQueries queries, PortalProductEditor editor, PortalCategories categories,
    UploadProblems uploads, IStringLocalizer<PortalResource> L) : PortalController(current)
{
    private const long MaxPrice = 10_000_000_000;
    private const long MaxStock = 10_000_000;
    private const long MaxWeightGrams = 1_000_000;
    /// <summary>Room for several photos of up to 10 MB each in one form.</summary>
    private const long FormBodyLimit = 80 * 1024 * 1024;

    [HttpGet("/portal/san-pham")]
    public async Task<IActionResult> Index([FromQuery] ListQuery list, [FromQuery] string? status, CancellationToken ct)
    {
        ModerationStatus? filter = Enum.TryParse<ModerationStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null;
        return View(await queries.ListAsync(ProducerId, list, filter, ct));
    }

    [HttpGet("/portal/san-pham/them")]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        var model = new ProductFormModel { Stock = "0" };
        await queries.FillAsync(model, ProducerId, null, ct);
        return View("Edit", model);
    }

    [HttpPost("/portal/san-pham/them")]
    [RequestSizeLimit(FormBodyLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = FormBodyLimit)]
    public async Task<IActionResult> Create(ProductFormModel model, CancellationToken ct)
    {
        var input = await ParseAsync(model, ct);
        if (input is not null)
        {
            var result = await editor.CreateAsync(ProducerId, input, model.NewImages, ct);
            if (result.Succeeded)
            {
                Flash(L["The draft was saved. Send it for review when it is ready; the shop shows it once the office approves."]);
                return Redirect($"/portal/san-pham/{result.ProductId}/sua");
            }
            AddImageErrors(result);
        }
        await queries.FillAsync(model, ProducerId, null, ct);
        return View("Edit", model);
    }

    [HttpGet("/portal/san-pham/{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var model = await queries.FormAsync(ProducerId, id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("/portal/san-pham/{id:int}/sua")]
    [RequestSizeLimit(FormBodyLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = FormBodyLimit)]
    public async Task<IActionResult> Edit(int id, ProductFormModel model, CancellationToken ct)
    {
        // Ownership first: another producer's id is 404 before anything in the form is even looked at.
        if (await queries.StockFormAsync(ProducerId, id, ct) is null) return NotFound();
        var input = await ParseAsync(model, ct);
        if (input is not null)
        {
            var result = await editor.UpdateAsync(ProducerId, id, input, model.NewImages, model.RemoveImageIds, model.MainImageId, ct);
            if (!result.Found) return NotFound();
            if (result.Succeeded)
            {
                if (result.ChangePending)
                    Flash(L["Saved. Price, descriptions and stock are live now. The new name, category or photos wait for the office's approval; the shop shows the current ones until then."], "warning");
                else
                    Flash(L["Saved."]);
                return Redirect($"/portal/san-pham/{id}/sua");
            }
            AddImageErrors(result);
        }
        await queries.FillAsync(model, ProducerId, id, ct);
        return View(model);
    }

    [HttpPost("/portal/san-pham/{id:int}/gui-duyet")]
    public async Task<IActionResult> Submit(int id, CancellationToken ct)
    {
        var result = await editor.SubmitAsync(ProducerId, id, ct);
        if (result is null) return NotFound();
        if (result.Succeeded) Flash(L["Sent for review. The office will approve or reject it with a reason."]);
        else Flash(L[result.Error!], "danger");
        return Redirect($"/portal/san-pham/{id}/sua");
    }

    [HttpGet("/portal/san-pham/{id:int}/ton-kho")]
    public async Task<IActionResult> Stock(int id, CancellationToken ct)
    {
        var model = await queries.StockFormAsync(ProducerId, id, ct);
        if (model is null) return NotFound();
        model.Stock = model.Current.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return View(model);
    }

    [HttpPost("/portal/san-pham/{id:int}/ton-kho")]
    public async Task<IActionResult> Stock(int id, StockFormModel model, CancellationToken ct)
    {
        var product = await queries.StockFormAsync(ProducerId, id, ct);
        if (product is null) return NotFound();
        var stock = ParseStock(model.Stock, nameof(model.Stock));
        if (stock is not null && ModelState.IsValid)
        {
            await editor.SetStockAsync(ProducerId, id, stock.Value, ct);
            Flash(L["Stock of {0} is now {1}.", product.Name, stock.Value.ToString("N0")]);
            return Redirect(LocalOr(model.ReturnUrl, "/portal/san-pham"));
        }
        model.Id = product.Id;
        model.Name = product.Name;
        model.Unit = product.Unit;
        model.Current = product.Current;
        return View(model);
    }

    /// <summary>Checks and converts the form; null (with the messages in ModelState) when something is wrong.</summary>
    private async Task<ProductInput?> ParseAsync(ProductFormModel m, CancellationToken ct)
    {
        long? price = null;
        if (!string.IsNullOrWhiteSpace(m.Price))
        {
            price = PortalInput.WholeNumber(m.Price);
            if (price is null && !PortalInput.IsNegative(m.Price))
                ModelState.AddModelError(nameof(m.Price), L["Enter the price as a whole number of đồng, e.g. 125000."]);
            else if (price is null or <= 0)
                ModelState.AddModelError(nameof(m.Price), L["The price must be more than 0 ₫."]);
            else if (price > MaxPrice)
                ModelState.AddModelError(nameof(m.Price), L["The price is too high."]);
        }
        var stock = string.IsNullOrWhiteSpace(m.Stock) ? null : ParseStock(m.Stock, nameof(m.Stock));

        int? weight = null;
        if (!string.IsNullOrWhiteSpace(m.Weight))
        {
            var w = PortalInput.WholeNumber(m.Weight);
            if (w is null or <= 0 or > MaxWeightGrams)
                ModelState.AddModelError(nameof(m.Weight), L["Enter the weight as a whole number of grams, more than 0."]);
            else weight = (int)w;
        }

        string? gtin = null;
        if (!string.IsNullOrWhiteSpace(m.Gtin))
        {
            gtin = new string(m.Gtin.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
            if (!Gtin.IsValid(gtin))
                ModelState.AddModelError(nameof(m.Gtin), L["The GTIN must have 8, 12, 13 or 14 digits and a correct check digit (Vietnamese codes start with 893)."]);
        }

        if (m.CategoryId is { } categoryId && !await categories.IsSelectableAsync(categoryId, ct))
            ModelState.AddModelError(nameof(m.CategoryId), L["Please choose a category."]);

        var files = m.NewImages.Where(f => f.Length > 0).ToList();
        if (files.Count > ProductFormModel.MaxNewImages)
            ModelState.AddModelError(nameof(m.NewImages), L["At most {0} photos at a time.", ProductFormModel.MaxNewImages]);
        m.NewImages = files;

        if (!ModelState.IsValid || price is null || stock is null || m.CategoryId is null) return null;
        return new ProductInput(m.Name, m.NameEn, m.CategoryId.Value, m.ShortDescription, m.Description ?? "", m.DescriptionEn,
            price.Value, m.Unit, stock.Value, weight, gtin);
    }

    private int? ParseStock(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null; // [Required] has said so already
        var value = PortalInput.WholeNumber(text);
        if (value is null)
        {
            ModelState.AddModelError(field, PortalInput.IsNegative(text)
                ? L["Stock cannot be negative."]
                : L["Stock must be a whole number, 0 or more."]);
            return null;
        }
        if (value > MaxStock)
        {
            ModelState.AddModelError(field, L["Stock cannot be more than {0}.", MaxStock.ToString("N0")]);
            return null;
        }
        return (int)value;
    }

    private void AddImageErrors(ProductSaveResult result)
    {
        foreach (var refused in result.RefusedImages)
            ModelState.AddModelError(nameof(ProductFormModel.NewImages), $"{refused.FileName}: {uploads.Describe(refused.Reason)}");
    }
}
