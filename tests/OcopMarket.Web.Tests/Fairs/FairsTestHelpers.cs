using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Fairs;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Fairs;

/// <summary>Fairs made by the tests (names start with "Thử nghiệm"), removed again afterwards; and the storefront cache.</summary>
internal static class FairsTestHelpers
{
    public const string TestPrefix = "Thử nghiệm hội chợ ";

    public static async Task<TradeFair> CreateFairAsync(this OcopWebFactory site, DateOnly starts, DateOnly ends, bool published = true)
    {
        var name = TestPrefix + Guid.NewGuid().ToString("N")[..8];
        var fair = new TradeFair
        {
            Name = name, Slug = "thu-nghiem-" + Guid.NewGuid().ToString("N")[..10], Summary = "Tóm tắt thử nghiệm", Description = "<p>Giới thiệu</p>",
            StartsOn = starts, EndsOn = ends, OpeningHours = "08:00–21:00", VenueName = "Nhà văn hóa thử", VenueAddress = "Số 1, phố Thử",
            Latitude = 19.8, Longitude = 105.77, IsPublished = published, CreatedAt = site.Time.GetUtcNow(), UpdatedAt = site.Time.GetUtcNow(),
        };
        await site.DbAsync(async db =>
        {
            db.TradeFairs.Add(fair);
            await db.SaveChangesAsync();
        });
        return fair;
    }

    public static Task DeleteTestFairsAsync(this OcopWebFactory site) =>
        site.DbAsync(async db =>
        {
            var fairs = await db.TradeFairs.Include(f => f.Booths).ThenInclude(b => b.Products).Where(f => f.Name.StartsWith(TestPrefix) || f.Name.StartsWith("Hội chợ thử ")).ToListAsync();
            db.TradeFairs.RemoveRange(fairs);
            await db.SaveChangesAsync();
        });

    /// <summary>Drops the cached storefront pages, as an office edit does (for tests that move the clock).</summary>
    public static async Task EvictStorefrontAsync(this OcopWebFactory site)
    {
        var store = site.Services.GetRequiredService<IOutputCacheStore>();
        await store.EvictByTagAsync(CacheTags.Storefront, default);
    }
}
