using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Common;
using OcopMarket.Core.Search;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Search;

/// <summary>Autocomplete for the search box: products, producers and groups as the shopper types.</summary>
[ApiController]
public sealed class SuggestController(ISearchProviderSelector search, IStringLocalizer<SharedResource> t) : ControllerBase
{
    public const int MaxLength = 100;

    public sealed record SuggestionDto(string Kind, string Title, string Url, string? Subtitle);

    public sealed record SuggestResponse(string Query, string Provider, IReadOnlyList<SuggestionDto> Items);

    [HttpGet("/api/search/suggest")]
    [OutputCache(Duration = 60, VaryByQueryKeys = ["q", "culture"])]
    public async Task<IActionResult> Suggest([FromQuery] string? q, CancellationToken ct)
    {
        var text = VietnameseText.Normalize(q) ?? "";
        if (text.Length == 0 || text.Length > MaxLength)
            return Problem(statusCode: 400, title: t["Invalid search text"], detail: t["Type between 1 and {0} characters.", MaxLength]);
        var provider = search.Current;
        var items = await provider.SuggestAsync(text, 8, ct);
        return Ok(new SuggestResponse(text, provider.Name,
            items.Select(s => new SuggestionDto(s.Kind.ToString().ToLowerInvariant(), s.Title, s.Url, s.Subtitle)).ToList()));
    }
}
