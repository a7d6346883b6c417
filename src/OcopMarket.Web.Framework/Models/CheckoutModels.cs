using System.ComponentModel.DataAnnotations;
using OcopMarket.Core.Orders;

namespace OcopMarket.Web.Framework.Models;

// The buyer's side of the shop: cart, checkout, order page, history and guest lookup.
// Display names and error keys are English, translated through CheckoutResource.

/// <summary>One cart line as shown: today's price and stock next to the price when it was added.</summary>
public sealed record CartLineModel(int LineId, int ProductId, string Name, string Slug, int? ImageId, string Unit,
    long Price, long PriceWhenAdded, int Quantity, int Stock, bool IsSold, int WeightGrams = 0)
{
    public long LineTotal => Price * Quantity;
    /// <summary>The product's own price when a live campaign lowers <see cref="Price"/>; null otherwise.</summary>
    public long? ListPrice { get; init; }
    public string? CampaignName { get; init; }
    public string? CampaignSlug { get; init; }
    public bool IsDiscounted => ListPrice is { } list && list > Price;
    public bool PriceChanged => IsSold && Price != PriceWhenAdded;
    public bool ExceedsStock => IsSold && Quantity > Stock;
}

/// <summary>A producer's part of the cart: it becomes one parcel (shipment) of the order.</summary>
public sealed record CartGroupModel(int ProducerId, string ProducerName, string ProducerSlug, IReadOnlyList<CartLineModel> Lines)
{
    public long Subtotal => Lines.Where(l => l.IsSold).Sum(l => l.LineTotal);
}

public sealed record CartPageModel(int? CartId, IReadOnlyList<CartGroupModel> Groups)
{
    public static readonly CartPageModel Empty = new(null, []);
    public IEnumerable<CartLineModel> Lines => Groups.SelectMany(g => g.Lines);
    public bool IsEmpty => Groups.Count == 0;
    public int ItemCount => Lines.Sum(l => l.Quantity);
    public long Subtotal => Groups.Sum(g => g.Subtotal);
    /// <summary>Something must be fixed before checking out: a product no longer sold or more than the stock.</summary>
    public bool HasBlockingProblems => Lines.Any(l => !l.IsSold || l.ExceedsStock);
    public int MaxQuantity => OrderPlacement.MaxQuantityPerLine;
}

/// <summary>The cart page's quantity form: quantities arrive as text so "abc" gets a message, not a binding error.</summary>
public sealed class CartUpdateForm
{
    public List<CartQuantityInput> Lines { get; set; } = [];
}

public sealed class CartQuantityInput
{
    public int Id { get; set; }
    public string? Quantity { get; set; }
}

/// <summary>A choice of a place select (province, pre-2025 district, commune).</summary>
public sealed record AddressOption(int Id, string Name, string? Note = null);

public sealed record ShippingChoice(string Value, string Name, string? Description, long Total, IReadOnlyDictionary<int, long> CostByProducer);

public sealed record PaymentChoice(string SystemName, string Name, string Description, bool PayFirst);

[LocalizedWith(typeof(CheckoutResource))]
public sealed class CheckoutForm
{
    [Display(Name = "Full name")]
    [Required(ErrorMessage = "Please enter your full name.")]
    [StringLength(100, ErrorMessage = "{0} must be at most {1} characters.")]
    public string FullName { get; set; } = "";

    [Display(Name = "Phone number")]
    [Required(ErrorMessage = "Please enter your phone number.")]
    [StringLength(40, ErrorMessage = "{0} must be at most {1} characters.")]
    public string Phone { get; set; } = "";

    [Display(Name = "Email")]
    [Required(ErrorMessage = "Please enter your email.")]
    [EmailAddress(ErrorMessage = "Please enter a valid email address.")]
    [StringLength(256, ErrorMessage = "{0} must be at most {1} characters.")]
    public string Email { get; set; } = "";

    [Display(Name = "Province / city")]
    public int? ProvinceId { get; set; }

    [Display(Name = "District (before 1 July 2025, optional)")]
    public int? DistrictId { get; set; }

    [Display(Name = "Commune / ward")]
    public int? CommuneId { get; set; }

    [Display(Name = "House number, street, hamlet")]
    [Required(ErrorMessage = "Please enter the house number and street.")]
    [StringLength(300, ErrorMessage = "{0} must be at most {1} characters.")]
    public string AddressLine { get; set; } = "";

    [Display(Name = "Note for the producers (optional)")]
    [StringLength(500, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Note { get; set; }

    [Display(Name = "Delivery")]
    public string? Shipping { get; set; }

    [Display(Name = "Payment")]
    public string? Payment { get; set; }

    [Display(Name = "Coupon code")]
    [StringLength(40, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? CouponCode { get; set; }
}

/// <summary>The checkout's advisory preview of a coupon code: its discount now, or why it does not apply (localised).</summary>
public sealed record CouponPreview(string Code, long Discount, string? Error)
{
    public bool IsValid => Error is null;
}

public sealed class CheckoutPageModel
{
    public required CheckoutForm Form { get; init; }
    public required CartPageModel Cart { get; init; }
    public IReadOnlyList<AddressOption> Provinces { get; init; } = [];
    public IReadOnlyList<AddressOption> Districts { get; init; } = [];
    public IReadOnlyList<AddressOption> Communes { get; init; } = [];
    public IReadOnlyList<ShippingChoice> ShippingOptions { get; init; } = [];
    public IReadOnlyList<PaymentChoice> PaymentOptions { get; init; } = [];
    public ShippingChoice? ChosenShipping => ShippingOptions.FirstOrDefault(s => s.Value == Form.Shipping);
    public bool AddressComplete => Form.ProvinceId is not null && Form.CommuneId is not null;
    public long ShippingTotal => ChosenShipping?.Total ?? 0;
    public CouponPreview? Coupon { get; set; }
    public long Discount => Coupon is { IsValid: true } c ? c.Discount : 0;
    public long Total => Cart.Subtotal + ShippingTotal - Discount;
}

public sealed record OrderLineModel(string ProductName, string? Slug, string Unit, long UnitPrice, int Quantity, long LineTotal);

public sealed record ShipmentModel(int Id, string ProducerName, string ProducerSlug, ShipmentStatus Status, string ShippingOptionName,
    long ShippingCost, long Subtotal, string? Carrier, string? TrackingNumber, string? CancelReason, IReadOnlyList<OrderLineModel> Lines);

public sealed record TimelineEntryModel(DateTimeOffset At, string Kind, string? Detail, string? ProducerName);

public sealed class OrderPageModel
{
    public required Order Order { get; init; }
    public required string AddressDisplay { get; init; }
    public required string PaymentMethodName { get; init; }
    public required IReadOnlyList<ShipmentModel> Shipments { get; init; }
    public required IReadOnlyList<TimelineEntryModel> Timeline { get; init; }
    public string? InstructionsViewComponent { get; init; }
    public bool CanCancel { get; init; }
    public bool JustPlaced { get; init; }
}

public sealed record OrderSummaryModel(string Number, DateTimeOffset PlacedAt, OrderStatus Status, PaymentStatus PaymentStatus,
    long Total, int ItemCount, int Parcels, string FirstProduct);

public sealed record OrderHistoryModel(IReadOnlyList<OrderSummaryModel> Orders, int Page, int PageCount, int Total);

[LocalizedWith(typeof(CheckoutResource))]
public sealed class OrderLookupForm
{
    [Display(Name = "Order number")]
    [Required(ErrorMessage = "Please enter the order number.")]
    [StringLength(32, ErrorMessage = "{0} must be at most {1} characters.")]
    public string Number { get; set; } = "";

    [Display(Name = "Phone number")]
    [Required(ErrorMessage = "Please enter your phone number.")]
    [StringLength(40, ErrorMessage = "{0} must be at most {1} characters.")]
    public string Phone { get; set; } = "";
}

[LocalizedWith(typeof(CheckoutResource))]
public sealed class CancelOrderForm
{
    [Display(Name = "Reason (optional)")]
    [StringLength(300, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Reason { get; set; }
}

/// <summary>The add-to-cart form on the product page.</summary>
public sealed record AddToCartModel(int ProductId, bool InStock, int Stock, string ReturnUrl);

/// <summary>The no-JavaScript confirmation step of "add to cart" (the cached product page's form is a GET).</summary>
public sealed record AddToCartConfirmModel(int ProductId, string Name, string Slug, string Unit, long Price, int? ImageId,
    int Stock, string Quantity, string ReturnUrl)
{
    /// <summary>The product's own price when a live campaign lowers <see cref="Price"/>; null otherwise.</summary>
    public long? ListPrice { get; init; }
    public string? CampaignName { get; init; }
    public bool IsDiscounted => ListPrice is { } list && list > Price;
}
