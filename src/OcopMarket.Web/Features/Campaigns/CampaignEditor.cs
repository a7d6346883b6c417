using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Media;
using OcopMarket.Core.Places;
using OcopMarket.Core.Promotions;
using OcopMarket.Web.Features.Catalog;
using OcopMarket.Web.Features.CatalogAdmin;
using OcopMarket.Web.Features.Media;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;
using OcopMarket.Web.Framework.Localization;

namespace OcopMarket.Web.Features.Campaigns;

/// <summary>
/// The promotion staff's writes to campaigns. A save is one transaction (the banner upload and the campaign with its
/// picked products, audited); afterwards the storefront cache is evicted and the boundary scheduler re-reads the periods.
/// </summary>
public sealed class CampaignEditor(
    OcopDbContext db, ReplaceableImage replaceable, RichTextSanitizer sanitizer, IOutputCacheStore pages,
    CampaignScheduleSignal schedule, CampaignPricing pricing, PlaceOptions places, TimeProvider time, IStringLocalizer<PromotionsResource> l)
{
    public const int PercentMax = 90;
    private const int PreviewSize = 8;

    private static readonly SortMap<CampaignAdminRow> Sorts = new SortMap<CampaignAdminRow>()
        .Add("starts", r => r.StartsAt)
        .Add("ends", r => r.EndsAt)
        .Add("name", r => r.Name)
        .Add("updated", r => r.UpdatedAt);

    public async Task<CampaignAdminList> ListAsync(ListQuery query, CampaignStatus? status, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var campaigns = db.Campaigns.AsNoTracking();
        if (query.Text is string text) campaigns = campaigns.Where(c => c.Name.Contains(text) || (c.NameEn != null && c.NameEn.Contains(text)) || c.Slug.Contains(text));
        campaigns = status switch
        {
            CampaignStatus.Draft => campaigns.Where(c => !c.IsPublished),
            CampaignStatus.Upcoming => campaigns.Where(c => c.IsPublished && c.StartsAt > now),
            CampaignStatus.Live => campaigns.Where(c => c.IsPublished && c.StartsAt <= now && c.EndsAt > now),
            CampaignStatus.Ended => campaigns.Where(c => c.IsPublished && c.EndsAt <= now),
            _ => campaigns,
        };
        // Newest periods first unless the user sorts otherwise.
        if (query.Sort is null) { query.Sort = "starts"; query.Desc = true; }
        var rows = await campaigns.Select(c => new CampaignAdminRow
            {
                Id = c.Id, Name = c.Name, Slug = c.Slug, StartsAt = c.StartsAt, EndsAt = c.EndsAt, IsPublished = c.IsPublished,
                Scope = c.Scope, DiscountKind = c.DiscountKind, DiscountValue = c.DiscountValue, MaxDiscountPerUnit = c.MaxDiscountPerUnit,
                RequiresProducerOptIn = c.RequiresProducerOptIn, OptInCount = c.OptIns.Count, UpdatedAt = c.UpdatedAt,
            })
            .ToPagedListAsync(query, Sorts, ct);
        return new CampaignAdminList(query, status, rows, now);
    }

    /// <summary>A new campaign's form: starting tomorrow at midnight for a week, unpublished.</summary>
    public async Task<CampaignForm> NewAsync(CancellationToken ct)
    {
        var tomorrow = VietnamTime.Today(time).AddDays(1);
        var form = new CampaignForm
        {
            StartsAt = Local(VietnamTime.StartOf(tomorrow)),
            EndsAt = Local(VietnamTime.StartOf(tomorrow.AddDays(7))),
            DiscountValue = 10,
        };
        await FillAsync(form, ct);
        return form;
    }

    public async Task<CampaignForm?> LoadAsync(int id, CancellationToken ct)
    {
        var c = await db.Campaigns.AsNoTracking().Include(x => x.Products).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return null;
        var form = new CampaignForm
        {
            Id = c.Id, Name = c.Name, NameEn = c.NameEn, Slug = c.Slug, Summary = c.Summary, SummaryEn = c.SummaryEn,
            Description = c.Description, DescriptionEn = c.DescriptionEn, StartsAt = Local(c.StartsAt), EndsAt = Local(c.EndsAt),
            Scope = c.Scope, ProductIds = c.Products.Select(p => p.ProductId).ToList(), RuleMinStars = c.RuleMinStars,
            RuleCategoryId = c.RuleCategoryId, DiscountKind = c.DiscountKind, DiscountValue = c.DiscountValue,
            MaxDiscountPerUnit = c.MaxDiscountPerUnit, RequiresProducerOptIn = c.RequiresProducerOptIn, IsPublished = c.IsPublished,
        };
        if (c.RuleAdminUnitId is int unitId)
        {
            var unit = await db.AdminUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Level, u.ParentId }).FirstOrDefaultAsync(ct);
            if (unit?.Level == AdminUnitLevel.Commune) { form.RuleCommuneId = unitId; form.RuleProvinceId = unit.ParentId; }
            else form.RuleProvinceId = unitId;
        }
        await FillAsync(form, ct);
        return form;
    }

    /// <summary>The choices beside the fields and, for a saved campaign, its status and the preview of what it covers now.</summary>
    public async Task FillAsync(CampaignForm form, CancellationToken ct)
    {
        var picked = form.ProductIds;
        form.Products = await db.Products.AsNoTracking()
            .Where(p => (p.IsPublished && p.Producer!.IsPublished) || picked.Contains(p.Id))
            .OrderBy(p => p.Name)
            .Select(p => new CampaignProductOption(p.Id, p.Name, p.Producer!.Name, p.Price, p.IsPublished && p.Producer.IsPublished))
            .ToListAsync(ct);
        form.Provinces = await places.ProvincesAsync(ct);
        form.Communes = form.RuleProvinceId is int province ? await places.CurrentCommunesAsync(province, ct) : [];
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(c => new { c.Id, c.Name, c.NameEn, c.Code, c.ParentId }).ToListAsync(ct);
        // Each OCOP group followed by its subgroups (a group's rule covers its subgroups too).
        form.Categories = categories.Where(c => c.ParentId is null)
            .SelectMany(g => categories.Where(c => c.ParentId == g.Id)
                .Select(c => new CampaignOption(c.Id, "— " + Cultures.Pick(c.Name, c.NameEn)))
                .Prepend(new CampaignOption(g.Id, Cultures.Pick(g.Name, g.NameEn))))
            .ToList();
        if (form.IsNew) return;
        var saved = await db.Campaigns.AsNoTracking().Where(c => c.Id == form.Id)
            .Select(c => new { c.Slug, c.BannerMediaFileId, c.IsPublished, c.StartsAt, c.EndsAt, OptIns = c.OptIns.Count }).FirstOrDefaultAsync(ct);
        if (saved is null) return;
        form.CurrentSlug = saved.Slug;
        form.BannerMediaFileId = saved.BannerMediaFileId;
        form.Status = CampaignStatuses.Of(saved.IsPublished, saved.StartsAt, saved.EndsAt, time.GetUtcNow());
        form.SalesLineCount = await db.OrderLines.CountAsync(x => x.CampaignId == form.Id, ct);
        form.Preview = await PreviewAsync(form.Id, saved.OptIns, ct);
    }

    /// <summary>How many products the saved campaign covers now and a sample of their prices before and after it.</summary>
    private async Task<CampaignPreview> PreviewAsync(int id, int optIns, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().FirstAsync(c => c.Id == id, ct);
        var ids = await pricing.ProductIdsAsync(id, ct);
        if (ids.Count == 0) return new CampaignPreview(0, [], optIns, null);
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.Slug, p.Price }).ToListAsync(ct);
        var sample = products.OrderBy(p => p.Price).ThenBy(p => p.Name).Take(PreviewSize).ToList();
        var now = await pricing.PricesAsync(sample.Select(p => p.Id).ToList(), ct);
        var rows = sample.Select(p =>
        {
            var current = now.GetValueOrDefault(p.Id);
            return new CampaignPreviewRow(p.Id, p.Name, p.Slug, p.Price,
                p.Price - DiscountMath.DiscountOn(p.Price, campaign.DiscountKind, campaign.DiscountValue, campaign.MaxDiscountPerUnit),
                current?.Price ?? p.Price, current?.IsDiscounted == true ? Cultures.Pick(current.CampaignName ?? "", current.CampaignNameEn) : null);
        }).ToList();
        return new CampaignPreview(ids.Count, rows, optIns, products.Min(p => p.Price));
    }

    /// <summary>Creates or updates the campaign; errors go to <paramref name="state"/>. Returns the id, or null when it does not exist.</summary>
    public async Task<int?> SaveAsync(CampaignForm form, IFormFile? banner, ModelStateDictionary state, CancellationToken ct)
    {
        var slug = string.IsNullOrWhiteSpace(form.Slug) ? SlugGenerator.Generate(form.Name ?? "") : form.Slug.Trim().ToLowerInvariant();
        if (!SlugGenerator.IsValid(slug))
            state.AddModelError(nameof(form.Slug), l["Use lower-case letters without accents, digits and hyphens only."]);
        else if (await db.Campaigns.AnyAsync(c => c.Slug == slug && c.Id != form.Id, ct))
            state.AddModelError(nameof(form.Slug), l["Another campaign already uses this address."]);

        var startsAt = ParseLocal(form.StartsAt);
        var endsAt = ParseLocal(form.EndsAt);
        if (!string.IsNullOrWhiteSpace(form.StartsAt) && startsAt is null) state.AddModelError(nameof(form.StartsAt), l["Enter a date and time, e.g. 01/12/2026 00:00."]);
        if (!string.IsNullOrWhiteSpace(form.EndsAt) && endsAt is null) state.AddModelError(nameof(form.EndsAt), l["Enter a date and time, e.g. 01/12/2026 00:00."]);
        if (startsAt is not null && endsAt is not null && endsAt <= startsAt)
            state.AddModelError(nameof(form.EndsAt), l["The end must be after the start."]);

        if (form.DiscountKind == DiscountKind.Percent && form.DiscountValue is > PercentMax)
            state.AddModelError(nameof(form.DiscountValue), l["A percentage discount must be between 1 and {0}%.", PercentMax]);
        if (!Enum.IsDefined(form.DiscountKind)) state.AddModelError(nameof(form.DiscountKind), l["Choose the kind of discount."]);
        if (!Enum.IsDefined(form.Scope)) state.AddModelError(nameof(form.Scope), l["Choose which products the campaign covers."]);

        List<int> productIds = [];
        int? unitId = null;
        if (form.Scope == CampaignScope.Products)
        {
            var wanted = form.ProductIds.Distinct().ToList();
            var found = await db.Products.AsNoTracking().Where(p => wanted.Contains(p.Id)).Select(p => new { p.Id, p.Price }).ToListAsync(ct);
            productIds = found.Select(p => p.Id).ToList();
            if (productIds.Count == 0) state.AddModelError(nameof(form.ProductIds), l["Pick at least one product."]);
            else if (form.DiscountKind == DiscountKind.Amount && form.DiscountValue is long amount && found.Min(p => p.Price) is var cheapest && amount >= cheapest)
                state.AddModelError(nameof(form.DiscountValue), l["The amount must be below the price of the cheapest picked product ({0}).", Vnd.Format(cheapest)]);
        }
        else
        {
            if (form.RuleProvinceId is int provinceId && !await places.IsProvinceAsync(provinceId, ct))
                state.AddModelError(nameof(form.RuleProvinceId), l["Choose a province from the list."]);
            if (form.RuleCommuneId is int communeId)
            {
                if (form.RuleProvinceId is not int p || !await places.IsCommuneOfAsync(communeId, p, ct))
                    state.AddModelError(nameof(form.RuleCommuneId), l["Choose a commune of the chosen province."]);
            }
            unitId = form.RuleCommuneId ?? form.RuleProvinceId;
            if (form.RuleCategoryId is int categoryId && !await db.Categories.AnyAsync(c => c.Id == categoryId, ct))
                state.AddModelError(nameof(form.RuleCategoryId), l["Choose a product group from the list."]);
        }
        if (!state.IsValid) return form.Id;

        Campaign? campaign;
        var now = time.GetUtcNow();
        if (form.IsNew)
        {
            campaign = new Campaign { CreatedAt = now };
            db.Campaigns.Add(campaign);
        }
        else
        {
            campaign = await db.Campaigns.Include(c => c.Products).FirstOrDefaultAsync(c => c.Id == form.Id, ct);
            if (campaign is null) return null;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var image = await replaceable.ApplyAsync(banner, form.RemoveBanner, campaign.BannerMediaFileId, "banner", state, ct);
        if (!image.Succeeded) return form.Id;
        campaign.BannerMediaFileId = image.MediaFileId;

        campaign.Name = form.Name!.Trim();
        campaign.NameEn = Blank(form.NameEn);
        campaign.Slug = slug;
        campaign.Summary = form.Summary!.Trim();
        campaign.SummaryEn = Blank(form.SummaryEn);
        campaign.Description = sanitizer.Sanitize(form.Description ?? "");
        campaign.DescriptionEn = sanitizer.Sanitize(form.DescriptionEn ?? "") is { Length: > 0 } en ? en : null;
        campaign.StartsAt = startsAt!.Value;
        campaign.EndsAt = endsAt!.Value;
        campaign.Scope = form.Scope;
        campaign.RuleMinStars = form.Scope == CampaignScope.Rule ? form.RuleMinStars : null;
        campaign.RuleAdminUnitId = form.Scope == CampaignScope.Rule ? unitId : null;
        campaign.RuleCategoryId = form.Scope == CampaignScope.Rule ? form.RuleCategoryId : null;
        campaign.DiscountKind = form.DiscountKind;
        campaign.DiscountValue = form.DiscountValue!.Value;
        campaign.MaxDiscountPerUnit = form.DiscountKind == DiscountKind.Percent ? form.MaxDiscountPerUnit : null;
        campaign.RequiresProducerOptIn = form.RequiresProducerOptIn;
        campaign.IsPublished = form.IsPublished;
        campaign.UpdatedAt = now;
        // The picked set is replaced as a whole; a rule campaign keeps none.
        var keep = form.Scope == CampaignScope.Products ? productIds : [];
        campaign.Products.RemoveAll(p => !keep.Contains(p.ProductId));
        foreach (var id in keep.Where(id => campaign.Products.All(p => p.ProductId != id)))
            campaign.Products.Add(new CampaignProduct { ProductId = id });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await ChangedAsync(ct);
        return campaign.Id;
    }

    public enum DeleteOutcome { Deleted, NotFound, HasSales }

    /// <summary>Deletes a campaign no order line refers to; one with sales must be unpublished instead (orders keep its id).</summary>
    public async Task<DeleteOutcome> DeleteAsync(int id, CancellationToken ct)
    {
        var campaign = await db.Campaigns.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null) return DeleteOutcome.NotFound;
        if (await db.OrderLines.AnyAsync(x => x.CampaignId == id, ct)) return DeleteOutcome.HasSales;
        db.Campaigns.Remove(campaign); // picked products and opt-ins cascade; coupons lose the link
        await db.SaveChangesAsync(ct);
        await ChangedAsync(ct);
        return DeleteOutcome.Deleted;
    }

    /// <summary>Storefront pages show campaign prices: evict them, and let the scheduler see the new periods.</summary>
    private async Task ChangedAsync(CancellationToken ct)
    {
        await pages.EvictByTagAsync(CacheTags.Storefront, ct);
        schedule.Changed();
    }

    /// <summary>"2026-12-01T00:00" in Việt Nam time, as a datetime-local input shows it.</summary>
    public static string Local(DateTimeOffset at) => at.ToVietnam().ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "dd/MM/yyyy HH:mm", "d/M/yyyy H:mm", "yyyy-MM-dd", "dd/MM/yyyy"];

    /// <summary>A Việt Nam local date-time typed or picked in the form, as an instant; null when it cannot be read.</summary>
    public static DateTimeOffset? ParseLocal(string? text) =>
        DateTime.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, VietnamTime.Offset).ToUniversalTime()
            : null;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
