namespace OcopMarket.Web.Framework.Models;

public sealed record FacetValueModel(string Value, string Label, int Count, bool Selected);

public sealed record FacetModel(string Key, string Title, IReadOnlyList<FacetValueModel> Values);

public sealed record PagerModel(int Page, int PageSize, int TotalItems)
{
    public int TotalPages => Math.Max(1, (TotalItems + PageSize - 1) / PageSize);
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < TotalPages;
}

/// <summary>A product listing: a category page or a search result page.</summary>
public sealed record ListingPageModel(
    string Title, string? Description, string BaseUrl, IReadOnlyList<BreadcrumbItem> Breadcrumbs,
    IReadOnlyList<CategoryLinkModel> Subcategories, IReadOnlyList<ProductCardModel> Products,
    IReadOnlyList<FacetModel> Facets, PagerModel Pager, string Sort,
    long? MinPrice, long? MaxPrice, string? Query, IReadOnlyDictionary<string, string?[]> CurrentQuery);
