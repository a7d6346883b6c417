using OcopMarket.Core.Identity;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.SystemAdmin;

namespace OcopMarket.Web.Tests.Security;

/// <summary>
/// Every /admin route, whatever its method, sends an anonymous visitor to sign in and refuses customers and
/// producers. The routes come from the running site, so screens added later are covered automatically.
/// </summary>
public abstract class AdminAccessTests(OcopWebFactory site)
{
    private IReadOnlyList<SiteRoute> AdminRoutes()
    {
        var routes = site.Routes().Where(r => r.Template == "/admin" || r.Template.StartsWith("/admin/", StringComparison.Ordinal)).ToList();
        // The enumeration itself works: the screens known today are in it.
        Assert.Contains(routes, r => r.Template == "/admin/nguoi-dung");
        Assert.Contains(routes, r => r.Template == "/admin/cai-dat");
        Assert.Contains(routes, r => r.Template == "/admin/don-hang/{number}/hoan-tien");
        return routes;
    }

    private static IEnumerable<string> MethodsOf(SiteRoute route) => route.Methods.Count == 0 ? ["GET", "POST"] : route.Methods;

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_on_every_admin_route()
    {
        using var client = site.CreateRawClient();
        var failures = new List<string>();
        foreach (var route in AdminRoutes())
            foreach (var method in MethodsOf(route))
            {
                using var response = await client.SendEmptyAsync(method, route.Path);
                if (!response.IsLoginRedirect())
                    failures.Add($"{method} {route.Path}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        Assert.True(failures.Count == 0, $"[{site.ProviderName}]\n" + string.Join("\n", failures));
    }

    [Theory]
    [InlineData(Roles.Customer)]
    [InlineData(Roles.Producer)]
    public async Task Customers_and_producers_are_refused_on_every_admin_route(string role)
    {
        var producerId = role == Roles.Producer ? await site.ProducerIdAsync("htx-nong-nghiep-binh-son") : (int?)null;
        var (client, _) = await site.CreateSignedInRawClientAsync(role, producerId);
        using var c = client;
        var failures = new List<string>();
        foreach (var route in AdminRoutes())
            foreach (var method in MethodsOf(route))
            {
                using var response = await client.SendEmptyAsync(method, route.Path);
                if (!response.IsDenied())
                    failures.Add($"{method} {route.Path}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        Assert.True(failures.Count == 0, $"[{site.ProviderName}] {role}\n" + string.Join("\n", failures));
    }
}

[Collection(Collections.Sqlite)]
public sealed class AdminAccessTestsSqlite(SqliteWebFactory site) : AdminAccessTests(site);

[Collection(Collections.Postgres)]
public sealed class AdminAccessTestsPostgres(PostgresWebFactory site) : AdminAccessTests(site);
