using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Promotions;

namespace OcopMarket.Web.Features.Checkout;

/// <summary>Whose cart: a signed-in customer's (by user id) or a guest's (by the random token of its cookie).</summary>
public sealed record CartOwner(int? UserId, string? Token)
{
    public bool IsKnown => UserId is not null || !string.IsNullOrEmpty(Token);
}

/// <summary>
/// Keeps carts: add, change quantity, remove, and merge a guest's cart into the customer's on sign-in.
/// Quantities stay within 1..999 per line (the same bound as <see cref="OrderPlacement"/>); the price at
/// adding time (the campaign price, what the buyer was shown) is kept so the cart can say when it has changed.
/// </summary>
public sealed class CartService(OcopDbContext db, TimeProvider time, CampaignPricing pricing)
{
    public const int MaxQuantity = OrderPlacement.MaxQuantityPerLine;

    /// <summary>32 random bytes, URL-safe: the guest cookie's value and every cart's unique token.</summary>
    public static string NewToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public Task<Cart?> FindAsync(CartOwner owner, CancellationToken ct)
    {
        if (owner.UserId is { } userId)
            return db.Carts.Include(c => c.Lines).Where(c => c.CustomerUserId == userId).OrderBy(c => c.Id).FirstOrDefaultAsync(ct);
        if (string.IsNullOrEmpty(owner.Token) || owner.Token.Length > 64) return Task.FromResult<Cart?>(null);
        return db.Carts.Include(c => c.Lines).Where(c => c.Token == owner.Token && c.CustomerUserId == null).FirstOrDefaultAsync(ct);
    }

    /// <summary>Number of items (sum of quantities) for the header.</summary>
    public async Task<int> CountAsync(CartOwner owner, CancellationToken ct)
    {
        if (!owner.IsKnown) return 0;
        var carts = owner.UserId is { } userId
            ? db.Carts.Where(c => c.CustomerUserId == userId)
            : db.Carts.Where(c => c.Token == owner.Token && c.CustomerUserId == null);
        return await db.CartLines.Where(l => carts.Any(c => c.Id == l.CartId)).SumAsync(l => (int?)l.Quantity, ct) ?? 0;
    }

    /// <summary>Adds <paramref name="quantity"/> of a product sold on the storefront (to the line if it is there already).</summary>
    public async Task<OperationResult> AddAsync(CartOwner owner, int productId, int quantity, CancellationToken ct)
    {
        if (quantity is < 1 or > MaxQuantity) return OperationResult.Fail("The quantity must be a whole number from 1 to {0}.", MaxQuantity);
        var product = await db.Products.AsNoTracking()
            .Where(p => p.Id == productId && p.IsPublished && p.ModerationStatus == ModerationStatus.Approved && p.Producer!.IsPublished)
            .Select(p => new { p.Id, p.Price, p.StockQuantity })
            .FirstOrDefaultAsync(ct);
        if (product is null) return OperationResult.Fail("This product is not sold any more.");
        if (product.StockQuantity <= 0) return OperationResult.Fail("This product is out of stock.");

        var now = time.GetUtcNow();
        var cart = await FindAsync(owner, ct) ?? NewCart(owner, now);
        var line = cart.Lines.FirstOrDefault(l => l.ProductId == productId);
        if (line is null)
            cart.Lines.Add(new CartLine { ProductId = productId, Quantity = quantity, PriceWhenAdded = (await pricing.PriceAsync(productId, ct))?.Price ?? product.Price, AddedAt = now });
        else if (line.Quantity + quantity > MaxQuantity)
            return OperationResult.Fail("You can have at most {0} of one product in your cart.", MaxQuantity);
        else
            line.Quantity += quantity; // the first price stays: a change since then is still shown
        cart.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    /// <summary>Sets the quantities of the owner's lines; nothing changes when any quantity is out of range.</summary>
    public async Task<OperationResult> UpdateAsync(CartOwner owner, IReadOnlyList<(int LineId, int Quantity)> quantities, CancellationToken ct)
    {
        if (quantities.Any(q => q.Quantity is < 1 or > MaxQuantity))
            return OperationResult.Fail("The quantity must be a whole number from 1 to {0}.", MaxQuantity);
        var cart = await FindAsync(owner, ct);
        if (cart is null) return OperationResult.Ok;
        foreach (var (lineId, quantity) in quantities)
            if (cart.Lines.FirstOrDefault(l => l.Id == lineId) is { } line) line.Quantity = quantity;
        cart.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    public async Task RemoveAsync(CartOwner owner, int lineId, CancellationToken ct)
    {
        var cart = await FindAsync(owner, ct);
        if (cart?.Lines.FirstOrDefault(l => l.Id == lineId) is not { } line) return;
        cart.Lines.Remove(line);
        db.CartLines.Remove(line);
        cart.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Moves a guest's lines into the customer's cart (quantities of the same product add up, capped at
    /// <see cref="MaxQuantity"/>) and deletes the guest cart, in one SaveChanges.
    /// </summary>
    public async Task MergeAsync(string guestToken, int userId, CancellationToken ct)
    {
        var guest = await FindAsync(new CartOwner(null, guestToken), ct);
        if (guest is null) return;
        var now = time.GetUtcNow();
        var customer = await FindAsync(new CartOwner(userId, null), ct);
        if (customer is null)
        {
            // The guest cart simply becomes the customer's.
            guest.CustomerUserId = userId;
            guest.Token = NewToken();
            guest.UpdatedAt = now;
        }
        else
        {
            foreach (var line in guest.Lines)
            {
                var mine = customer.Lines.FirstOrDefault(l => l.ProductId == line.ProductId);
                if (mine is null)
                    customer.Lines.Add(new CartLine { ProductId = line.ProductId, Quantity = line.Quantity, PriceWhenAdded = line.PriceWhenAdded, AddedAt = line.AddedAt });
                else
                    mine.Quantity = Math.Min(MaxQuantity, mine.Quantity + line.Quantity);
            }
            customer.UpdatedAt = now;
            db.Carts.Remove(guest);
        }
        await db.SaveChangesAsync(ct);
    }

    private Cart NewCart(CartOwner owner, DateTimeOffset now)
    {
        var cart = new Cart
        {
            CustomerUserId = owner.UserId,
            Token = owner.UserId is null && !string.IsNullOrEmpty(owner.Token) ? owner.Token : NewToken(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Carts.Add(cart);
        return cart;
    }
}
