using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Checkout;

/// <summary>The cart at /gio-hang: add (from the product page), change quantities, remove. Works without JavaScript.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class CartController(CartService carts, CartQuery query, CurrentCart current, IStringLocalizer<CheckoutResource> l) : Controller
{
    public const string Path = "/gio-hang";

    [HttpGet(Path)]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        ViewData["Title"] = l["Your cart"].Value;
        ViewData["NoIndex"] = true;
        return View(await query.GetAsync(current.Owner, ct));
    }

    /// <summary>Without JavaScript the cached product page's form arrives here: one uncached page with the real (token-bearing) form.</summary>
    [HttpGet(Path + "/them")]
    public async Task<IActionResult> ConfirmAdd(int productId, string? quantity, string? returnUrl, CancellationToken ct)
    {
        var back = returnUrl is { Length: <= 2048 } && Url.IsLocalUrl(returnUrl) ? returnUrl : Path;
        var product = await query.ProductToAddAsync(productId, (quantity ?? "1").Trim() is { Length: > 0 and <= 10 } q ? q : "1", back, ct);
        if (product is null) return NotFound();
        ViewData["Title"] = l["Add to cart"].Value;
        ViewData["NoIndex"] = true;
        return View("Add", product);
    }

    [HttpPost(Path + "/them")]
    public async Task<IActionResult> Add(int productId, string? quantity, string? returnUrl, CancellationToken ct)
    {
        var back = returnUrl is { Length: <= 2048 } && Url.IsLocalUrl(returnUrl) ? returnUrl : Path;
        if (!TryQuantity(quantity, out var count))
        {
            Status(l["The quantity must be a whole number from 1 to {0}.", CartService.MaxQuantity], "danger");
            return LocalRedirect(back);
        }
        var result = await carts.AddAsync(current.OwnerForWriting(), productId, count, ct);
        if (!result.Succeeded)
        {
            Status(l[result.Error!, result.Arguments ?? []], "danger");
            return LocalRedirect(back);
        }
        Status(l["Added to your cart."], "success");
        return LocalRedirect(Path);
    }

    [HttpPost(Path)]
    public async Task<IActionResult> Update(CartUpdateForm form, CancellationToken ct)
    {
        var quantities = new List<(int, int)>();
        foreach (var line in form.Lines.Take(200))
        {
            if (!TryQuantity(line.Quantity, out var count))
            {
                Status(l["The quantity must be a whole number from 1 to {0}.", CartService.MaxQuantity], "danger");
                return LocalRedirect(Path);
            }
            quantities.Add((line.Id, count));
        }
        var result = await carts.UpdateAsync(current.Owner, quantities, ct);
        Status(result.Succeeded ? l["Your cart has been updated."] : l[result.Error!, result.Arguments ?? []], result.Succeeded ? "success" : "danger");
        return LocalRedirect(Path);
    }

    [HttpPost(Path + "/xoa/{lineId:int}")]
    public async Task<IActionResult> Remove(int lineId, CancellationToken ct)
    {
        await carts.RemoveAsync(current.Owner, lineId, ct);
        Status(l["The product has been removed from your cart."], "success");
        return LocalRedirect(Path);
    }

    /// <summary>A whole number 1..999 written by a person (spaces allowed); anything else is refused with one message.</summary>
    private static bool TryQuantity(string? text, out int quantity) =>
        int.TryParse(text?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out quantity) && quantity is >= 1 and <= CartService.MaxQuantity;

    private void Status(string message, string kind)
    {
        TempData["Status"] = message;
        TempData["StatusKind"] = kind;
    }
}
