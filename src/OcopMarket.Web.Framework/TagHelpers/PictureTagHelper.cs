using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using OcopMarket.Core.Media;

namespace OcopMarket.Web.Framework.TagHelpers;

/// <summary>
/// <c>&lt;ocop-picture media-id="@id" alt="…" width="400" sizes="…" /&gt;</c>: a responsive picture with WebP sources and a
/// JPEG fallback at every served width; a product without an image (null id) gets the drawn placeholder.
/// </summary>
[HtmlTargetElement("ocop-picture", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PictureTagHelper(MediaOptions options) : TagHelper
{
    [HtmlAttributeName("media-id")]
    public int? MediaId { get; set; }

    public string Alt { get; set; } = "";

    /// <summary>The width the img falls back to (and its width attribute); rounded up to a served width.</summary>
    public int Width { get; set; } = 400;

    public int? Height { get; set; }

    public string? Sizes { get; set; }

    public string? Class { get; set; }

    public string Loading { get; set; } = "lazy";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext? ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var widths = options.Widths.Order().ToArray();
        var pathBase = ViewContext?.HttpContext.Request.PathBase.Value ?? "";
        string Url(int w, VariantFormat f) => pathBase + MediaUrls.For(MediaId, w, f);
        string SrcSet(VariantFormat f) => string.Join(", ", widths.Select(w => $"{Url(w, f)} {w.ToString(CultureInfo.InvariantCulture)}w"));

        output.TagName = "picture";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Clear();

        var source = new TagBuilder("source") { TagRenderMode = TagRenderMode.SelfClosing };
        source.Attributes["type"] = "image/webp";
        source.Attributes["srcset"] = SrcSet(VariantFormat.WebP);
        if (!string.IsNullOrWhiteSpace(Sizes)) source.Attributes["sizes"] = Sizes;

        var fallbackWidth = widths.FirstOrDefault(w => w >= Width, widths[^1]);
        var img = new TagBuilder("img") { TagRenderMode = TagRenderMode.SelfClosing };
        img.Attributes["src"] = Url(fallbackWidth, VariantFormat.Jpeg);
        img.Attributes["srcset"] = SrcSet(VariantFormat.Jpeg);
        if (!string.IsNullOrWhiteSpace(Sizes)) img.Attributes["sizes"] = Sizes;
        img.Attributes["alt"] = Alt; // always present, empty for decorative use
        img.Attributes["width"] = Width.ToString(CultureInfo.InvariantCulture);
        if (Height is { } h) img.Attributes["height"] = h.ToString(CultureInfo.InvariantCulture);
        img.Attributes["loading"] = Loading;
        img.Attributes["decoding"] = "async";
        if (!string.IsNullOrWhiteSpace(Class)) img.Attributes["class"] = Class;

        output.Content.AppendHtml(source);
        output.Content.AppendHtml(img);
    }
}
