using OcopMarket.Core.Common;

namespace OcopMarket.Core.Promotions;

public enum DiscountKind
{
    /// <summary>A percentage of the price (1–90), optionally capped per unit.</summary>
    Percent = 1,
    /// <summary>A fixed amount in VND off each unit (campaigns) or off the order (coupons).</summary>
    Amount = 2,
}

public enum CampaignScope
{
    /// <summary>The products the promotion staff picked one by one (<see cref="Campaign.Products"/>).</summary>
    Products = 1,
    /// <summary>Every product matching the rule at the moment a price is asked for (e.g. all 4★ products of a commune).</summary>
    Rule = 2,
}

/// <summary>
/// A promotion campaign: a period, a banner and landing page, the products it covers (a picked set or a rule) and the
/// discount on their prices. It is live from <see cref="StartsAt"/> (inclusive) to <see cref="EndsAt"/> (exclusive)
/// when published: nobody presses a button at either end. When <see cref="RequiresProducerOptIn"/> is set, only
/// products of producers who opted in (<see cref="OptIns"/>) get the discount — producers fund it.
/// </summary>
public class Campaign : Entity, Audit.IAudited
{
    public string Name { get; set; } = "";
    public string? NameEn { get; set; }
    public string Slug { get; set; } = "";
    public string Summary { get; set; } = "";
    public string? SummaryEn { get; set; }
    /// <summary>Sanitised HTML for the landing page.</summary>
    public string Description { get; set; } = "";
    public string? DescriptionEn { get; set; }
    public int? BannerMediaFileId { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    /// <summary>Exclusive end.</summary>
    public DateTimeOffset EndsAt { get; set; }

    public CampaignScope Scope { get; set; } = CampaignScope.Products;
    /// <summary>Rule: the lowest valid OCOP star rating a product must hold (null = any, including uncertified).</summary>
    public int? RuleMinStars { get; set; }
    /// <summary>Rule: a province or a commune (today's units): the producer's commune is it or lies in it.</summary>
    public int? RuleAdminUnitId { get; set; }
    /// <summary>Rule: a category or OCOP group (its subcategories included).</summary>
    public int? RuleCategoryId { get; set; }

    public DiscountKind DiscountKind { get; set; } = DiscountKind.Percent;
    /// <summary>Percent (1–90) or VND per unit, by <see cref="DiscountKind"/>.</summary>
    public long DiscountValue { get; set; }
    /// <summary>Cap on a percentage discount, VND per unit (null = no cap).</summary>
    public long? MaxDiscountPerUnit { get; set; }
    public bool RequiresProducerOptIn { get; set; }
    public bool IsPublished { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<CampaignProduct> Products { get; set; } = [];
    public List<CampaignOptIn> OptIns { get; set; } = [];

    public bool IsLiveAt(DateTimeOffset at) => IsPublished && StartsAt <= at && at < EndsAt;
}

public class CampaignProduct : Entity
{
    public int CampaignId { get; set; }
    public int ProductId { get; set; }
}

/// <summary>A producer's agreement to fund a campaign's discount on its products.</summary>
public class CampaignOptIn : Entity
{
    public int CampaignId { get; set; }
    public int ProducerId { get; set; }
    public DateTimeOffset OptedInAt { get; set; }
    public int? UserId { get; set; }
}
