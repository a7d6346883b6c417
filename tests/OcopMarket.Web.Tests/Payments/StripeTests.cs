using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Payments;
using OcopMarket.Plugin.Payments.Stripe;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Payments;

/// <summary>
/// Stripe card payments end to end: Checkout Sessions and refunds against the fake Stripe API on a loopback
/// port, webhooks signed with the test secret and posted through the real pipeline, effects read from the tables.
/// </summary>
public abstract class StripeTests(OcopWebFactory site)
{
    [Fact]
    public async Task The_site_talks_to_the_fake_stripe_api_never_to_stripe()
    {
        var api = site.Services.GetRequiredService<StripeApi>();
        Assert.Equal(site.StripeApi.BaseUrl, api.Client.ApiBase);
        Assert.DoesNotContain("stripe.com", api.Client.ApiBase, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("http://127.0.0.1:", api.Client.ApiBase);

        await using var scope = site.Services.CreateAsyncScope();
        var stripe = Assert.Single(scope.ServiceProvider.GetServices<IPaymentProvider>(), p => p.SystemName == StripePlugin.Name);
        Assert.True(stripe.IsAvailable);
        Assert.IsAssignableFrom<IRefundingPaymentProvider>(stripe);
        Assert.Contains(scope.ServiceProvider.GetRequiredService<IShopProviders>().Payments, p => p.SystemName == StripePlugin.Name);
    }

    [Fact]
    public void Without_keys_stripe_is_not_offered()
    {
        Assert.False(new StripeOptions().IsConfigured);
        Assert.False(new StripeOptions { SecretKey = "sk_test_x" }.IsConfigured); // nothing could confirm the payment
        Assert.False(new StripeOptions { SecretKey = " ", WebhookSecret = "whsec_x" }.IsConfigured);
        Assert.True(new StripeOptions { SecretKey = "sk_test_x", WebhookSecret = "whsec_x" }.IsConfigured);
    }

    [Fact]
    public async Task Start_opens_a_checkout_session_in_whole_dong_and_remembers_it()
    {
        var order = await site.PlaceOrderAsync(shipping: 30_000);
        var (lines, loaded) = await site.DbAsync(async db => (
            await db.OrderLines.AsNoTracking().Where(l => l.OrderId == order.Id).OrderBy(l => l.Id).ToListAsync(),
            await db.Orders.AsNoTracking().SingleAsync(o => o.Id == order.Id)));

        PaymentStart start;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var http = new DefaultHttpContext();
            http.Request.Scheme = "https";
            http.Request.Host = new HostString("ocopmarket.example");
            scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = http;
            var provider = scope.ServiceProvider.GetServices<IPaymentProvider>().OfType<StripePaymentProvider>().Single();
            start = await provider.StartAsync(loaded, CancellationToken.None);
        }

        var sent = site.StripeApi.Requests.Last(r => r.Path == "/v1/checkout/sessions" && r.Form.GetValueOrDefault("client_reference_id") == order.Number);
        var form = sent.Form;
        Assert.Equal("Bearer " + StripeFakeApi.SecretKey, sent.Authorization);
        Assert.NotNull(sent.IdempotencyKey);
        Assert.Equal("payment", form["mode"]);
        Assert.Equal("vnd", form["currency"]);
        // One item per order line plus the shipping, amounts in whole đồng (VND is zero-decimal: never × 100).
        for (var i = 0; i < lines.Count; i++)
        {
            Assert.Equal("vnd", form[$"line_items[{i}][price_data][currency]"]);
            Assert.Equal(lines[i].UnitPrice.ToString(), form[$"line_items[{i}][price_data][unit_amount]"]);
            Assert.Equal(lines[i].Quantity.ToString(), form[$"line_items[{i}][quantity]"]);
            Assert.StartsWith(lines[i].ProductName, form[$"line_items[{i}][price_data][product_data][name]"]);
        }
        Assert.Equal("30000", form[$"line_items[{lines.Count}][price_data][unit_amount]"]);
        Assert.False(form.ContainsKey($"line_items[{lines.Count + 1}][quantity]"));
        var sum = Enumerable.Range(0, lines.Count + 1)
            .Sum(i => long.Parse(form[$"line_items[{i}][price_data][unit_amount]"]) * long.Parse(form[$"line_items[{i}][quantity]"]));
        Assert.Equal(order.Total, sum);

        Assert.Equal(order.Id.ToString(), form["metadata[order_id]"]);
        Assert.Equal(order.Number, form["metadata[order_number]"]);
        Assert.Equal(order.Id.ToString(), form["payment_intent_data[metadata][order_id]"]);
        Assert.Equal($"https://ocopmarket.example/don-hang/{order.Number}?stripe=success", form["success_url"]);
        Assert.Equal($"https://ocopmarket.example/don-hang/{order.Number}?stripe=cancelled", form["cancel_url"]);
        Assert.Equal("vi", form["locale"]);

        Assert.StartsWith(site.StripeApi.BaseUrl + "/c/pay/cs_test_", start.RedirectUrl);
        var sessionId = start.RedirectUrl![(site.StripeApi.BaseUrl + "/c/pay/").Length..];
        var money = await site.MoneyAsync(order.Id);
        var attempt = Assert.Single(money.Payments, p => p.ProviderReference == sessionId);
        Assert.Equal(PaymentRecordStatus.Pending, attempt.Status);
        Assert.Equal(order.Total, attempt.Amount);
        Assert.Equal(PaymentStatus.Pending, money.Status);
    }

    [Fact]
    public async Task The_pay_again_button_opens_a_new_session_for_an_unpaid_order_only()
    {
        var order = await site.PlaceOrderAsync();
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var token = await client.GetAntiforgeryTokenAsync(SiteTestHelpers.LoginPath);
        Task<HttpResponseMessage> PayAsync(string? withToken) => client.PostAsync($"/thanh-toan/stripe/{order.Number}",
            new FormUrlEncodedContent(withToken is null ? [] : [new(SiteTestHelpers.AntiforgeryField, withToken)]));

        Assert.Equal(HttpStatusCode.BadRequest, (await PayAsync(null)).StatusCode); // a cross-site form cannot start payments

        var again = await PayAsync(token);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.StartsWith(site.StripeApi.BaseUrl + "/c/pay/cs_test_", again.Headers.Location!.ToString());
        var form = site.StripeApi.LastRequestTo("/v1/checkout/sessions").Form;
        Assert.Equal(order.Number, form["client_reference_id"]);
        Assert.Equal($"http://localhost/don-hang/{order.Number}?stripe=success", form["success_url"]);
        Assert.Equal(2, (await site.MoneyAsync(order.Id)).Payments.Count(p => p.Status == PaymentRecordStatus.Pending));

        await site.SendEventAsync("checkout.session.completed", StripeTestKit.CompletedSession(order));
        var requests = site.StripeApi.Requests.Count;
        var paid = await PayAsync(token);
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        Assert.Equal($"/don-hang/{order.Number}", paid.Headers.Location!.ToString());
        Assert.Equal(requests, site.StripeApi.Requests.Count);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/thanh-toan/stripe/OCPNOSUCHORDER",
            new FormUrlEncodedContent([new(SiteTestHelpers.AntiforgeryField, token)]))).StatusCode);
    }

    [Fact]
    public async Task A_discounted_order_is_one_line_for_the_total()
    {
        var order = await site.PlaceOrderAsync(shipping: 25_000, discount: 10_000);
        var loaded = await site.DbAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == order.Id));
        await using var scope = site.Services.CreateAsyncScope();
        var checkout = scope.ServiceProvider.GetRequiredService<StripeCheckout>();
        await checkout.StartAsync(loaded, "http://localhost", CancellationToken.None);

        var form = site.StripeApi.Requests.Last(r => r.Form.GetValueOrDefault("client_reference_id") == order.Number).Form;
        Assert.Equal(order.Total.ToString(), form["line_items[0][price_data][unit_amount]"]);
        Assert.Equal("1", form["line_items[0][quantity]"]);
        Assert.False(form.ContainsKey("line_items[1][quantity]"));
    }

    [Fact]
    public async Task The_webhook_alone_pays_the_order_when_the_buyer_never_comes_back()
    {
        var order = await site.PlaceOrderAsync();

        var response = await site.SendEventAsync("checkout.session.completed", StripeTestKit.CompletedSession(order));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var money = await site.MoneyAsync(order.Id);
        Assert.Equal(PaymentStatus.Paid, money.Status);
        Assert.Equal(site.Time.GetUtcNow(), money.PaidAt);
        var payment = Assert.Single(money.Payments); // the pending Checkout attempt gave way to the payment
        Assert.Equal(PaymentRecordStatus.Succeeded, payment.Status);
        Assert.Equal(order.PaymentIntentId, payment.ProviderReference);
        Assert.Equal(order.Total, payment.Amount);
        Assert.Equal("Payments.Stripe", payment.Provider);
        Assert.Single(money.Events, "paid");
    }

    [Fact]
    public async Task The_same_event_twice_and_its_twin_event_pay_once()
    {
        var order = await site.PlaceOrderAsync();
        var completed = StripeTestKit.Event("checkout.session.completed", StripeTestKit.CompletedSession(order), site: site);

        var first = await site.PostWebhookAsync(completed);
        var second = await site.PostWebhookAsync(completed);
        // Stripe also reports the same money as payment_intent.succeeded (its own event id, same PaymentIntent).
        var twin = await site.SendEventAsync("payment_intent.succeeded", StripeTestKit.PaymentIntent(order));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, twin.StatusCode);
        var money = await site.MoneyAsync(order.Id);
        Assert.Equal(PaymentStatus.Paid, money.Status);
        Assert.Single(money.Payments);
        Assert.Single(money.Events, "paid");
        Assert.DoesNotContain("paid.again", money.Events);
        var eventId = System.Text.Json.JsonDocument.Parse(completed).RootElement.GetProperty("id").GetString();
        Assert.Equal(1, await site.DbAsync(db => db.ProcessedWebhookEvents.CountAsync(e => e.Provider == "Stripe" && e.EventId == eventId)));
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_payment_pay_once()
    {
        var order = await site.PlaceOrderAsync();
        var completed = StripeTestKit.Event("checkout.session.completed", StripeTestKit.CompletedSession(order), site: site);
        var intent = StripeTestKit.Event("payment_intent.succeeded", StripeTestKit.PaymentIntent(order), site: site);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => site.PostWebhookAsync(i % 2 == 0 ? completed : intent)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var money = await site.MoneyAsync(order.Id);
        Assert.Equal(PaymentStatus.Paid, money.Status);
        Assert.Single(money.Succeeded);
        Assert.Single(money.Events, "paid");
    }

    [Fact]
    public async Task A_failure_reported_after_the_payment_does_not_unpay()
    {
        var order = await site.PlaceOrderAsync();
        await site.SendEventAsync("checkout.session.completed", StripeTestKit.CompletedSession(order));

        var late = await site.SendEventAsync("payment_intent.payment_failed", StripeTestKit.PaymentIntent(order, "requires_payment_method", "Your card was declined."));
        var lateAsync = await site.SendEventAsync("checkout.session.async_payment_failed", StripeTestKit.CompletedSession(order, paymentStatus: "unpaid"));

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lateAsync.StatusCode);
        var money = await site.MoneyAsync(order.Id);
        Assert.Equal(PaymentStatus.Paid, money.Status);
        Assert.Single(money.Payments);
        Assert.DoesNotContain("payment.failed", money.Events);
    }

    [Fact]
    public async Task A_declined_card_marks_the_order_failed_until_a_later_payment_succeeds()
    {
        var order = await site.PlaceOrderAsync();

        var declined = await site.SendEventAsync("payment_intent.payment_failed", StripeTestKit.PaymentIntent(order, "requires_payment_method", "Your card was declined."));
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        var afterDecline = await site.MoneyAsync(order.Id);
        Assert.Equal(PaymentStatus.Failed, afterDecline.Status);
        Assert.Contains("payment.failed", afterDecline.Events);
        Assert.Contains(afterDecline.Payments, p => p.Status == PaymentRecordStatus.Pending); // the session is still open

        await site.SendEventAsync("checkout.session.completed", StripeTestKit.CompletedSession(order));
        var paid = await site.MoneyAsync(order.Id);
        Assert.Equal(PaymentStatus.Paid, paid.Status);
        Assert.Single(paid.Succeeded);
        Assert.DoesNotContain(paid.Payments, p => p.Status == PaymentRecordStatus.Pending);
    }

    [Fact]
    public async Task A_session_not_paid_yet_changes_nothing()
    {
        var order = await site.PlaceOrderAsync();
        var response = await site.SendEventAsync("checkout.session.completed", StripeTestKit.CompletedSession(order, paymentStatus: "unpaid"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var money = await site.MoneyAsync(order.Id);
        Assert.Equal(PaymentStatus.Pending, money.Status);
        Assert.Empty(money.Succeeded);
    }

    [Fact]
    public async Task Money_in_another_currency_or_short_of_the_total_does_not_pay()
    {
        var order = await site.PlaceOrderAsync();
        await site.SendEventAsync("checkout.session.completed", StripeTestKit.CompletedSession(order, currency: "usd"));
        await site.SendEventAsync("checkout.session.completed", StripeTestKit.CompletedSession(order, amount: order.Total / 100));
        var money = await site.MoneyAsync(order.Id);
        Assert.Equal(PaymentStatus.Pending, money.Status);
        Assert.Empty(money.Succeeded);
    }

    [Theory]
    [InlineData("wrong-secret")]
    [InlineData("missing")]
    [InlineData("tampered")]
    [InlineData("garbage")]
    public async Task A_bad_signature_gets_400_and_changes_nothing(string how)
    {
        var order = await site.PlaceOrderAsync();
        var payload = StripeTestKit.Event("checkout.session.completed", StripeTestKit.CompletedSession(order), site: site);
        var now = site.Time.GetUtcNow().ToUnixTimeSeconds();
        var response = how switch
        {
            "wrong-secret" => await site.PostWebhookAsync(payload, StripeTestKit.Sign(payload, now, "whsec_somebody_else")),
            "missing" => await site.PostWebhookAsync(payload, null),
            // Signed for one body, sent with another (the amount changed on the way).
            "tampered" => await site.PostWebhookAsync(payload.Replace($"\"amount_total\":{order.Total}", "\"amount_total\":1"), StripeTestKit.Sign(payload, now)),
            _ => await site.PostWebhookAsync(payload, "t=abc,v1=not-hex"),
        };

        await AssertRefusedAsync(response, order);
    }

    [Fact]
    public async Task A_stale_signature_gets_400_even_with_the_right_secret()
    {
        var order = await site.PlaceOrderAsync();
        var payload = StripeTestKit.Event("checkout.session.completed", StripeTestKit.CompletedSession(order), site: site);
        // Stripe's tolerance is 5 minutes: a replay of a captured request 10 minutes later is refused.
        var stale = site.Time.GetUtcNow().AddMinutes(-10).ToUnixTimeSeconds();

        var response = await site.PostWebhookAsync(payload, StripeTestKit.Sign(payload, stale));

        await AssertRefusedAsync(response, order);
        // The same body signed now is accepted: only the time was wrong.
        Assert.Equal(HttpStatusCode.OK, (await site.PostWebhookAsync(payload)).StatusCode);
        Assert.Equal(PaymentStatus.Paid, (await site.MoneyAsync(order.Id)).Status);
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response, StripeOrder order)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Invalid Stripe signature", await response.Content.ReadAsStringAsync());
        var money = await site.MoneyAsync(order.Id);
        Assert.Equal(PaymentStatus.Pending, money.Status);
        Assert.Empty(money.Succeeded);
        Assert.DoesNotContain("paid", money.Events);
    }

    [Fact]
    public async Task A_webhook_for_an_order_that_is_not_ours_is_acknowledged_and_ignored()
    {
        var stranger = new StripeOrder(int.MaxValue - 7, "OCPNOTOURS00", 500_000, "pi_" + Guid.NewGuid().ToString("N")[..24], "cs_test_" + Guid.NewGuid().ToString("N"));
        var eventId = StripeTestKit.NewEventId();
        var paymentsBefore = await site.DbAsync(db => db.Payments.CountAsync());

        var response = await site.SendEventAsync("checkout.session.completed", StripeTestKit.CompletedSession(stranger), eventId);

        // 2xx as Stripe asks for events an endpoint does not act on; a 4xx/5xx would only make Stripe retry for days.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(paymentsBefore, await site.DbAsync(db => db.Payments.CountAsync()));
        Assert.True(await site.DbAsync(db => db.ProcessedWebhookEvents.AnyAsync(e => e.Provider == "Stripe" && e.EventId == eventId)));
    }

    [Fact]
    public async Task Partial_then_full_refund_through_stripe()
    {
        var order = await site.PlaceOrderAsync();
        await site.SendEventAsync("checkout.session.completed", StripeTestKit.CompletedSession(order));
        var loaded = await site.DbAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == order.Id));

        // As the admin order page does: ask Stripe, then record the refund id.
        string partialId;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var stripe = scope.ServiceProvider.GetServices<IPaymentProvider>().OfType<IRefundingPaymentProvider>().Single(p => p.SystemName == StripePlugin.Name);
            var asked = await stripe.RefundAsync(loaded, 100_000, "Sản phẩm bị dập", CancellationToken.None);
            Assert.True(asked.Succeeded, asked.Error);
            partialId = asked.Value!;
            var recorded = await scope.ServiceProvider.GetRequiredService<OrderPayments>().RecordRefundAsync(order.Id, 100_000, "Sản phẩm bị dập", partialId, 42);
            Assert.True(recorded.Succeeded, recorded.Error);
        }
        var sent = site.StripeApi.Requests.Last(r => r.Path == "/v1/refunds" && r.Form.GetValueOrDefault("metadata[order_number]") == order.Number).Form;
        Assert.Equal(order.PaymentIntentId, sent["payment_intent"]);
        Assert.Equal("100000", sent["amount"]); // whole đồng
        Assert.StartsWith("re_", partialId);

        // Stripe's own notice of that refund changes nothing more.
        Assert.Equal(HttpStatusCode.OK, (await site.SendEventAsync("charge.refunded", StripeTestKit.RefundedCharge(order, (partialId, 100_000)))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.SendEventAsync("refund.updated", StripeTestKit.Refund(order, partialId, 100_000))).StatusCode);
        var partly = await site.MoneyAsync(order.Id);
        Assert.Equal(PaymentStatus.PartiallyRefunded, partly.Status);
        Assert.Equal(100_000, partly.RefundedTotal);
        Assert.Single(partly.Refunds);

        // The rest, refunded from Stripe's dashboard: known only through the webhook.
        var rest = order.Total - 100_000;
        var restId = "re_" + Guid.NewGuid().ToString("N")[..24];
        var full = await site.SendEventAsync("charge.refunded", StripeTestKit.RefundedCharge(order, (partialId, 100_000), (restId, rest)));
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        var refunded = await site.MoneyAsync(order.Id);
        Assert.Equal(PaymentStatus.Refunded, refunded.Status);
        Assert.Equal(order.Total, refunded.RefundedTotal);
        Assert.Equal([100_000L, rest], refunded.Refunds.Select(r => r.Amount));
        Assert.Equal(restId, refunded.Refunds[1].ProviderReference);

        // Nothing is left to refund: the provider says so before asking Stripe.
        var before = site.StripeApi.Requests.Count;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var stripe = scope.ServiceProvider.GetServices<IPaymentProvider>().OfType<IRefundingPaymentProvider>().Single(p => p.SystemName == StripePlugin.Name);
            var more = await stripe.RefundAsync(loaded, 1_000, "Thêm", CancellationToken.None);
            Assert.False(more.Succeeded);
            Assert.Equal("At most {0:N0} ₫ can be refunded.", more.Error);
        }
        Assert.Equal(before, site.StripeApi.Requests.Count);
    }

    [Fact]
    public async Task A_refund_stripe_refuses_is_reported_not_recorded()
    {
        var order = await site.PlaceOrderAsync();
        await site.SendEventAsync("checkout.session.completed", StripeTestKit.CompletedSession(order));
        var loaded = await site.DbAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == order.Id));
        site.StripeApi.FailNextRefundWith = "Charge has already been refunded.";
        try
        {
            await using var scope = site.Services.CreateAsyncScope();
            var stripe = scope.ServiceProvider.GetServices<IPaymentProvider>().OfType<IRefundingPaymentProvider>().Single(p => p.SystemName == StripePlugin.Name);
            var asked = await stripe.RefundAsync(loaded, 50_000, "Khách đổi ý", CancellationToken.None);
            Assert.False(asked.Succeeded);
            Assert.Equal("Stripe refused the refund: {0}", asked.Error);
            Assert.Equal("Charge has already been refunded.", asked.Arguments![0]);
        }
        finally
        {
            site.StripeApi.FailNextRefundWith = null;
        }
        Assert.Equal(PaymentStatus.Paid, (await site.MoneyAsync(order.Id)).Status);
    }

    [Fact]
    public async Task A_refund_reported_before_the_payment_neither_loses_nor_doubles_money()
    {
        var order = await site.PlaceOrderAsync();
        var refundId = "re_" + Guid.NewGuid().ToString("N")[..24];

        // refund.updated alone cannot be placed yet: Stripe is asked to deliver it again later.
        var early = await site.SendEventAsync("refund.updated", StripeTestKit.Refund(order, refundId, 70_000));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, early.StatusCode);
        Assert.Equal(PaymentStatus.Pending, (await site.MoneyAsync(order.Id)).Status);

        // charge.refunded carries the charge: it proves the payment, so both are recorded.
        var charge = await site.SendEventAsync("charge.refunded", StripeTestKit.RefundedCharge(order, (refundId, 70_000)));
        Assert.Equal(HttpStatusCode.OK, charge.StatusCode);
        // Then the payment events arrive late, and the retried refund.updated.
        await site.SendEventAsync("checkout.session.completed", StripeTestKit.CompletedSession(order));
        await site.SendEventAsync("payment_intent.succeeded", StripeTestKit.PaymentIntent(order));
        Assert.Equal(HttpStatusCode.OK, (await site.SendEventAsync("refund.updated", StripeTestKit.Refund(order, refundId, 70_000))).StatusCode);

        var money = await site.MoneyAsync(order.Id);
        Assert.Equal(PaymentStatus.PartiallyRefunded, money.Status);
        var payment = Assert.Single(money.Succeeded);
        Assert.Equal(order.Total, payment.Amount);
        Assert.Equal(70_000, money.RefundedTotal);
        Assert.Single(money.Refunds);
        Assert.Single(money.Events, "paid");
    }

    [Fact]
    public async Task An_expired_session_closes_its_attempt_and_leaves_the_order_to_the_expiry_job()
    {
        var order = await site.PlaceOrderAsync();
        var session = StripeTestKit.CompletedSession(order, paymentStatus: "unpaid");
        session["status"] = "expired";
        session["payment_intent"] = null;

        Assert.Equal(HttpStatusCode.OK, (await site.SendEventAsync("checkout.session.expired", session)).StatusCode);

        var money = await site.MoneyAsync(order.Id);
        Assert.Equal(PaymentRecordStatus.Cancelled, Assert.Single(money.Payments).Status);
        Assert.Equal(PaymentStatus.Pending, money.Status);
    }
}

[Collection(Collections.Sqlite)]
public sealed class StripeSqliteTests(SqliteWebFactory site) : StripeTests(site);

[Collection(Collections.Postgres)]
public sealed class StripePostgresTests(PostgresWebFactory site) : StripeTests(site);
