using System.Net;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.SystemAdmin;

namespace OcopMarket.Web.Tests.Security;

/// <summary>
/// Every route that takes a POST refuses one without an antiforgery token. The routes are read from the
/// running site, so a form added tomorrow is covered without touching this test.
/// </summary>
public abstract class AntiforgeryTests(OcopWebFactory site)
{
    /// <summary>
    /// Routes marked [IgnoreAntiforgeryToken], each with the reason. Adding one means adding it here, on
    /// purpose. They must still refuse a post without a token: they check it themselves.
    /// </summary>
    private static readonly Dictionary<string, string> SelfChecking = new()
    {
        ["/api/media/images"] = "validates the token itself after limiting the body size, answering with problem details",
        ["/portal/tai-lieu/them"] = "validates the token itself after limiting the body size, so an oversized file gets a message",
        ["/webhooks/stripe"] = "called by Stripe's servers: the Stripe-Signature HMAC of the raw body proves the sender (400 without it)",
    };

    [Fact]
    public async Task Every_post_route_refuses_a_request_without_a_token()
    {
        var producerId = await site.ProducerIdAsync("htx-nong-nghiep-binh-son");
        // Roles in the order they are tried: the first one the route lets in must get a 400.
        var clients = new List<(string Role, HttpClient Client)>();
        foreach (var (role, producer) in new (string, int?)[] { (Roles.Administrator, null), (Roles.Producer, producerId), (Roles.Customer, null), (Roles.Inspector, null), (Roles.TradePromotion, null) })
            clients.Add((role, (await site.CreateSignedInRawClientAsync(role, producer)).Client));
        try
        {
            var routes = site.Routes().Where(r => r.Accepts("POST")).ToList();
            Assert.Contains(routes, r => r.Template == "/tai-khoan/dang-nhap");
            Assert.Contains(routes, r => r.Template == "/admin/nguoi-dung/them");

            var failures = new List<string>();
            foreach (var route in routes)
            {
                if (route.IgnoresAntiforgery && !SelfChecking.ContainsKey(route.Template))
                {
                    failures.Add($"{route}: [IgnoreAntiforgeryToken] but not in the allow-list");
                    continue;
                }
                HttpStatusCode? status = null;
                string? who = null;
                foreach (var (role, client) in clients)
                {
                    using var response = await client.SendEmptyAsync("POST", route.Path);
                    if (response.IsDenied() || response.IsLoginRedirect()) continue;
                    status = response.StatusCode;
                    who = role;
                    break;
                }
                if (status is null) failures.Add($"{route}: no role could reach it");
                else if (route.IgnoresAntiforgery ? (int)status < 400 : status != HttpStatusCode.BadRequest)
                    failures.Add($"{route} as {who}: {(int)status} {status} without a token");
            }
            Assert.True(failures.Count == 0, $"[{site.ProviderName}] of {routes.Count} POST routes:\n" + string.Join("\n", failures));
        }
        finally
        {
            foreach (var (_, client) in clients) client.Dispose();
        }
    }

    [Fact]
    public void The_allow_list_names_only_routes_that_exist_and_opt_out()
    {
        var ignoring = site.Routes().Where(r => r.IgnoresAntiforgery).Select(r => r.Template).ToHashSet();
        Assert.All(SelfChecking.Keys, template => Assert.Contains(template, ignoring));
    }
}

[Collection(Collections.Sqlite)]
public sealed class AntiforgeryTestsSqlite(SqliteWebFactory site) : AntiforgeryTests(site);

[Collection(Collections.Postgres)]
public sealed class AntiforgeryTestsPostgres(PostgresWebFactory site) : AntiforgeryTests(site);
