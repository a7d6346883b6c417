using System.Data;
using System.Text;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using OcopMarket.Core.Certification.Import;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.RegisterImport;

/// <summary>
/// The blank register an office can fill in: the headings the import expects (Vietnamese, as offices
/// keep them) on the first sheet, and a second sheet explaining each column with an example.
/// </summary>
public sealed class RegisterTemplate(IStringLocalizer<OfficeResource> L)
{
    /// <summary>The explanation of each column (English keys), for the template and the upload page.</summary>
    public static readonly IReadOnlyDictionary<RegisterColumn, string> Notes = new Dictionary<RegisterColumn, string>
    {
        [RegisterColumn.RowNo] = "Row number in your register (optional).",
        [RegisterColumn.ProductName] = "As on the certificate. A product is matched by name within its producer.",
        [RegisterColumn.ProducerName] = "A producer is matched by name within its commune; a new one is created unpublished.",
        [RegisterColumn.ProducerType] = "HTX, Doanh nghiệp, Hộ kinh doanh or Tổ hợp tác; may be left empty when the name says it.",
        [RegisterColumn.Commune] = "Name (with or without \"Xã\"/\"Phường\") or GSO code; the commune as of the decision date, before or after the 2025 merger.",
        [RegisterColumn.Province] = "Name or code; a province merged in 2025 is read as today's.",
        [RegisterColumn.Category] = "Group or subgroup code (e.g. 1.3) or its name.",
        [RegisterColumn.Stars] = "1 to 5. 1★ and 2★ only under Decision 1048.",
        [RegisterColumn.Score] = "Optional; 0–100, must give the star rank (e.g. 70–89 → 4★).",
        [RegisterColumn.CouncilLevel] = "Huyện, Tỉnh or Trung ương; checked against the rule in force on the decision date.",
        [RegisterColumn.CriteriaSet] = "148 or 1048; empty: 1048 before 24/02/2023, otherwise 148.",
        [RegisterColumn.DecisionNumber] = "One decision may list many products, but only once per product.",
        [RegisterColumn.IssuingBody] = "E.g. UBND huyện Triệu Sơn, UBND tỉnh Thanh Hóa.",
        [RegisterColumn.IssuedOn] = "dd/MM/yyyy or an Excel date.",
        [RegisterColumn.ExpiresOn] = "Optional; empty means 36 months after the issue date.",
    };

    public byte[] Xlsx()
    {
        var register = new DataTable("Register");
        foreach (var c in RegisterColumns.All) register.Columns.Add(c.Heading, typeof(string));

        var guide = new DataTable("Guide");
        guide.Columns.Add(L["Column"].Value);
        guide.Columns.Add(L["Required"].Value);
        guide.Columns.Add(L["Example"].Value);
        guide.Columns.Add(L["Notes"].Value);
        foreach (var c in RegisterColumns.All)
            guide.Rows.Add(c.Heading, c.Required ? L["Yes"].Value : L["No"].Value, c.Example, L[Notes[c.Column]].Value);

        var sheets = new Dictionary<string, object>
        {
            [L["OCOP register"].Value] = register,
            [L["Instructions"].Value] = guide,
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets, configuration: new OpenXmlConfiguration { FastMode = true, EnableAutoWidth = true, MaxWidth = 90, FreezeRowCount = 1, AutoFilter = false });
        return stream.ToArray();
    }

    /// <summary>UTF-8 with a BOM, so Excel opens the Vietnamese headings correctly.</summary>
    public byte[] Csv()
    {
        var line = string.Join(',', RegisterColumns.All.Select(c => c.Heading)) + "\r\n";
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(line)];
    }
}
