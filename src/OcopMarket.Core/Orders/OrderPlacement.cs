using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Promotions.Coupons;
using OcopMarket.Core.Shipping;

namespace OcopMarket.Core.Orders;

/// <summary>What the buyer asked for. Prices, totals and shipping costs are never taken from here.</summary>
public sealed record PlaceOrderRequest(
    IReadOnlyList<(int ProductId, int Quantity)> Lines,
    string CustomerName, string Phone, string Email,
    int ProvinceId, int? DistrictId, int CommuneId, string AddressLine, string? Note,
    string ShippingProvider, string ShippingOption,
    string PaymentProvider,
    int? CustomerUserId = null, int? CartId = null, string Culture = "vi", string? CouponCode = null);

/// <summary>
/// Places an order in one transaction: re-reads every product and price, re-quotes shipping,
/// reserves stock line by line (all or nothing), splits the order into one shipment per producer,
/// takes a use of the coupon code (if any) and splits its discount over the parcels,
/// writes the first timeline event and empties the cart. Any failure leaves nothing behind.
/// </summary>
/// <param name="coupons">Optional only for callers that build the placement by hand without coupons; the container always supplies it.</param>
public sealed class OrderPlacement(OcopDbContext db, StockReservation stock, IShopProviders providers, Promotions.CampaignPricing pricing, TimeProvider time,
    CouponRedeemer? coupons = null)
{
    public const int MaxQuantityPerLine = 999;

    public async Task<OperationResult<Order>> PlaceAsync(PlaceOrderRequest request, CancellationToken ct = default)
    {
        var wanted = request.Lines.GroupBy(l => l.ProductId).Select(g => (ProductId: g.Key, Quantity: g.Sum(l => l.Quantity))).ToList();
        if (wanted.Count == 0) return OperationResult<Order>.Fail("Your cart is empty.");
        if (wanted.Any(l => l.Quantity is < 1 or > MaxQuantityPerLine))
            return OperationResult<Order>.Fail("Each quantity must be between 1 and {0}.", MaxQuantityPerLine);

        var payment = providers.Payment(request.PaymentProvider);
        if (payment is null) return OperationResult<Order>.Fail("Choose a payment method.");

        var ids = wanted.Select(l => l.ProductId).ToList();
        var products = await db.Products.AsNoTracking()
            .Where(p => ids.Contains(p.Id) && p.IsPublished && p.ModerationStatus == ModerationStatus.Approved && p.Producer!.IsPublished)
            .ToDictionaryAsync(p => p.Id, ct);
        if (products.Count != ids.Count) return OperationResult<Order>.Fail("A product in your cart is no longer sold. Remove it and try again.");
        // What the buyer pays per unit: the product's price less a live campaign's discount, read now (never from the cart).
        var prices = await pricing.PricesAsync(ids, ct);
        long PriceOf(int productId) => prices[productId].Price;

        var parcels = wanted.GroupBy(l => products[l.ProductId].ProducerId)
            .Select(g => new ShippingParcel(g.Key,
                g.Sum(l => PriceOf(l.ProductId) * l.Quantity),
                g.Sum(l => (products[l.ProductId].WeightGrams ?? 0) * l.Quantity),
                g.Select(l => l.ProductId).ToList()))
            .ToList();
        var shipping = providers.ShippingProvider(request.ShippingProvider);
        var quotes = shipping is null ? [] : await shipping.QuoteAsync(new ShippingRequest(request.ProvinceId, request.CommuneId, parcels), ct);
        var quote = quotes.FirstOrDefault(q => q.Code == request.ShippingOption);
        if (quote is null) return OperationResult<Order>.Fail("The chosen delivery option is not available for this address. Choose another.");

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var line in wanted)
        {
            if (!await stock.TryReserveAsync(line.ProductId, line.Quantity, ct))
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                var left = await db.Products.Where(p => p.Id == line.ProductId).Select(p => p.StockQuantity).SingleAsync(ct);
                return left <= 0
                    ? OperationResult<Order>.Fail("\"{0}\" is out of stock.", products[line.ProductId].Name)
                    : OperationResult<Order>.Fail("Only {1} of \"{0}\" left in stock.", products[line.ProductId].Name, left);
            }
        }

        // The coupon is checked against the lines as priced above and takes its use inside this transaction (exactly once).
        CouponQuote? coupon = null;
        var customerKey = CouponCodes.CustomerKey(request.CustomerUserId, request.Phone);
        if (!string.IsNullOrWhiteSpace(request.CouponCode))
        {
            if (coupons is null) throw new InvalidOperationException("This order placement was built without coupons.");
            var couponLines = wanted.Select(l => new CouponLine(l.ProductId, products[l.ProductId].ProducerId, PriceOf(l.ProductId) * l.Quantity, prices[l.ProductId].CampaignId)).ToList();
            var redeemed = await coupons.RedeemAsync(request.CouponCode, couponLines, customerKey, ct);
            if (!redeemed.Succeeded)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return OperationResult<Order>.Fail(redeemed.Error!, redeemed.Arguments ?? []);
            }
            coupon = redeemed.Value!;
        }

        var order = new Order
        {
            Number = await UnusedNumberAsync(now, ct),
            CustomerUserId = request.CustomerUserId,
            CustomerName = request.CustomerName.Trim(),
            Phone = request.Phone.Trim(),
            Email = request.Email.Trim(),
            ProvinceId = request.ProvinceId,
            DistrictId = request.DistrictId,
            CommuneId = request.CommuneId,
            AddressLine = request.AddressLine.Trim(),
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            PaymentMethod = payment.SystemName,
            PaymentStatus = payment.PaymentWindow is null ? PaymentStatus.NotRequired : PaymentStatus.Pending,
            PaymentDueAt = payment.PaymentWindow is { } window ? now + window : null,
            PlacedAt = now,
            Culture = request.Culture,
        };
        foreach (var parcel in parcels)
        {
            var shipment = new Shipment
            {
                ProducerId = parcel.ProducerId,
                ShippingProvider = quote.Provider,
                ShippingOption = quote.Code,
                ShippingOptionName = quote.Name,
                ShippingCost = quote.CostByProducer.GetValueOrDefault(parcel.ProducerId),
                PickupPointId = quote.PickupPointId,
                Subtotal = parcel.Subtotal,
            };
            foreach (var productId in parcel.ProductIds)
            {
                var product = products[productId];
                var quantity = wanted.First(l => l.ProductId == productId).Quantity;
                var price = prices[productId];
                var line = new OrderLine
                {
                    ProductId = productId, ProductName = product.Name, Unit = product.Unit,
                    ListPrice = price.ListPrice, CampaignId = price.CampaignId, UnitPrice = price.Price,
                    Quantity = quantity, LineTotal = price.Price * quantity, WeightGrams = (product.WeightGrams ?? 0) * quantity,
                };
                shipment.Lines.Add(line);
                order.Lines.Add(line);
            }
            order.Shipments.Add(shipment);
        }
        if (coupon is not null)
        {
            order.CouponCode = coupon.Code;
            order.DiscountTotal = coupon.Discount;
            var shares = DiscountAllocation.Split(coupon.Discount, coupon.EligibleByProducer);
            foreach (var shipment in order.Shipments) shipment.DiscountTotal = shares.GetValueOrDefault(shipment.ProducerId);
        }
        order.Subtotal = order.Shipments.Sum(s => s.Subtotal);
        order.ShippingTotal = order.Shipments.Sum(s => s.ShippingCost);
        order.Total = order.Subtotal + order.ShippingTotal - order.DiscountTotal;
        db.Orders.Add(order);

        if (request.CartId is { } cartId)
            await db.CartLines.Where(l => l.CartId == cartId).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        db.OrderEvents.Add(new OrderEvent { OrderId = order.Id, At = now, Kind = "placed", UserId = request.CustomerUserId });
        if (coupon is not null) coupons!.Record(order, coupon, customerKey);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return OperationResult<Order>.Ok(order);
    }

    /// <summary>
    /// A number no order has yet. 32^5 numbers a day make a clash rare; checking makes it a retry instead of a failed
    /// checkout (two buyers drawing the same unused number in the same instant still meet the unique index).
    /// </summary>
    private async Task<string> UnusedNumberAsync(DateTimeOffset now, CancellationToken ct)
    {
        var number = NewNumber(now);
        for (var i = 0; i < 5 && await db.Orders.AnyAsync(o => o.Number == number, ct); i++) number = NewNumber(now);
        return number;
    }

    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>"OCP" + date + 5 random characters: short enough to read over the phone, unguessable enough for guest lookup with the phone number.</summary>
    private static string NewNumber(DateTimeOffset now) =>
        "OCP" + now.ToOffset(Common.VietnamTime.Offset).ToString("yyMMdd") +
        new string(Enumerable.Range(0, 5).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray());
}
