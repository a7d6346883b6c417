using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;
using OcopMarket.Core.Media;
using OcopMarket.Web.Framework.TagHelpers;

namespace OcopMarket.Web.Tests.Media;

public sealed class PictureTagHelperTests
{
    [Fact]
    public void Renders_webp_sources_and_a_jpeg_fallback()
    {
        var html = Render(new PictureTagHelper(new MediaOptions())
        {
            MediaId = 42, Alt = "Mật ong \"rừng\"", Width = 400, Sizes = "(max-width: 576px) 100vw, 400px", Class = "card-img-top",
        });

        var picture = Parse(html);
        var source = picture.QuerySelector("source")!;
        var img = picture.QuerySelector("img")!;
        Assert.Equal(["source", "img"], picture.Children.Select(c => c.LocalName));
        Assert.Equal("image/webp", source.GetAttribute("type"));
        Assert.Equal("/media/42/160.webp 160w, /media/42/400.webp 400w, /media/42/800.webp 800w", source.GetAttribute("srcset"));
        Assert.Equal("(max-width: 576px) 100vw, 400px", source.GetAttribute("sizes"));
        Assert.Equal("/media/42/400.jpg", img.GetAttribute("src"));
        Assert.Equal("/media/42/160.jpg 160w, /media/42/400.jpg 400w, /media/42/800.jpg 800w", img.GetAttribute("srcset"));
        Assert.Equal("Mật ong \"rừng\"", img.GetAttribute("alt"));
        Assert.Equal("400", img.GetAttribute("width"));
        Assert.False(img.HasAttribute("height"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Equal("async", img.GetAttribute("decoding"));
        Assert.Equal("card-img-top", img.GetAttribute("class"));
    }

    [Fact]
    public void Null_id_renders_the_placeholder()
    {
        var html = Render(new PictureTagHelper(new MediaOptions()) { MediaId = null, Alt = "", Width = 160, Height = 120, Loading = "eager" });

        var picture = Parse(html);
        var img = picture.QuerySelector("img")!;
        Assert.Equal("/media/placeholder/160.webp 160w, /media/placeholder/400.webp 400w, /media/placeholder/800.webp 800w", picture.QuerySelector("source")!.GetAttribute("srcset"));
        Assert.Equal("/media/placeholder/160.jpg", img.GetAttribute("src"));
        Assert.Equal("", img.GetAttribute("alt"));
        Assert.Equal("120", img.GetAttribute("height"));
        Assert.Equal("eager", img.GetAttribute("loading"));
    }

    private static AngleSharp.Dom.IElement Parse(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + html + "</body>");
        Assert.Single(document.Body!.Children);
        return document.Body.Children[0] is { LocalName: "picture" } picture ? picture : throw new Xunit.Sdk.XunitException("no <picture> in " + html);
    }

    private static string Render(PictureTagHelper helper)
    {
        var context = new TagHelperContext("ocop-picture", [], new Dictionary<object, object>(), "id");
        var output = new TagHelperOutput("ocop-picture", [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()))
        {
            TagMode = TagMode.SelfClosing,
        };
        helper.Process(context, output);
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        return writer.ToString();
    }
}
