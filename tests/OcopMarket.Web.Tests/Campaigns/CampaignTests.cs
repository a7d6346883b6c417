using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Common;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Promotions;
using OcopMarket.Web.Features.Campaigns;
using OcopMarket.Web.Framework.Models;
using OcopMarket.Web.Tests.Account;
using OcopMarket.Web.Tests.Checkout;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.Portal;
using OcopMarket.Web.Tests.SystemAdmin;

namespace OcopMarket.Web.Tests.Campaigns;

/// <summary>
/// Promotion campaigns end to end: which products a rule covers, the price a buyer pays (best of several, caps, never
/// below 0, producer opt-in), prices changing by the clock on cached pages, orders, the office's form and the portal.
/// </summary>
public abstract class CampaignTests(OcopWebFactory site)
{
    protected OcopWebFactory Site { get; } = site;

    private static string Price(IDocument page) => page.QuerySelector("[data-testid='price-block'] .price")!.TextContent.Trim();

    [Fact]
    public async Task Rules_match_by_stars_province_commune_and_group()
    {
        await using var kit = new CampaignTestKit(Site);
        // A: Bình Sơn (Thanh Hóa; recorded in a pre-2025 commune), food 1.1, 4★. B: Hòa Cư (Lạng Sơn), 1.1, 3★. C: Bình Sơn, craft 4.1, no rating.
        var a = await kit.ProductAsync("htx-nong-nghiep-binh-son", 100_000, stars: 4);
        var b = await kit.ProductAsync("htx-san-xuat-va-kinh-doanh-qua-sach-hoa-cu", 100_000, stars: 3);
        var c = await kit.ProductAsync("htx-nong-nghiep-binh-son", 100_000, categoryCode: "4.1");
        var (thanhHoa, communeToday, foodGroup) = await Site.DbAsync(async db => (
            await db.AdminUnits.Where(u => u.Code == "P38").Select(u => u.Id).SingleAsync(),
            await db.Producers.Where(p => p.Slug == "htx-nong-nghiep-binh-son").Select(p => p.Commune!.SuccessorId!.Value).SingleAsync(),
            await db.Categories.Where(x => x.Code == "1").Select(x => x.Id).SingleAsync()));

        // Unpublished: coverage is asked directly, no storefront price changes.
        var stars = await kit.CampaignAsync(x => { x.Scope = CampaignScope.Rule; x.RuleMinStars = 4; });
        var province = await kit.CampaignAsync(x => { x.Scope = CampaignScope.Rule; x.RuleAdminUnitId = thanhHoa; });
        var commune = await kit.CampaignAsync(x => { x.Scope = CampaignScope.Rule; x.RuleAdminUnitId = communeToday; });
        var group = await kit.CampaignAsync(x => { x.Scope = CampaignScope.Rule; x.RuleCategoryId = foodGroup; });
        var all = await kit.CampaignAsync(x => { x.Scope = CampaignScope.Rule; x.RuleMinStars = 3; x.RuleAdminUnitId = thanhHoa; x.RuleCategoryId = foodGroup; });

        void Covers(IReadOnlyList<int> covered, bool ina, bool inb, bool inc)
        {
            Assert.Equal(ina, covered.Contains(a.Id));
            Assert.Equal(inb, covered.Contains(b.Id));
            Assert.Equal(inc, covered.Contains(c.Id));
        }
        Covers(await kit.CoveredAsync(stars.Id), true, false, false);
        Covers(await kit.CoveredAsync(province.Id), true, false, true);
        Covers(await kit.CoveredAsync(commune.Id), true, false, true); // today's commune covers producers recorded in a unit merged into it
        Covers(await kit.CoveredAsync(group.Id), true, true, false); // a group covers its subgroups
        Covers(await kit.CoveredAsync(all.Id), true, false, false);

        // Unpublished campaigns change no price (A may still be in the demo's live 4★ Thanh Hóa week).
        var mine = new[] { stars.Id, province.Id, commune.Id, group.Id, all.Id };
        var prices = await kit.PricesAsync(a.Id, b.Id, c.Id);
        Assert.All(prices.Values, p => Assert.DoesNotContain(p.CampaignId ?? 0, mine));
        Assert.False(prices[b.Id].IsDiscounted);
    }

    [Fact]
    public async Task Best_campaign_wins_caps_apply_amounts_stop_at_zero_and_opt_in_gates()
    {
        await using var kit = new CampaignTestKit(Site);
        var hoaCu = await SystemAdminTestHelpers.ProducerIdAsync(Site, "htx-san-xuat-va-kinh-doanh-qua-sach-hoa-cu");
        var dear = await kit.ProductAsync("htx-san-xuat-va-kinh-doanh-qua-sach-hoa-cu", 200_000);
        var cheap = await kit.ProductAsync("htx-san-xuat-va-kinh-doanh-qua-sach-hoa-cu", 20_000);

        var capped = await kit.CampaignAsync(x =>
        {
            x.IsPublished = true; x.DiscountValue = 20; x.MaxDiscountPerUnit = 25_000; // 20% of 200.000 = 40.000, capped at 25.000
            x.Products = [new CampaignProduct { ProductId = dear.Id }];
        });
        var prices = await kit.PricesAsync(dear.Id, cheap.Id);
        Assert.Equal(175_000, prices[dear.Id].Price);
        Assert.Equal(capped.Id, prices[dear.Id].CampaignId);
        Assert.False(prices[cheap.Id].IsDiscounted);

        var amount = await kit.CampaignAsync(x =>
        {
            x.IsPublished = true; x.DiscountKind = DiscountKind.Amount; x.DiscountValue = 30_000;
            x.Products = [new CampaignProduct { ProductId = dear.Id }, new CampaignProduct { ProductId = cheap.Id }];
        });
        prices = await kit.PricesAsync(dear.Id, cheap.Id);
        Assert.Equal(170_000, prices[dear.Id].Price); // 30.000 beats the capped 25.000; never both
        Assert.Equal(amount.Id, prices[dear.Id].CampaignId);
        Assert.Equal(0, prices[cheap.Id].Price); // 30.000 off a 20.000 product: free, never below 0
        Assert.Equal(20_000, prices[cheap.Id].ListPrice);

        var optIn = await kit.CampaignAsync(x =>
        {
            x.IsPublished = true; x.RequiresProducerOptIn = true; x.DiscountValue = 50;
            x.Products = [new CampaignProduct { ProductId = dear.Id }];
        });
        Assert.Equal(170_000, (await kit.PricesAsync(dear.Id))[dear.Id].Price); // not opted in: no discount from it
        await Site.DbAsync(async db =>
        {
            db.CampaignOptIns.Add(new CampaignOptIn { CampaignId = optIn.Id, ProducerId = hoaCu, OptedInAt = kit.Now });
            await db.SaveChangesAsync();
        });
        Assert.Equal(100_000, (await kit.PricesAsync(dear.Id))[dear.Id].Price);
        Assert.Equal(optIn.Id, (await kit.PricesAsync(dear.Id))[dear.Id].CampaignId);

        // The storefront shows the same price, the struck list price and the campaign with its last minute.
        await kit.EvictAsync();
        var page = await Site.CreateClient().GetDocumentAsync("/san-pham/" + dear.Slug);
        Assert.Equal(Vnd.Format(100_000), Price(page));
        Assert.Equal(Vnd.Format(200_000), page.QuerySelector("[data-testid='price-block'] .price-was")!.TextContent.Trim());
        var note = page.QuerySelector("[data-testid='campaign-note']")!;
        Assert.Equal("/chien-dich/" + optIn.Slug, note.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(CampaignTexts.LastMinute(optIn.EndsAt), note.TextContent, StringComparison.Ordinal);
        var jsonLd = page.QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.Contains("\"price\":100000", jsonLd, StringComparison.Ordinal);
        Assert.Contains("\"priceValidUntil\":\"" + optIn.EndsAt.ToVietnam().AddMinutes(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "\"", jsonLd, StringComparison.Ordinal);

        // Cards on the producer's page carry the same price and the "-50%" badge.
        var producer = await Site.CreateClient().GetDocumentAsync("/chu-the/htx-san-xuat-va-kinh-doanh-qua-sach-hoa-cu");
        var card = producer.QuerySelectorAll("article.product-card").Single(x => x.QuerySelector($"a[href='/san-pham/{dear.Slug}']") is not null);
        Assert.Equal(Vnd.Format(100_000), card.QuerySelector(".price")!.TextContent.Trim());
        Assert.Equal("-50%", card.QuerySelector("[data-testid='discount-badge']")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_campaign_starts_and_ends_by_the_clock_on_a_cached_page_with_nobody_pressing_a_button()
    {
        await using var kit = new CampaignTestKit(Site);
        var product = await kit.ProductAsync("htx-san-xuat-va-kinh-doanh-qua-sach-hoa-cu", 80_000);
        var startsAt = kit.Now.AddMinutes(2);
        await kit.CampaignAsync(x =>
        {
            x.IsPublished = true; x.DiscountValue = 25; x.StartsAt = startsAt; x.EndsAt = startsAt.AddMinutes(2);
            x.Products = [new CampaignProduct { ProductId = product.Id }];
        });
        var boundaries = Site.Services.GetRequiredService<CampaignBoundaryService>();
        var visitor = Site.CreateClient();
        var url = "/san-pham/" + product.Slug;

        Assert.Equal(Vnd.Format(80_000), Price(await visitor.GetDocumentAsync(url)));
        // The page is cached now: a price edited behind the site's back does not show...
        await Site.DbAsync(db => db.Products.Where(p => p.Id == product.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Price, 100_000L)));
        Assert.Equal(Vnd.Format(80_000), Price(await visitor.GetDocumentAsync(url)));

        // The clock is shared by the collection: put it back afterwards (AdjustTime may go back; SetUtcNow may not).
        var clockBefore = Site.Time.GetUtcNow();
        try
        {
            // ...until the campaign starts: the boundary service evicts the cached page at that moment.
            Site.Time.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(30));
            await boundaries.WhenCheckedAsync(Site.Time.GetUtcNow()).WaitAsync(TimeSpan.FromSeconds(30));
            var during = await visitor.GetDocumentAsync(url);
            Assert.Equal(Vnd.Format(75_000), Price(during));
            Assert.NotNull(during.QuerySelector("[data-testid='campaign-note']"));

            // And when it ends, the normal price comes back by itself.
            Site.Time.Advance(TimeSpan.FromMinutes(2));
            await boundaries.WhenCheckedAsync(Site.Time.GetUtcNow()).WaitAsync(TimeSpan.FromSeconds(30));
            var after = await visitor.GetDocumentAsync(url);
            Assert.Equal(Vnd.Format(100_000), Price(after));
            Assert.Null(after.QuerySelector("[data-testid='campaign-note']"));
        }
        finally
        {
            Site.Time.AdjustTime(clockBefore);
        }
    }

    [Fact]
    public async Task An_order_placed_during_a_campaign_keeps_list_price_campaign_and_unit_price_and_the_campaign_cannot_be_deleted()
    {
        await using var kit = new CampaignTestKit(Site);
        await using var shop = new CheckoutTestKit(Site);
        var product = await shop.ProductAsync("binh-son", 150_000, stock: 20);
        var campaign = await kit.CampaignAsync(x =>
        {
            x.IsPublished = true; x.DiscountValue = 20;
            x.Products = [new CampaignProduct { ProductId = product.Id }];
        });

        var (client, _) = Site.CreateClientWithCookies();
        using var __ = client;
        await CheckoutTestKit.AddOkAsync(client, product, 2);
        var cart = await CheckoutTestKit.CartAsync(client);
        var line = CheckoutTestKit.Line(cart, product)!;
        Assert.Equal(Vnd.Format(120_000), line.QuerySelector(".price-unit")!.TextContent.Trim());
        Assert.Equal(Vnd.Format(150_000), line.QuerySelector(".price-was")!.TextContent.Trim());
        Assert.Null(line.QuerySelector("[data-testid='price-changed']")); // the price seen when adding is the campaign's
        Assert.Equal(Vnd.Format(240_000), cart.QuerySelector("[data-testid='cart-subtotal']")!.TextContent.Trim());

        var (response, _) = await CheckoutTestKit.PlaceAsync(client, await shop.CheckoutReadyAsync(client));
        using (response) Assert.StartsWith("/don-hang/", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        var ordered = await Site.DbAsync(db => db.OrderLines.AsNoTracking().SingleAsync(l => l.ProductId == product.Id));
        Assert.Equal(150_000, ordered.ListPrice);
        Assert.Equal(120_000, ordered.UnitPrice);
        Assert.Equal(campaign.Id, ordered.CampaignId);

        // The office cannot delete a campaign with sales: it is told to unpublish it.
        var (admin, _) = await Site.CreateSignedInClientAsync(Roles.TradePromotion);
        var edit = await admin.GetDocumentAsync($"/admin/chien-dich/{campaign.Id}");
        Assert.Null(edit.QuerySelector("form#delete-campaign"));
        var token = await admin.GetAntiforgeryTokenAsync($"/admin/chien-dich/{campaign.Id}");
        using (var r = await admin.PostFormAsync($"/admin/chien-dich/{campaign.Id}/xoa", [new(SiteTestHelpers.AntiforgeryField, token)]))
        {
            var page = await r.ReadDocumentAsync();
            Assert.Contains("không thể xóa", page.Body!.TextContent, StringComparison.Ordinal);
        }
        Assert.True(await Site.DbAsync(db => db.Campaigns.AnyAsync(c => c.Id == campaign.Id)));
    }

    [Fact]
    public async Task The_office_form_validates_creates_with_picked_products_evicts_the_storefront_and_deletes()
    {
        await using var kit = new CampaignTestKit(Site);
        var product = await kit.ProductAsync("htx-san-xuat-va-kinh-doanh-qua-sach-hoa-cu", 120_000);
        var visitor = Site.CreateClient();
        Assert.Equal(Vnd.Format(120_000), Price(await visitor.GetDocumentAsync("/san-pham/" + product.Slug))); // cached now

        var (admin, _) = await Site.CreateSignedInClientAsync(Roles.TradePromotion);
        var form = await admin.GetDocumentAsync("/admin/chien-dich/them");
        var name = "Tuần hàng thử " + Guid.NewGuid().ToString("N")[..6];
        var start = Core.Common.VietnamTime.Today(Site.Time);
        var fields = new List<(string, string?)>
        {
            ("Name", name), ("Summary", "Giảm giá thử."), ("Description", "<p>Mô tả <script>alert(1)</script><b>đậm</b></p>"),
            ("StartsAt", start.ToString("yyyy-MM-dd") + "T00:00"), ("EndsAt", start.ToString("yyyy-MM-dd") + "T00:00"),
            ("Scope", "Products"), ("ProductIds", product.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("DiscountKind", "Percent"), ("DiscountValue", "95"), ("IsPublished", "true"),
        };

        // End not after start, a percentage over 90: refused with the messages, nothing saved.
        using (var r = await admin.SubmitMultipartFormAsync(form, "form#campaign-form", fields))
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            var page = await r.ReadDocumentAsync();
            Assert.Equal("Thời điểm kết thúc phải sau thời điểm bắt đầu.", SystemAdminTestHelpers.FieldError(page, "EndsAt"));
            Assert.Equal("Mức giảm theo phần trăm phải từ 1 đến 90%.", SystemAdminTestHelpers.FieldError(page, "DiscountValue"));
        }
        Assert.False(await Site.DbAsync(db => db.Campaigns.AnyAsync(c => c.Name == name)));

        // An amount not below the picked product's price is refused too.
        fields = [.. fields.Where(f => f.Item1 is not ("EndsAt" or "DiscountValue" or "DiscountKind")),
            ("EndsAt", start.AddDays(3).ToString("yyyy-MM-dd") + "T00:00"), ("DiscountKind", "Amount"), ("DiscountValue", "120000")];
        using (var r = await admin.SubmitMultipartFormAsync(form, "form#campaign-form", fields))
            Assert.NotNull(SystemAdminTestHelpers.FieldError(await r.ReadDocumentAsync(), "DiscountValue"));

        fields = [.. fields.Where(f => f.Item1 is not ("DiscountValue" or "DiscountKind")), ("DiscountKind", "Percent"), ("DiscountValue", "15")];
        IDocument saved;
        using (var r = await admin.SubmitMultipartFormAsync(form, "form#campaign-form", fields))
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Matches("^/admin/chien-dich/[0-9]+$", r.RequestMessage!.RequestUri!.AbsolutePath);
            saved = await r.ReadDocumentAsync();
        }
        var campaign = await Site.DbAsync(db => db.Campaigns.AsNoTracking().Include(c => c.Products).SingleAsync(c => c.Name == name));
        kit.Track(campaign.Id);
        Assert.Equal(SlugGenerator.Generate(name), campaign.Slug);
        Assert.Equal(new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), VietnamTime.Offset), campaign.StartsAt);
        Assert.DoesNotContain("<script", campaign.Description, StringComparison.OrdinalIgnoreCase);
        Assert.Equal([product.Id], campaign.Products.Select(p => p.ProductId));
        // The preview: one product, 120.000 → 102.000.
        Assert.Equal("1", saved.QuerySelector("[data-covered]")!.GetAttribute("data-covered"));
        Assert.Contains(Vnd.Format(102_000), saved.QuerySelector("#preview-prices")!.TextContent, StringComparison.Ordinal);

        // Saving evicted the cached product page: the visitor sees the campaign price at once.
        Assert.Equal(Vnd.Format(102_000), Price(await visitor.GetDocumentAsync("/san-pham/" + product.Slug)));

        // The list finds it under "Live"; not under "Ended".
        var live = await admin.GetDocumentAsync("/admin/chien-dich?status=Live&q=" + Uri.EscapeDataString(name));
        Assert.NotNull(live.QuerySelector($"#campaign-list tr[data-campaign='{campaign.Id}']"));
        var ended = await admin.GetDocumentAsync("/admin/chien-dich?status=Ended&q=" + Uri.EscapeDataString(name));
        Assert.Null(ended.QuerySelector($"#campaign-list tr[data-campaign='{campaign.Id}']"));

        // Without sales it can be deleted, and the price goes back.
        using (var r = await admin.SubmitFormAsync(saved, "form#delete-campaign"))
            Assert.Equal("/admin/chien-dich", r.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.False(await Site.DbAsync(db => db.Campaigns.AnyAsync(c => c.Id == campaign.Id)));
        Assert.Equal(Vnd.Format(120_000), Price(await visitor.GetDocumentAsync("/san-pham/" + product.Slug)));

        // Other roles may not open the editor.
        var (inspector, _) = await Site.CreateSignedInRawClientAsync(Roles.Inspector);
        using (var r = await inspector.GetAsync(new Uri("/admin/chien-dich", UriKind.Relative))) Assert.True(r.IsDenied());
    }

    [Fact]
    public async Task A_producer_opts_in_and_out_for_itself_only()
    {
        await using var kit = new CampaignTestKit(Site);
        var hoaCu = await SystemAdminTestHelpers.ProducerIdAsync(Site, "htx-san-xuat-va-kinh-doanh-qua-sach-hoa-cu");
        var binhSon = await SystemAdminTestHelpers.ProducerIdAsync(Site, "htx-nong-nghiep-binh-son");
        var mine = await kit.ProductAsync("htx-san-xuat-va-kinh-doanh-qua-sach-hoa-cu", 90_000);
        var campaign = await kit.CampaignAsync(x =>
        {
            x.IsPublished = true; x.RequiresProducerOptIn = true; x.DiscountValue = 30; x.EndsAt = kit.Now.AddDays(10);
            x.Products = [new CampaignProduct { ProductId = mine.Id }];
        });
        var open = await kit.CampaignAsync(x => x.IsPublished = true); // live, no opt-in needed (and covering nothing)

        var (producer, _) = await Site.CreateSignedInClientAsync(Roles.Producer, hoaCu);
        var page = await producer.GetDocumentAsync("/portal/chien-dich");
        var section = page.QuerySelector($"#campaign-{campaign.Id}")!;
        Assert.Equal("false", section.GetAttribute("data-opted-in"));
        Assert.Contains(Vnd.Format(63_000), section.QuerySelector($"tr[data-product='{mine.Id}']")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"#campaign-{open.Id}")); // no opt-in needed: not listed

        // Joining: a producer id slipped into the form is ignored, the opt-in is the signed-in producer's own.
        var visitor = Site.CreateClient();
        Assert.Equal(Vnd.Format(90_000), Price(await visitor.GetDocumentAsync("/san-pham/" + mine.Slug)));
        using (var r = await producer.SubmitFormAsync(page, $"#campaign-{campaign.Id} form.opt-in-form", new Dictionary<string, string?> { ["ProducerId"] = binhSon.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var optIns = await Site.DbAsync(db => db.CampaignOptIns.AsNoTracking().Where(o => o.CampaignId == campaign.Id).ToListAsync());
        Assert.Equal([hoaCu], optIns.Select(o => o.ProducerId));
        Assert.Equal(Vnd.Format(63_000), Price(await visitor.GetDocumentAsync("/san-pham/" + mine.Slug))); // cache evicted

        // A campaign that needs no opt-in, or none at all: 404.
        var token = await producer.GetAntiforgeryTokenAsync("/portal/chien-dich");
        using (var r = await producer.PostFormAsync($"/portal/chien-dich/{open.Id}/tham-gia", [new(SiteTestHelpers.AntiforgeryField, token)]))
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        using (var r = await producer.PostFormAsync("/portal/chien-dich/999999/tham-gia", [new(SiteTestHelpers.AntiforgeryField, token)]))
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);

        // Leaving puts the price back.
        page = await producer.GetDocumentAsync("/portal/chien-dich");
        Assert.Equal("true", page.QuerySelector($"#campaign-{campaign.Id}")!.GetAttribute("data-opted-in"));
        using (var r = await producer.SubmitFormAsync(page, $"#campaign-{campaign.Id} form.opt-out-form")) Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.False(await Site.DbAsync(db => db.CampaignOptIns.AnyAsync(o => o.CampaignId == campaign.Id)));
        Assert.Equal(Vnd.Format(90_000), Price(await visitor.GetDocumentAsync("/san-pham/" + mine.Slug)));
    }

    [Fact]
    public async Task Public_pages_list_current_campaigns_and_an_ended_one_shows_normal_prices()
    {
        await using var kit = new CampaignTestKit(Site);
        var product = await kit.ProductAsync("htx-san-xuat-va-kinh-doanh-qua-sach-hoa-cu", 70_000);
        var ended = await kit.CampaignAsync(x =>
        {
            x.IsPublished = true; x.DiscountValue = 40; x.StartsAt = kit.Now.AddDays(-10); x.EndsAt = kit.Now.AddDays(-1);
            x.Products = [new CampaignProduct { ProductId = product.Id }];
        });
        var upcoming = await kit.CampaignAsync(x =>
        {
            x.IsPublished = true; x.StartsAt = kit.Now.AddDays(5); x.EndsAt = kit.Now.AddDays(9);
            x.Products = [new CampaignProduct { ProductId = product.Id }];
        });
        var draft = await kit.CampaignAsync(x => x.Products = [new CampaignProduct { ProductId = product.Id }]);
        var visitor = Site.CreateClient();

        var list = await visitor.GetDocumentAsync("/chien-dich");
        Assert.NotNull(list.QuerySelector($"[data-campaign='{DemoCampaigns.LiveSlug}'][data-status='Live']"));
        Assert.NotNull(list.QuerySelector($"[data-campaign='{upcoming.Slug}'][data-status='Upcoming']"));
        Assert.Null(list.QuerySelector($"[data-campaign='{ended.Slug}']"));
        Assert.Null(list.QuerySelector($"[data-campaign='{draft.Slug}']"));

        // The home page shows the live demo campaign's banner under the hero.
        var home = await visitor.GetDocumentAsync("/");
        Assert.NotNull(home.QuerySelector($"#home-campaigns a[href='/chien-dich/{DemoCampaigns.LiveSlug}']"));

        var page = await visitor.GetDocumentAsync("/chien-dich/" + ended.Slug);
        Assert.Contains("Chương trình đã kết thúc", page.QuerySelector("[data-testid='campaign-ended']")!.TextContent, StringComparison.Ordinal);
        var card = page.QuerySelector("#campaign-product-grid article.product-card")!;
        Assert.Equal(Vnd.Format(70_000), card.QuerySelector(".price")!.TextContent.Trim());
        Assert.Null(card.QuerySelector("[data-testid='discount-badge']"));

        // The live demo landing page: the countdown and campaign prices.
        var demo = await visitor.GetDocumentAsync("/chien-dich/" + DemoCampaigns.LiveSlug);
        Assert.Contains("31/01/2027 23:59", demo.QuerySelector("[data-testid='campaign-countdown']")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(demo.QuerySelectorAll("#campaign-product-grid [data-testid='discount-badge']"));

        using (var r = await visitor.GetAsync(new Uri("/chien-dich/" + draft.Slug, UriKind.Relative))) Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        using (var r = await visitor.GetAsync(new Uri("/chien-dich/khong-co-chien-dich-nay", UriKind.Relative))) Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
    }
}

[Collection(Collections.Sqlite)]
public sealed class CampaignTestsSqlite(SqliteWebFactory site) : CampaignTests(site);

[Collection(Collections.Postgres)]
public sealed class CampaignTestsPostgres(PostgresWebFactory site) : CampaignTests(site);
