using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Reviews;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.Portal;

namespace OcopMarket.Web.Tests.Reviews;

/// <summary>Reviews end to end: who may write, moderation, the product page and its JSON-LD, producer replies.</summary>
public abstract class ReviewsTests(OcopWebFactory site)
{
    protected OcopWebFactory Site { get; } = site;

    [Fact]
    public async Task A_non_buyer_and_a_buyer_whose_parcel_is_not_delivered_are_refused()
    {
        var product = await Site.ProductAsync("refused");
        try
        {
            var (stranger, strangerUser) = await Site.CreateSignedInClientAsync(Roles.Customer);
            using (stranger)
            {
                var page = await stranger.GetDocumentAsync(ReviewTestKit.WritePath(product));
                Assert.NotNull(page.QuerySelector("[data-testid='review-not-bought']"));
                Assert.Null(page.QuerySelector("form#review-form"));
                // Posting anyway (a crafted request with a valid token) writes nothing.
                var token = await stranger.GetAntiforgeryTokenAsync(ReviewTestKit.WritePath(product));
                using var post = await stranger.PostAsync(ReviewTestKit.WritePath(product), new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    [SiteTestHelpers.AntiforgeryField] = token, ["Rating"] = "5", ["Body"] = ReviewTestKit.Body, ["AuthorName"] = "Khách lạ",
                }));
                Assert.Equal(HttpStatusCode.OK, post.StatusCode);
                Assert.Null(await Site.ReviewAsync(product.Id, strangerUser.Id));
            }

            var (waiting, waitingUser) = await Site.CreateSignedInClientAsync(Roles.Customer);
            using (waiting)
            {
                await Site.PurchaseAsync(waitingUser.Id, product, ShipmentStatus.HandedOver);
                var page = await waiting.GetDocumentAsync(ReviewTestKit.WritePath(product));
                Assert.NotNull(page.QuerySelector("[data-testid='review-not-delivered']"));
                Assert.Null(page.QuerySelector("form#review-form"));
                var token = await waiting.GetAntiforgeryTokenAsync(ReviewTestKit.WritePath(product));
                using var post = await waiting.PostAsync(ReviewTestKit.WritePath(product), new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    [SiteTestHelpers.AntiforgeryField] = token, ["Rating"] = "5", ["Body"] = ReviewTestKit.Body, ["AuthorName"] = "Chưa nhận",
                }));
                Assert.Null(await Site.ReviewAsync(product.Id, waitingUser.Id));
            }

            // A visitor who is not signed in is asked to sign in, not shown a form.
            using var anonymous = Site.CreateClient();
            var anonymousPage = await anonymous.GetDocumentAsync(ReviewTestKit.WritePath(product));
            Assert.NotNull(anonymousPage.QuerySelector("[data-testid='review-sign-in']"));
            Assert.Null(anonymousPage.QuerySelector("form#review-form"));
        }
        finally
        {
            await Site.CleanUpAsync(product);
        }
    }

    [Fact]
    public async Task A_buyer_writes_a_pending_review_that_shows_with_its_rating_in_json_ld_only_after_bulk_approval()
    {
        var product = await Site.ProductAsync("approve");
        try
        {
            var (buyer, buyerUser) = await Site.CreateSignedInClientAsync(Roles.Customer);
            using var buyerScope = buyer;
            var orderId = await Site.PurchaseAsync(buyerUser.Id, product, ShipmentStatus.HandedOver, OrderStatus.Completed); // completed order counts
            var orderNumber = await Site.DbAsync(db => db.Orders.Where(o => o.Id == orderId).Select(o => o.Number).FirstAsync());
            var orderPage = await buyer.GetDocumentAsync("/don-hang/" + orderNumber);
            Assert.Contains(orderPage.QuerySelectorAll("[data-testid='review-link']"), a => a.GetAttribute("href") == ReviewTestKit.WritePath(product));

            var form = await buyer.GetDocumentAsync(ReviewTestKit.WritePath(product));
            Assert.Equal(5, form.QuerySelectorAll("form#review-form input[type='radio'][name='Rating']").Length);
            using (var sent = await buyer.SubmitFormAsync(form, "form#review-form", new Dictionary<string, string?>
                   { ["Rating"] = "4", ["Title"] = "Thơm ngon", ["Body"] = "  " + ReviewTestKit.Body + "  " }))
            {
                var thanks = await SiteTestHelpers.ParseAsync(await sent.Content.ReadAsStringAsync(), sent.RequestMessage!.RequestUri!);
                Assert.NotNull(thanks.QuerySelector("[data-testid='review-thanks']"));
            }
            var review = await Site.ReviewAsync(product.Id, buyerUser.Id);
            Assert.NotNull(review);
            Assert.Equal(ReviewStatus.Pending, review.Status);
            Assert.Equal(ReviewTestKit.Body, review.Body); // trimmed
            Assert.Equal("Người dùng thử Customer".Split(' ')[^1] + " N.", review.AuthorName); // given name last, family initial

            // Pending: not on the (now cached) product page, and no aggregateRating in its JSON-LD.
            using var anonymous = Site.CreateClient();
            var before = await anonymous.GetDocumentAsync(ReviewTestKit.ProductPath(product));
            Assert.Empty(before.QuerySelectorAll("[data-testid='review']"));
            Assert.False(before.ProductJsonLd().TryGetProperty("aggregateRating", out _));
            Assert.False(before.ProductJsonLd().TryGetProperty("review", out _));

            // A second buyer, 5 stars; the office approves both at once from the queue.
            var (other, otherUser) = await Site.CreateSignedInClientAsync(Roles.Customer);
            other.Dispose();
            var otherOrder = await Site.PurchaseAsync(otherUser.Id, product);
            var secondId = await Site.SeedReviewAsync(otherUser.Id, product, otherOrder, 5, "Rất hài lòng với chất lượng sản phẩm, giao hàng đúng hẹn.");
            var (office, _) = await Site.CreateSignedInClientAsync(Roles.TradePromotion);
            using (office)
            {
                var queue = await office.GetDocumentAsync("/admin/danh-gia?q=" + Uri.EscapeDataString(product.Name));
                Assert.Equal(2, queue.QuerySelectorAll("#review-list tbody tr[data-id]").Length);
                var bulk = queue.QuerySelector("form#review-bulk")!;
                foreach (var box in bulk.QuerySelectorAll("input[name='ids']")) box.SetAttribute("checked", "checked");
                using var approved = await office.SubmitFormAsync(queue, "form#review-bulk");
                Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
            }
            Assert.Equal(ReviewStatus.Approved, (await Site.ReviewAsync(product.Id, buyerUser.Id))!.Status);
            Assert.Equal(ReviewStatus.Approved, (await Site.ReviewAsync(product.Id, otherUser.Id))!.Status);

            // The cached page was evicted: the same anonymous request now shows both reviews and the rating.
            var after = await anonymous.GetDocumentAsync(ReviewTestKit.ProductPath(product));
            Assert.Equal(2, after.QuerySelectorAll("[data-testid='review']").Length);
            Assert.Contains("Thơm ngon", after.QuerySelector("[data-testid='product-reviews']")!.TextContent);
            var rating = after.ProductJsonLd().GetProperty("aggregateRating");
            Assert.Equal(4.5, rating.GetProperty("ratingValue").GetDouble());
            Assert.Equal(2, rating.GetProperty("reviewCount").GetInt32());
            Assert.Equal(5, rating.GetProperty("bestRating").GetInt32());
            Assert.Equal(1, rating.GetProperty("worstRating").GetInt32());
            Assert.Equal(2, after.ProductJsonLd().GetProperty("review").GetArrayLength());
            Assert.Contains(secondId.ToString(), after.QuerySelectorAll("[data-testid='review']").Select(r => r.GetAttribute("data-review-id")));
        }
        finally
        {
            await Site.CleanUpAsync(product);
        }
    }

    [Fact]
    public async Task Html_in_a_review_is_shown_as_text()
    {
        var product = await Site.ProductAsync("html");
        try
        {
            var (buyer, buyerUser) = await Site.CreateSignedInClientAsync(Roles.Customer);
            using var buyerScope = buyer;
            await Site.PurchaseAsync(buyerUser.Id, product);
            var form = await buyer.GetDocumentAsync(ReviewTestKit.WritePath(product));
            using (await buyer.SubmitFormAsync(form, "form#review-form", new Dictionary<string, string?>
                   { ["Rating"] = "3", ["Title"] = "<b>Đậm</b>", ["Body"] = "<script>alert('xss')</script> hàng tạm được, đóng gói ổn." })) { }
            var review = await Site.ReviewAsync(product.Id, buyerUser.Id);
            await Site.DbAsync(db => db.ProductReviews.Where(r => r.Id == review!.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, ReviewStatus.Approved)));
            await Site.CleanCacheAsync();

            using var anonymous = Site.CreateClient();
            var html = await anonymous.GetStringAsync(ReviewTestKit.ProductPath(product));
            var page = await SiteTestHelpers.ParseAsync(html, new Uri(anonymous.BaseAddress!, ReviewTestKit.ProductPath(product)));
            var item = page.QuerySelector("[data-testid='review']")!;
            Assert.Empty(item.QuerySelectorAll("script, b"));
            Assert.Contains("<script>alert('xss')</script>", item.TextContent);
            Assert.Contains("&lt;script&gt;alert(", html);
            Assert.Equal("<script>alert('xss')</script> hàng tạm được, đóng gói ổn.", page.ProductJsonLd().GetProperty("review")[0].GetProperty("reviewBody").GetString());
        }
        finally
        {
            await Site.CleanUpAsync(product);
        }
    }

    [Fact]
    public async Task A_rejection_note_is_shown_to_the_author_only_and_editing_sends_the_review_back_to_moderation()
    {
        var product = await Site.ProductAsync("reject");
        try
        {
            var (buyer, buyerUser) = await Site.CreateSignedInClientAsync(Roles.Customer);
            using var buyerScope = buyer;
            var orderId = await Site.PurchaseAsync(buyerUser.Id, product);
            var id = await Site.SeedReviewAsync(buyerUser.Id, product, orderId, 2, "Gọi số 0912 345 678 để mua giá rẻ hơn nhé mọi người!");
            const string note = "Đánh giá có số điện thoại cá nhân; vui lòng xóa và gửi lại.";

            var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
            using (office)
            {
                var detail = await office.GetDocumentAsync($"/admin/danh-gia/{id}");
                // Rejecting needs a note.
                using (await office.SubmitFormAsync(detail, "form#reject-form", new Dictionary<string, string?> { ["note"] = "  " })) { }
                Assert.Equal(ReviewStatus.Pending, (await Site.ReviewAsync(product.Id, buyerUser.Id))!.Status);
                using (await office.SubmitFormAsync(detail, "form#reject-form", new Dictionary<string, string?> { ["note"] = note })) { }
            }
            var rejected = await Site.ReviewAsync(product.Id, buyerUser.Id);
            Assert.Equal(ReviewStatus.Rejected, rejected!.Status);

            var mine = await buyer.GetDocumentAsync("/tai-khoan/danh-gia");
            Assert.Contains(note, mine.QuerySelector($"[data-review-id='{id}'] [data-testid='moderation-note']")!.TextContent);
            var (stranger, _) = await Site.CreateSignedInClientAsync(Roles.Customer);
            using (stranger)
            {
                Assert.DoesNotContain(note, (await stranger.GetDocumentAsync("/tai-khoan/danh-gia")).Body!.TextContent);
            }
            using var anonymous = Site.CreateClient();
            var productPage = await anonymous.GetDocumentAsync(ReviewTestKit.ProductPath(product));
            Assert.DoesNotContain(note, productPage.Body!.TextContent);
            Assert.Empty(productPage.QuerySelectorAll("[data-testid='review']"));

            // The author edits it: one review still, back to Pending, the old note gone.
            var form = await buyer.GetDocumentAsync(ReviewTestKit.WritePath(product));
            Assert.Contains(note, form.QuerySelector("[data-testid='moderation-note']")!.TextContent);
            Assert.Equal("2", form.QuerySelector("form#review-form input[name='Rating'][checked]")!.GetAttribute("value"));
            using (await buyer.SubmitFormAsync(form, "form#review-form", new Dictionary<string, string?> { ["Body"] = "Sản phẩm ổn, nhưng giao hơi chậm so với dự kiến." })) { }
            var edited = await Site.ReviewAsync(product.Id, buyerUser.Id);
            Assert.Equal(id, edited!.Id);
            Assert.Equal(ReviewStatus.Pending, edited.Status);
            Assert.Null(edited.ModerationNote);
            Assert.Equal(1, await Site.DbAsync(db => db.ProductReviews.CountAsync(r => r.ProductId == product.Id)));

            // An approved review that is edited leaves the product page until approved again.
            await Site.DbAsync(db => db.ProductReviews.Where(r => r.Id == id).ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, ReviewStatus.Approved)));
            await Site.CleanCacheAsync();
            Assert.Single((await anonymous.GetDocumentAsync(ReviewTestKit.ProductPath(product))).QuerySelectorAll("[data-testid='review']"));
            form = await buyer.GetDocumentAsync(ReviewTestKit.WritePath(product));
            using (await buyer.SubmitFormAsync(form, "form#review-form", new Dictionary<string, string?> { ["Rating"] = "5" })) { }
            Assert.Equal(ReviewStatus.Pending, (await Site.ReviewAsync(product.Id, buyerUser.Id))!.Status);
        }
        finally
        {
            await Site.CleanUpAsync(product);
        }
    }

    [Theory]
    [InlineData(Roles.Customer)]
    [InlineData(Roles.Producer)]
    [InlineData(Roles.Inspector)]
    public async Task Only_promotion_staff_moderate(string role)
    {
        var product = await Site.ProductAsync("roles");
        try
        {
            var buyer = await Site.CreateUserAsync(Roles.Customer);
            var id = await Site.SeedReviewAsync(buyer.Id, product, await Site.PurchaseAsync(buyer.Id, product), 5, ReviewTestKit.Body);
            var producerId = role == Roles.Producer ? await Site.ProducerIdAsync("binh-son") : (int?)null;
            var (client, _) = await Site.CreateSignedInClientAsync(role, producerId);
            using (client)
            {
                using var list = await client.GetAsync("/admin/danh-gia");
                Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
                var token = await client.GetAntiforgeryTokenAsync("/");
                using var post = await client.PostAsync($"/admin/danh-gia/{id}/duyet",
                    new FormUrlEncodedContent(new Dictionary<string, string> { [SiteTestHelpers.AntiforgeryField] = token }));
                Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
            }
            Assert.Equal(ReviewStatus.Pending, (await Site.ReviewAsync(product.Id, buyer.Id))!.Status);

            var (promotion, _) = await Site.CreateSignedInClientAsync(Roles.TradePromotion);
            using (promotion)
            {
                var queue = await promotion.GetDocumentAsync("/admin/danh-gia");
                using (await promotion.SubmitFormAsync(queue, $"form#approve-{id}")) { }
            }
            Assert.Equal(ReviewStatus.Approved, (await Site.ReviewAsync(product.Id, buyer.Id))!.Status);
        }
        finally
        {
            await Site.CleanUpAsync(product);
        }
    }

    [Fact]
    public async Task A_producer_replies_to_reviews_of_its_own_products_only()
    {
        var product = await Site.ProductAsync("reply");
        try
        {
            var buyer = await Site.CreateUserAsync(Roles.Customer);
            var id = await Site.SeedReviewAsync(buyer.Id, product, await Site.PurchaseAsync(buyer.Id, product), 4, ReviewTestKit.Body, ReviewStatus.Approved);
            const string reply = "Cảm ơn chị đã tin dùng sản phẩm của HTX!";

            var (own, _) = await Site.CreateSignedInClientAsync(Roles.Producer, await Site.ProducerIdAsync("binh-son"));
            using (own)
            {
                var list = await own.GetDocumentAsync("/portal/danh-gia?product=" + product.Id);
                Assert.NotNull(list.QuerySelector($"#portal-review-list tr[data-id='{id}']"));
                Assert.Equal("4.0", list.QuerySelector($"#product-ratings tr[data-product-id='{product.Id}'] [data-average]")!.TextContent.Replace(',', '.'));
                var page = await own.GetDocumentAsync($"/portal/danh-gia/{id}");
                using (await own.SubmitFormAsync(page, "form#reply-form", new Dictionary<string, string?> { ["Reply"] = reply })) { }
            }
            Assert.Equal(reply, (await Site.ReviewAsync(product.Id, buyer.Id))!.ProducerReply);
            using var anonymous = Site.CreateClient();
            var productPage = await anonymous.GetDocumentAsync(ReviewTestKit.ProductPath(product));
            Assert.Contains(reply, productPage.QuerySelector($"[data-review-id='{id}'] [data-testid='producer-reply']")!.TextContent);

            // Another producer: the review does not exist for them.
            var (other, _) = await Site.CreateSignedInClientAsync(Roles.Producer, await Site.ProducerIdAsync("hoa-cu"));
            using (other)
            {
                using var get = await other.GetAsync($"/portal/danh-gia/{id}");
                Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
                var token = await other.GetAntiforgeryTokenAsync("/portal/danh-gia");
                using var post = await other.PostAsync($"/portal/danh-gia/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    [SiteTestHelpers.AntiforgeryField] = token, ["Reply"] = "Trả lời hộ",
                }));
                Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
                Assert.Null((await other.GetDocumentAsync("/portal/danh-gia")).QuerySelector($"tr[data-id='{id}']"));
            }
            Assert.Equal(reply, (await Site.ReviewAsync(product.Id, buyer.Id))!.ProducerReply);
        }
        finally
        {
            await Site.CleanUpAsync(product);
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class ReviewsSqliteTests(SqliteWebFactory site) : ReviewsTests(site);

[Collection(Collections.Postgres)]
public sealed class ReviewsPostgresTests(PostgresWebFactory site) : ReviewsTests(site);
