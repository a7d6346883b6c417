using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Payments;
using OcopMarket.Core.Places;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Payments;

/// <summary>An order the test placed for Stripe, with the ids the webhooks will carry.</summary>
public sealed record StripeOrder(int Id, string Number, long Total, string PaymentIntentId, string SessionId);

/// <summary>
/// Arranges Stripe orders in the database and sends webhooks the way Stripe does: the real event JSON,
/// signed with the endpoint secret ("Stripe-Signature: t={unix},v1=hex(HMAC-SHA256(secret, t + "." + body))"),
/// posted through the site's real HTTP pipeline.
/// </summary>
public static class StripeTestKit
{
    public const string Endpoint = "/webhooks/stripe";
    public const string ApiVersion = "2026-10-28.endive";

    /// <summary>
    /// An order paid by Stripe, waiting for its money: two lines of a seeded product (2 × price + 1 × price),
    /// one parcel with <paramref name="shipping"/> đồng of shipping, and the open Checkout attempt (pending Payment row).
    /// </summary>
    public static Task<StripeOrder> PlaceOrderAsync(this OcopWebFactory site, long shipping = 30_000, long discount = 0) =>
        site.DbAsync(async db =>
        {
            var products = await db.Products.AsNoTracking().Where(p => p.IsPublished && p.Price > 0).OrderBy(p => p.Id).Take(2).ToListAsync();
            var commune = await db.AdminUnits.AsNoTracking().Where(u => u.Level == AdminUnitLevel.Commune && u.ParentId != null).OrderBy(u => u.Id).FirstAsync();
            var now = site.Time.GetUtcNow();
            var number = "OCPST" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
            var shipment = new Shipment
            {
                ProducerId = products[0].ProducerId, ShippingProvider = "Shipping.Rates", ShippingOption = "standard",
                ShippingOptionName = "Giao tiêu chuẩn", ShippingCost = shipping,
            };
            var lines = products.Select((p, i) => new OrderLine
            {
                ProductId = p.Id, ProductName = p.Name, Unit = p.Unit, UnitPrice = p.Price, Quantity = i == 0 ? 2 : 1,
                LineTotal = p.Price * (i == 0 ? 2 : 1), WeightGrams = 500,
            }).ToList();
            var subtotal = lines.Sum(l => l.LineTotal);
            shipment.Subtotal = subtotal;
            shipment.Lines = lines;
            var order = new Order
            {
                Number = number, CustomerName = "Khách thử Stripe", Phone = "0912345678", Email = "stripe-test@ocopmarket.test",
                ProvinceId = commune.ParentId!.Value, CommuneId = commune.Id, AddressLine = "12 Lê Lợi",
                Subtotal = subtotal, ShippingTotal = shipping, DiscountTotal = discount, Total = subtotal + shipping - discount,
                PaymentMethod = "Payments.Stripe", PaymentStatus = PaymentStatus.Pending,
                PaymentDueAt = now.AddHours(1), PlacedAt = now, Shipments = [shipment], Lines = lines,
            };
            db.Orders.Add(order);
            await db.SaveChangesAsync();
            var sessionId = "cs_test_" + Guid.NewGuid().ToString("N");
            db.Payments.Add(new Payment
            {
                OrderId = order.Id, Provider = "Payments.Stripe", ProviderReference = sessionId, Amount = order.Total,
                Status = PaymentRecordStatus.Pending, CreatedAt = now, UpdatedAt = now,
            });
            await db.SaveChangesAsync();
            return new StripeOrder(order.Id, number, order.Total, "pi_" + Guid.NewGuid().ToString("N")[..24], sessionId);
        });

    public static JsonObject Metadata(StripeOrder order) => new()
    {
        ["order_id"] = order.Id.ToString(CultureInfo.InvariantCulture),
        ["order_number"] = order.Number,
    };

    /// <summary>A Stripe event envelope around <paramref name="data"/>, as Stripe sends it.</summary>
    public static string Event(string type, JsonObject data, string? id = null, OcopWebFactory? site = null) => new JsonObject
    {
        ["id"] = id ?? NewEventId(),
        ["object"] = "event",
        ["api_version"] = ApiVersion,
        ["created"] = (site?.Time.GetUtcNow() ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds(),
        ["data"] = new JsonObject { ["object"] = data },
        ["livemode"] = false,
        ["pending_webhooks"] = 1,
        ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
        ["type"] = type,
    }.ToJsonString();

    public static string NewEventId() => "evt_" + Guid.NewGuid().ToString("N")[..24];

    public static JsonObject CompletedSession(StripeOrder order, long? amount = null, string paymentStatus = "paid", string currency = "vnd") => new()
    {
        ["id"] = order.SessionId,
        ["object"] = "checkout.session",
        ["amount_subtotal"] = amount ?? order.Total,
        ["amount_total"] = amount ?? order.Total,
        ["client_reference_id"] = order.Number,
        ["currency"] = currency,
        ["livemode"] = false,
        ["metadata"] = Metadata(order),
        ["mode"] = "payment",
        ["payment_intent"] = order.PaymentIntentId,
        ["payment_status"] = paymentStatus,
        ["status"] = "complete",
    };

    public static JsonObject PaymentIntent(StripeOrder order, string status = "succeeded", string? declineMessage = null) => new()
    {
        ["id"] = order.PaymentIntentId,
        ["object"] = "payment_intent",
        ["amount"] = order.Total,
        ["amount_received"] = status == "succeeded" ? order.Total : 0,
        ["currency"] = "vnd",
        ["livemode"] = false,
        ["metadata"] = Metadata(order),
        ["status"] = status,
        ["last_payment_error"] = declineMessage is null ? null : new JsonObject
        {
            ["type"] = "card_error", ["code"] = "card_declined", ["decline_code"] = "generic_decline", ["message"] = declineMessage,
        },
    };

    public static JsonObject Refund(StripeOrder order, string refundId, long amount, string status = "succeeded", bool withMetadata = true) => new()
    {
        ["id"] = refundId,
        ["object"] = "refund",
        ["amount"] = amount,
        ["charge"] = "ch_" + order.PaymentIntentId[3..],
        ["currency"] = "vnd",
        ["metadata"] = withMetadata ? Metadata(order) : new JsonObject(),
        ["payment_intent"] = order.PaymentIntentId,
        ["reason"] = "requested_by_customer",
        ["status"] = status,
    };

    /// <summary>The charge after refunds, listing them (as "charge.refunded" carries it).</summary>
    public static JsonObject RefundedCharge(StripeOrder order, params (string Id, long Amount)[] refunds) => new()
    {
        ["id"] = "ch_" + order.PaymentIntentId[3..],
        ["object"] = "charge",
        ["amount"] = order.Total,
        ["amount_captured"] = order.Total,
        ["amount_refunded"] = refunds.Sum(r => r.Amount),
        ["captured"] = true,
        ["currency"] = "vnd",
        ["livemode"] = false,
        ["metadata"] = Metadata(order),
        ["paid"] = true,
        ["payment_intent"] = order.PaymentIntentId,
        ["refunded"] = refunds.Sum(r => r.Amount) >= order.Total,
        ["status"] = "succeeded",
        ["refunds"] = new JsonObject
        {
            ["object"] = "list",
            ["data"] = new JsonArray(refunds.Select(r => (JsonNode)Refund(order, r.Id, r.Amount)).ToArray()),
            ["has_more"] = false,
            ["total_count"] = refunds.Length,
            ["url"] = $"/v1/charges/ch_{order.PaymentIntentId[3..]}/refunds",
        },
    };

    /// <summary>Stripe's scheme: v1 = hex HMAC-SHA256 of "{timestamp}.{payload}" keyed with the endpoint secret.</summary>
    public static string Sign(string payload, long timestamp, string secret = StripeFakeApi.WebhookSecret)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }

    /// <summary>Posts a webhook signed now (the site's clock) unless a header is given.</summary>
    public static async Task<HttpResponseMessage> PostWebhookAsync(this OcopWebFactory site, string payload, string? signature = "sign")
    {
        using var client = site.CreateClient();
        using var content = new StringContent(payload, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = content };
        if (signature == "sign") signature = Sign(payload, site.Time.GetUtcNow().ToUnixTimeSeconds());
        if (signature is not null) request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    public static async Task<HttpResponseMessage> SendEventAsync(this OcopWebFactory site, string type, JsonObject data, string? eventId = null) =>
        await site.PostWebhookAsync(Event(type, data, eventId, site));

    /// <summary>The order's money as the database holds it.</summary>
    public static Task<OrderMoney> MoneyAsync(this OcopWebFactory site, int orderId) =>
        site.DbAsync(async db =>
        {
            var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == orderId);
            var payments = await db.Payments.AsNoTracking().Where(p => p.OrderId == orderId).OrderBy(p => p.Id).ToListAsync();
            var refunds = await db.Refunds.AsNoTracking().Where(r => r.OrderId == orderId).OrderBy(r => r.Id).ToListAsync();
            var events = await db.OrderEvents.AsNoTracking().Where(e => e.OrderId == orderId).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync();
            return new OrderMoney(order.PaymentStatus, order.PaidAt, order.RefundedTotal, payments, refunds, events);
        });
}

public sealed record OrderMoney(PaymentStatus Status, DateTimeOffset? PaidAt, long RefundedTotal, List<Payment> Payments, List<Refund> Refunds, List<string> Events)
{
    public List<Payment> Succeeded => Payments.Where(p => p.Status == PaymentRecordStatus.Succeeded).ToList();
}
