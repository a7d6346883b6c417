using System.Globalization;
using System.Text;
using QRCoder;

namespace OcopMarket.Web.Features.Stamps;

/// <summary>
/// Draws stamp QR codes as inline SVG (vector, so they print sharp at any label size): error correction M, the
/// 4-module quiet zone included in the view box, and the dark modules of each row merged into runs of one path, so a
/// code is about 3 kB of markup instead of hundreds of rectangles. One instance per request (per sheet page), so the
/// generator is reused across the thousands of labels of a series.
/// </summary>
public sealed class StampQrCodes : IDisposable
{
    private readonly QRCodeGenerator _generator = new();

    public string Svg(string payload, string? title = null)
    {
        using var data = _generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix; // includes the quiet zone
        var size = matrix.Count;
        var path = new StringBuilder(size * 40);
        for (var y = 0; y < size; y++)
        {
            var row = matrix[y];
            for (var x = 0; x < size; x++)
            {
                if (!row[x]) continue;
                var start = x;
                while (x + 1 < size && row[x + 1]) x++;
                path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start + 1}v1H{start}z");
            }
        }
        var svg = new StringBuilder(path.Length + 200);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\" role=\"img\"");
        if (title is not null) svg.Append(" aria-label=\"").Append(System.Net.WebUtility.HtmlEncode(title)).Append('"');
        svg.Append(CultureInfo.InvariantCulture, $"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"").Append(path).Append("\"/></svg>");
        return svg.ToString();
    }

    public void Dispose() => _generator.Dispose();
}
