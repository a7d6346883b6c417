using System.Globalization;

namespace OcopMarket.Web.Features.Stamps;

/// <summary>
/// A label stock for A4 sheets, in millimetres as the stock's maker measures it: label size, the page margin to the
/// first label and the gaps between labels.
/// </summary>
public sealed record LabelLayout(string Key, string Name, int Columns, int Rows, double Width, double Height,
    double Top, double Left, double GapX, double GapY, double Qr, string Size)
{
    public int PerSheet => Columns * Rows;

    /// <summary>A length for CSS ("48.5mm"), never with a decimal comma.</summary>
    public static string Mm(double value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "mm";
}

public static class LabelLayouts
{
    /// <summary>
    /// The stocks sold in Việt Nam for product stamps (Tomy, A-One and Avery codes share these sizes). 40 per sheet is
    /// the default: big enough for a QR code a phone reads from 20 cm, small enough for a jar lid.
    /// </summary>
    public static readonly IReadOnlyList<LabelLayout> All =
    [
        new("a4-40", "A4 · 40 (4 × 10) · 48,5 × 25,4 mm", 4, 10, 48.5, 25.4, 21.5, 8, 0, 0, 22, "small"),
        new("a4-24", "A4 · 24 (3 × 8) · 70 × 37 mm", 3, 8, 70, 37, 0.5, 0, 0, 0, 31, "large"),
        new("a4-65", "A4 · 65 (5 × 13) · 38,1 × 21,2 mm", 5, 13, 38.1, 21.2, 10.7, 4.75, 2.5, 0, 18, "tiny"),
    ];

    public static LabelLayout Find(string? key) => All.FirstOrDefault(l => l.Key == key) ?? All[0];
}

/// <summary>One printed stamp.</summary>
public sealed record StampLabel(int Number, string Serial, string Url, string TypedUrl, string QrSvg)
{
    /// <summary>"000123": six digits, as numbered labels are printed.</summary>
    public string PrintedNumber => Number.ToString("000000", CultureInfo.InvariantCulture);
}

public sealed record StampSheetPage(StampSeriesInfo Series, LabelLayout Layout, IReadOnlyList<StampLabel> Labels, string BackUrl, string PrintUrl, string DownloadUrl)
{
    public IEnumerable<IReadOnlyList<StampLabel>> Sheets => Labels.Chunk(Layout.PerSheet);
    public int SheetCount => (Labels.Count + Layout.PerSheet - 1) / Layout.PerSheet;

    /// <summary>The product name as it fits on a label (CSS clamps it too; this keeps very long names out of the markup).</summary>
    public string ShortProductName => Series.ProductName.Length <= 60 ? Series.ProductName : Series.ProductName[..59].TrimEnd() + "…";
}

/// <summary>Builds the print page of a series: every stamp's Digital Link and QR code, generated once per request.</summary>
public sealed class StampSheets(StampSeriesQueries queries, StampLinks links)
{
    public async Task<StampSheetPage> BuildAsync(StampSeriesInfo series, string? layout, string baseUrl, CancellationToken ct)
    {
        var stamps = await queries.StampsAsync(series, ct);
        using var qr = new StampQrCodes();
        var labels = new List<StampLabel>(stamps.Count);
        foreach (var (number, serial) in stamps)
        {
            var url = links.Url(series.Gtin, series.LotCode, serial);
            labels.Add(new StampLabel(number, serial, url, StampLinks.WithoutScheme(url), qr.Svg(url)));
        }
        var chosen = LabelLayouts.Find(layout);
        return new StampSheetPage(series, chosen, labels, baseUrl, $"{baseUrl}/{series.Id}/in", $"{baseUrl}/{series.Id}/tai-ve");
    }
}
