using System.ComponentModel.DataAnnotations;
using OcopMarket.Core.Promotions;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Localization;

namespace OcopMarket.Web.Features.Coupons;

/// <summary>The coupon form. Dates are typed in Việt Nam time (datetime-local); cross-field rules are checked by <see cref="CouponEditor"/>.</summary>
[LocalizedWith(typeof(PromotionsResource))]
public sealed class CouponForm
{
    public int Id { get; set; }
    public bool IsNew => Id == 0;

    [Display(Name = "Code")]
    [StringLength(40, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Code { get; set; }

    [Display(Name = "Description")]
    [StringLength(500, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Description { get; set; }

    [Display(Name = "Discount type")]
    public DiscountKind DiscountKind { get; set; } = DiscountKind.Percent;

    [Display(Name = "Discount")]
    [Required(ErrorMessage = "Enter the discount.")]
    [Range(1, 100_000_000, ErrorMessage = "{0} must be between {1} and {2}.")]
    public long? DiscountValue { get; set; }

    [Display(Name = "Maximum discount (đ)")]
    [Range(1_000, 100_000_000, ErrorMessage = "{0} must be between {1} and {2}.")]
    public long? MaxDiscount { get; set; }

    [Display(Name = "Minimum order (đ)")]
    [Range(0, 1_000_000_000, ErrorMessage = "{0} must be between {1} and {2}.")]
    public long? MinOrderSubtotal { get; set; }

    [Display(Name = "Starts")]
    public DateTime? StartsAt { get; set; }

    [Display(Name = "Ends")]
    public DateTime? EndsAt { get; set; }

    [Display(Name = "Total uses")]
    [Range(1, 10_000_000, ErrorMessage = "{0} must be between {1} and {2}.")]
    public int? MaxUses { get; set; }

    [Display(Name = "Uses per customer")]
    [Range(1, 1_000, ErrorMessage = "{0} must be between {1} and {2}.")]
    public int? MaxUsesPerCustomer { get; set; }

    [Display(Name = "Combines with campaign prices")]
    public bool CombinesWithCampaigns { get; set; }

    [Display(Name = "Producer")]
    public int? ProducerId { get; set; }

    [Display(Name = "Campaign")]
    public int? CampaignId { get; set; }

    [Display(Name = "Active")]
    public bool IsActive { get; set; } = true;

    // Shown, not posted.
    public int UsedCount { get; set; }
    public int Redemptions { get; set; }
    public IReadOnlyList<(int Id, string Name)> Producers { get; set; } = [];
    public IReadOnlyList<(int Id, string Name)> Campaigns { get; set; } = [];
}
