using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Messaging;
using OcopMarket.Core.Orders;
using OcopMarket.Web.Features.Catalog;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Localization;

namespace OcopMarket.Web.Features.Checkout;

/// <summary>
/// The "thank you, here is your order" e-mail, in the order's language: lines per parcel, totals, the
/// delivery address and a link to the order page. Sent after the order is committed; a failure is logged
/// and never undoes the order.
/// </summary>
public sealed class OrderConfirmationEmail(
    IEmailSender sender,
    OcopDbContext db,
    PlaceNames placeNames,
    IStringLocalizer<CheckoutResource> l,
    IStringLocalizer<ShopResource> shop,
    IOptions<SiteOptions> site,
    IHttpContextAccessor accessor,
    ILogger<OrderConfirmationEmail> logger)
{
    private static readonly HtmlEncoder html = HtmlEncoder.Create(UnicodeRanges.All);

    public async Task<bool> TrySendAsync(Order order, CancellationToken ct)
    {
        try
        {
            await SendAsync(order, ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not send the confirmation e-mail of order {Number}", order.Number);
            return false;
        }
    }

    public async Task SendAsync(Order order, CancellationToken ct)
    {
        var producers = await db.Producers.AsNoTracking()
            .Where(p => order.Shipments.Select(s => s.ProducerId).Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var place = await placeNames.ForAsync(order.CommuneId, order.DistrictId, order.ProvinceId, ct);
        var link = OrderLink(order.Number);

        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var culture = new CultureInfo(order.Culture == "en" ? Cultures.English : Cultures.Vietnamese);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        EmailMessage message;
        try
        {
            message = Compose(order, producers, place.Display, link);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
        await sender.SendAsync(message, ct);
    }

    private EmailMessage Compose(Order order, IReadOnlyDictionary<int, string> producers, string place, string link)
    {
        string E(string s) => html.Encode(s);
        var subject = l["Order {0} received – OcopMarket", order.Number].Value;
        var greeting = l["Hello {0},", order.CustomerName].Value;
        var thanks = l["Thank you for your order. The producers will prepare your parcels; we will write again when they are on their way."].Value;
        var address = $"{order.AddressLine}, {place}";

        var rows = new StringBuilder();
        var text = new StringBuilder();
        text.Append(greeting).Append("\n\n").Append(thanks).Append("\n\n")
            .Append(l["Order number"].Value).Append(": ").Append(order.Number).Append('\n')
            .Append(l["Payment"].Value).Append(": ").Append(shop[order.PaymentStatus.ToString()].Value).Append("\n\n");
        foreach (var shipment in order.Shipments)
        {
            var producer = producers.GetValueOrDefault(shipment.ProducerId, "");
            rows.Append($"<tr><td colspan=\"3\" style=\"padding:10px 0 4px;font-weight:bold;border-bottom:1px solid #ddd\">{E(l["Parcel from {0}", producer].Value)}</td></tr>");
            text.Append(l["Parcel from {0}", producer].Value).Append('\n');
            foreach (var line in shipment.Lines)
            {
                rows.Append($"<tr><td style=\"padding:4px 0\">{E(line.ProductName)}</td><td style=\"padding:4px 8px;text-align:right;white-space:nowrap\">{line.Quantity} × {E(Vnd.Format(line.UnitPrice))}</td><td style=\"padding:4px 0;text-align:right;white-space:nowrap\">{E(Vnd.Format(line.LineTotal))}</td></tr>");
                text.Append($"  {line.ProductName}: {line.Quantity} × {Vnd.Format(line.UnitPrice)} = {Vnd.Format(line.LineTotal)}\n");
            }
            var delivery = l["Delivery: {0}", shipment.ShippingOptionName].Value;
            rows.Append($"<tr><td colspan=\"2\" style=\"padding:4px 0;color:#555\">{E(delivery)}</td><td style=\"padding:4px 0;text-align:right\">{E(Vnd.Format(shipment.ShippingCost))}</td></tr>");
            text.Append($"  {delivery}: {Vnd.Format(shipment.ShippingCost)}\n");
        }
        string Total(string label, long amount, bool strong = false) =>
            $"<tr><td colspan=\"2\" style=\"padding:4px 0;{(strong ? "font-weight:bold" : "")}\">{E(label)}</td><td style=\"padding:4px 0;text-align:right;{(strong ? "font-weight:bold;color:#c0392b" : "")}\">{E(Vnd.Format(amount))}</td></tr>";
        rows.Append("<tr><td colspan=\"3\" style=\"border-top:1px solid #ddd\"></td></tr>");
        rows.Append(Total(l["Subtotal"].Value, order.Subtotal)).Append(Total(l["Shipping"].Value, order.ShippingTotal));
        var discountLabel = order.CouponCode is { } code ? l["Discount ({0})", code].Value : l["Discount"].Value;
        if (order.DiscountTotal > 0) rows.Append(Total(discountLabel, -order.DiscountTotal));
        rows.Append(Total(l["Total"].Value, order.Total, strong: true));
        text.Append('\n').Append(l["Subtotal"].Value).Append(": ").Append(Vnd.Format(order.Subtotal)).Append('\n')
            .Append(l["Shipping"].Value).Append(": ").Append(Vnd.Format(order.ShippingTotal)).Append('\n')
            .Append(order.DiscountTotal > 0 ? discountLabel + ": −" + Vnd.Format(order.DiscountTotal) + "\n" : "")
            .Append(l["Total"].Value).Append(": ").Append(Vnd.Format(order.Total)).Append("\n\n")
            .Append(l["Deliver to"].Value).Append(": ").Append(order.CustomerName).Append(", ").Append(order.Phone).Append(", ").Append(address).Append("\n\n")
            .Append(l["Follow your order"].Value).Append(": ").Append(link).Append("\n\nOcopMarket\n");

        var body = $"""
            <!DOCTYPE html>
            <html lang="{(order.Culture == "en" ? "en" : "vi")}">
            <head><meta charset="utf-8"><title>{E(subject)}</title></head>
            <body style="font-family:Arial,Helvetica,sans-serif;color:#222;line-height:1.5;max-width:640px">
            <p>{E(greeting)}</p>
            <p>{E(thanks)}</p>
            <p>{E(l["Order number"].Value)}: <strong>{E(order.Number)}</strong><br>{E(l["Payment"].Value)}: {E(shop[order.PaymentStatus.ToString()].Value)}</p>
            <table style="width:100%;border-collapse:collapse;font-size:14px">{rows}</table>
            <p><strong>{E(l["Deliver to"].Value)}</strong><br>{E(order.CustomerName)} · {E(order.Phone)}<br>{E(address)}</p>
            <p><a href="{E(link)}" style="display:inline-block;padding:10px 18px;background:#1f6f43;color:#fff;text-decoration:none;border-radius:6px">{E(l["Follow your order"].Value)}</a></p>
            <p style="word-break:break-all;color:#666;font-size:12px">{E(link)}</p>
            <p>OcopMarket</p>
            </body>
            </html>
            """;
        return new EmailMessage(order.Email, subject, body, text.ToString(), order.CustomerName);
    }

    private string OrderLink(string number)
    {
        var baseUrl = site.Value.BaseUrl.TrimEnd('/');
        if (string.IsNullOrEmpty(baseUrl) && accessor.HttpContext?.Request is { } r)
            baseUrl = $"{r.Scheme}://{r.Host.ToUriComponent()}{r.PathBase.ToUriComponent()}";
        return baseUrl + OrdersController.PagePath(number);
    }
}
