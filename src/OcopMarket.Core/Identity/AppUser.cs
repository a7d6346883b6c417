using Microsoft.AspNetCore.Identity;

namespace OcopMarket.Core.Identity;

public class AppUser : IdentityUser<int>, Audit.IAudited
{
    public string FullName { get; set; } = "";
    /// <summary>Set for users in the Producer role: the one producer they act for.</summary>
    public int? ProducerId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public class AppRole : IdentityRole<int>
{
    public AppRole() { }
    public AppRole(string name) : base(name) { }
}

public static class Roles
{
    public const string Administrator = "Administrator";
    public const string OfficeStaff = "OfficeStaff";
    public const string TradePromotion = "TradePromotion";
    public const string Inspector = "Inspector";
    public const string Producer = "Producer";
    public const string Customer = "Customer";

    /// <summary>The office proper: manages the register, catalogue and settings.</summary>
    public const string Office = Administrator + "," + OfficeStaff;
    /// <summary>Everyone who may enter /admin (each screen narrows further).</summary>
    public const string BackOffice = Administrator + "," + OfficeStaff + "," + TradePromotion + "," + Inspector;
    /// <summary>Who runs campaigns, coupons, fairs, news, featured items and review moderation.</summary>
    public const string Promotion = Administrator + "," + OfficeStaff + "," + TradePromotion;
    /// <summary>Who records inspections.</summary>
    public const string Inspection = Administrator + "," + OfficeStaff + "," + Inspector;

    public static readonly string[] All = [Administrator, OfficeStaff, TradePromotion, Inspector, Producer, Customer];
}
