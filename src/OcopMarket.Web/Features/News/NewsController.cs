using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Models;
using OcopMarket.Web.Infrastructure;

namespace OcopMarket.Web.Features.News;

/// <summary>
/// Public news: the list with its kind tabs and an article's page. Both are the same for every visitor, so they are
/// output-cached (the office's saves evict the storefront tag; a scheduled article appears within the cache lifetime).
/// </summary>
[OutputCache(PolicyName = StorefrontCachePolicy.Name)]
public sealed class NewsController(NewsPages pages, IStringLocalizer<NewsResource> l) : Controller
{
    public const string ListPath = "/tin-tuc";

    [HttpGet(ListPath)]
    public async Task<IActionResult> Index(string? loai, int page = 1, CancellationToken ct = default)
    {
        var kind = ArticleKinds.FromSlug(loai);
        if (loai is not null && kind is null) return NotFound();
        var model = await pages.ListAsync(kind, page, ct);
        ViewData["Title"] = kind switch
        {
            Core.News.ArticleKind.ProducerStory => l["Producer stories"].Value,
            Core.News.ArticleKind.News => l["News"].Value,
            _ => l["News and stories"].Value,
        };
        ViewData["Description"] = l["News of the OCOP programme, fairs and the stories of the producers behind the products."].Value;
        ViewData["Canonical"] = ListPath + (kind is { } k ? "?loai=" + ArticleKinds.Slug(k) : "") + (model.Page > 1 ? (kind is null ? "?" : "&") + "page=" + model.Page : "");
        return View(model);
    }

    [HttpGet(ListPath + "/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        if (slug.Length > 200) return NotFound();
        var model = await pages.GetAsync(slug, ct);
        if (model is null) return NotFound();
        ViewData["Title"] = model.Title;
        ViewData["Description"] = model.Summary;
        ViewData["Canonical"] = ListPath + "/" + model.Slug;
        ViewData["OgType"] = "article";
        if (model.CoverImageId is int cover) ViewData["OgImage"] = $"/media/{cover}/800.jpg";
        return View(model);
    }
}
