using OcopMarket.Core.Common;

namespace OcopMarket.Core.Orders;

/// <summary>
/// A shopping cart: a guest's (found by the random token in its cookie) or a customer's. A guest cart
/// is merged into the customer's on sign-in.
/// </summary>
public class Cart : Entity
{
    /// <summary>Random, unguessable; the guest cookie's value. Kept after sign-in so the merge can find it once.</summary>
    public string Token { get; set; } = "";
    public int? CustomerUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<CartLine> Lines { get; set; } = [];
}

public class CartLine : Entity
{
    public int CartId { get; set; }
    public int ProductId { get; set; }
    public int Quantity { get; set; }
    /// <summary>The price when the line was added, to tell the buyer when it has changed since.</summary>
    public long PriceWhenAdded { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}
