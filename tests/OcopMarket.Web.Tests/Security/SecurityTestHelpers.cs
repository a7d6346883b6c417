using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Security;

/// <summary>One route of the running site, as the routing system knows it (so routes added later are covered too).</summary>
public sealed record SiteRoute(string Template, string Path, IReadOnlyList<string> Methods, Endpoint Endpoint)
{
    public bool Accepts(string method) => Methods.Count == 0 || Methods.Contains(method, StringComparer.OrdinalIgnoreCase);

    public bool IgnoresAntiforgery => Endpoint.Metadata.GetMetadata<IAntiforgeryPolicy>() is IgnoreAntiforgeryTokenAttribute;

    public override string ToString() => $"{string.Join(",", Methods.DefaultIfEmpty("*"))} {Template}";
}

internal static class SecurityTestHelpers
{
    /// <summary>Every routed endpoint of the site, with its template filled in (route parameters become "1", or a value their constraint accepts).</summary>
    public static IReadOnlyList<SiteRoute> Routes(this OcopWebFactory site) =>
        site.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => new SiteRoute(
                "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'),
                Fill(e.RoutePattern),
                e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList() ?? [],
                e))
            .OrderBy(r => r.Template, StringComparer.Ordinal)
            .ToList();

    private static string Fill(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => SampleValue(parameter),
            _ => "",
        }))));

    /// <summary>"1" fits most parameters (ids, slugs, codes); a constrained one gets a value its constraint accepts, so the route matches.</summary>
    private static string SampleValue(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content?.Split('(')[0]).ToList();
        if (constraints.Contains("guid")) return "00000000-0000-0000-0000-000000000001";
        if (constraints.Contains("bool")) return "true";
        if (constraints.Contains("alpha")) return "a";
        if (constraints.Contains("datetime")) return "2026-01-01";
        return "1";
    }

    public static async Task<HttpResponseMessage> SendEmptyAsync(this HttpClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method is "POST" or "PUT" or "PATCH" or "DELETE")
            request.Content = new FormUrlEncodedContent([]);
        return await client.SendAsync(request);
    }
}
