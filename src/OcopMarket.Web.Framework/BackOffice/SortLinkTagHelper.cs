using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.WebUtilities;

namespace OcopMarket.Web.Framework.BackOffice;

/// <summary>
/// A sortable column header: <c>&lt;a sort-by="name" current-sort="@Model.Sort" current-desc="@Model.Desc"&gt;Tên&lt;/a&gt;</c>.
/// Keeps the other query values (filters, search), resets the page, toggles the direction and marks
/// the active column with an arrow and aria-sort.
/// </summary>
[HtmlTargetElement("a", Attributes = "sort-by")]
public sealed class SortLinkTagHelper : TagHelper
{
    [HtmlAttributeName("sort-by")] public string SortBy { get; set; } = "";
    [HtmlAttributeName("current-sort")] public string? CurrentSort { get; set; }
    [HtmlAttributeName("current-desc")] public bool CurrentDesc { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var request = ViewContext.HttpContext.Request;
        var active = string.Equals(SortBy, CurrentSort, StringComparison.OrdinalIgnoreCase);
        var values = request.Query
            .Where(kv => kv.Key is not ("sort" or "desc" or "page"))
            .ToDictionary(kv => kv.Key, kv => (string?)kv.Value.ToString());
        values["sort"] = SortBy;
        if (active && !CurrentDesc) values["desc"] = "true";
        output.Attributes.SetAttribute("href", QueryHelpers.AddQueryString(request.Path, values));
        output.AddClass("sort-link", System.Text.Encodings.Web.HtmlEncoder.Default);
        if (active)
        {
            output.Attributes.SetAttribute("aria-sort", CurrentDesc ? "descending" : "ascending");
            output.PostContent.AppendHtml(CurrentDesc ? " <i class=\"bi bi-caret-down-fill\" aria-hidden=\"true\"></i>" : " <i class=\"bi bi-caret-up-fill\" aria-hidden=\"true\"></i>");
        }
    }
}

/// <summary>Builds the link to another page of the current list, keeping every other query value.</summary>
public static class ListLinks
{
    public static string Page(HttpRequest request, int page)
    {
        var values = request.Query.Where(kv => kv.Key != "page").ToDictionary(kv => kv.Key, kv => (string?)kv.Value.ToString());
        if (page > 1) values["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(request.Path, values);
    }
}
