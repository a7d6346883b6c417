using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Promotions;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.Portal;
using OcopMarket.Web.Tests.SystemAdmin;

namespace OcopMarket.Web.Tests.Campaigns;

/// <summary>
/// Campaign tests' own rows: products (optionally certified, in a chosen category) and campaigns, all removed afterwards
/// so later tests see the demo's prices. Campaigns are created straight in the tables unless a test drives the form.
/// </summary>
internal sealed class CampaignTestKit(OcopWebFactory site) : IAsyncDisposable
{
    private readonly List<int> products = [];
    private readonly List<int> campaigns = [];

    public OcopWebFactory Site => site;

    public DateTimeOffset Now => site.Time.GetUtcNow();

    public async Task<Product> ProductAsync(string producerSlug, long price, int? stars = null, string categoryCode = "1.1")
    {
        var producerId = await SystemAdminTestHelpers.ProducerIdAsync(site, producerSlug);
        var product = await site.CreateProductAsync(producerId, "Hàng thử chiến dịch " + Guid.NewGuid().ToString("N")[..6], price: price);
        products.Add(product.Id);
        await site.DbAsync(async db =>
        {
            var category = await db.Categories.Where(c => c.Code == categoryCode).Select(c => c.Id).SingleAsync();
            await db.Products.Where(p => p.Id == product.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.CategoryId, category));
            if (stars is int s)
            {
                var today = Core.Common.VietnamTime.Today(site.Time);
                db.Certificates.Add(new Certificate
                {
                    ProductId = product.Id, DecisionNumber = "TEST/" + product.Id, IssuingBody = "UBND tỉnh (thử)", CouncilLevel = CouncilLevel.Province,
                    Stars = s, Score = 80, IssuedOn = today.AddMonths(-3), ExpiresOn = today.AddMonths(33),
                });
                await db.SaveChangesAsync();
            }
        });
        return product;
    }

    /// <summary>A campaign in the tables (unpublished unless told), live for a day around now unless a period is given.</summary>
    public async Task<Campaign> CampaignAsync(Action<Campaign> set)
    {
        var campaign = new Campaign
        {
            Name = "Chiến dịch thử " + Guid.NewGuid().ToString("N")[..6],
            Summary = "Chiến dịch của bộ kiểm thử.",
            StartsAt = Now.AddHours(-1),
            EndsAt = Now.AddDays(1),
            DiscountKind = DiscountKind.Percent,
            DiscountValue = 10,
            CreatedAt = Now,
            UpdatedAt = Now,
        };
        set(campaign);
        if (campaign.Slug.Length == 0) campaign.Slug = Core.Common.SlugGenerator.Generate(campaign.Name);
        await site.DbAsync(async db =>
        {
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
        });
        campaigns.Add(campaign.Id);
        await EvictAsync();
        return campaign;
    }

    public void Track(int campaignId) => campaigns.Add(campaignId);

    public Task<IReadOnlyDictionary<int, ProductPrice>> PricesAsync(params int[] ids) => WithPricing(p => p.PricesAsync(ids));

    public Task<IReadOnlyList<int>> CoveredAsync(int campaignId) => WithPricing(p => p.ProductIdsAsync(campaignId));

    public Task EvictAsync() => site.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Framework.CacheTags.Storefront, default).AsTask();

    private async Task<T> WithPricing<T>(Func<CampaignPricing, Task<T>> work)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CampaignPricing>());
    }

    public async ValueTask DisposeAsync()
    {
        var ids = campaigns.ToArray();
        await site.DbAsync(db => db.Campaigns.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync());
        if (products.Count > 0) await site.DeleteProductsAsync(products.ToArray());
        await EvictAsync();
    }
}
