using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OcopMarket.Web.Features.Reports;

/// <summary>
/// The monthly report as an XLSX workbook with DocumentFormat.OpenXml: one sheet per section, a title and the period on
/// top, then each table with a bold header row; numbers stay numbers (#,##0, signed changes, dd/mm/yyyy dates) so the
/// office can add them up; column widths from the longest text.
/// </summary>
public sealed class MonthlyReportXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const int MaxSheetName = 31;

    // Cell formats (indexes into CellFormats below).
    private const uint Header = 1, TextCell = 2, CountCell = 3, ChangeCell = 4, DateCell = 5, PercentCell = 6, Title = 7,
        TotalText = 8, TotalCount = 9, TotalChange = 10, Caption = 11, Muted = 12;

    public static string FileName(Core.Reports.ReportMonth month) => $"bao-cao-ocop-{month.Key}.xlsx";

    public byte[] Build(string title, string subtitle, IReadOnlyList<ReportSection> sections)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            document.PackageProperties.Title = title;
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            uint id = 1;
            foreach (var section in sections)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(section, title, subtitle);
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = UniqueName(SheetName(section.SheetName), names) });
            }
            workbookPart.Workbook.Save();
        }
        return stream.ToArray();
    }

    /// <summary>A valid sheet name: no []:*?/\, not blank, not starting or ending with an apostrophe, at most 31 characters.</summary>
    public static string SheetName(string name)
    {
        var clean = new string(name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\') && !char.IsControl(c)).ToArray()).Trim().Trim('\'');
        if (clean.Length == 0) clean = "Sheet";
        return clean.Length <= MaxSheetName ? clean : clean[..MaxSheetName].TrimEnd();
    }

    private static string UniqueName(string name, HashSet<string> used)
    {
        var candidate = name;
        for (var n = 2; !used.Add(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = (name.Length + suffix.Length > MaxSheetName ? name[..(MaxSheetName - suffix.Length)] : name) + suffix;
        }
        return candidate;
    }

    private static Worksheet Sheet(ReportSection section, string title, string subtitle)
    {
        var data = new SheetData();
        var widths = new Dictionary<int, double>();
        uint r = 0;

        void Width(int column, string text)
        {
            // A rough character count is what Excel's own autofit does for the default font; Vietnamese diacritics don't widen.
            var w = Math.Min(60, Math.Max(8, text.Length + 2));
            widths[column] = Math.Max(widths.GetValueOrDefault(column), w);
        }

        Row NewRow() => new() { RowIndex = ++r };

        var titleRow = NewRow();
        titleRow.Append(TextCellOf(0, r, title, Title));
        data.Append(titleRow);
        var sectionRow = NewRow();
        sectionRow.Append(TextCellOf(0, r, section.Title, Caption));
        data.Append(sectionRow);
        var periodRow = NewRow();
        periodRow.Append(TextCellOf(0, r, subtitle, Muted));
        data.Append(periodRow);

        foreach (var table in section.Tables)
        {
            r++; // a blank row between blocks
            if (table.Caption is { } caption)
            {
                var captionRow = NewRow();
                captionRow.Append(TextCellOf(0, r, caption, Caption));
                data.Append(captionRow);
            }
            var header = NewRow();
            for (var c = 0; c < table.Columns.Count; c++)
            {
                header.Append(TextCellOf(c, r, table.Columns[c].Heading, Header));
                Width(c, table.Columns[c].Heading);
            }
            data.Append(header);
            if (table.Rows.Count == 0 && table.Empty is { } empty)
            {
                var none = NewRow();
                none.Append(TextCellOf(0, r, empty, Muted));
                data.Append(none);
            }
            for (var i = 0; i < table.Rows.Count; i++)
            {
                var total = table.LastRowIsTotal && i == table.Rows.Count - 1;
                var row = NewRow();
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var value = table.Rows[i][c];
                    var kind = table.Columns[c].Kind;
                    row.Append(value switch
                    {
                        decimal n => NumberCell(c, r, n, kind switch
                        {
                            CellKind.Change => total ? TotalChange : ChangeCell,
                            CellKind.Percent => PercentCell,
                            _ => total ? TotalCount : CountCell,
                        }),
                        DateOnly d => DateCellOf(c, r, d),
                        null => TextCellOf(c, r, "", total ? TotalText : TextCell),
                        _ => TextCellOf(c, r, value.ToString() ?? "", total ? TotalText : TextCell),
                    });
                    Width(c, value switch { decimal n => n.ToString("#,##0") + (kind == CellKind.Change ? "+" : ""), DateOnly => "00/00/0000", _ => value?.ToString() ?? "" });
                }
                data.Append(row);
            }
        }
        if (section.Note is { } note)
        {
            r++;
            var noteRow = NewRow();
            noteRow.Append(TextCellOf(0, r, note, Muted));
            data.Append(noteRow);
        }

        var columns = new Columns();
        foreach (var (c, w) in widths.OrderBy(x => x.Key))
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = w, CustomWidth = true });
        var sheet = new Worksheet();
        sheet.Append(new SheetViews(new SheetView { WorkbookViewId = 0, ShowGridLines = true }));
        if (columns.HasChildren) sheet.Append(columns);
        sheet.Append(data);
        sheet.Append(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Portrait, FitToWidth = 1, FitToHeight = 0 });
        return sheet;
    }

    private static string Reference(int column, uint row)
    {
        var name = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26) name = (char)('A' + (c - 1) % 26) + name;
        return name + row;
    }

    private static Cell TextCellOf(int column, uint row, string text, uint style) => new()
    {
        CellReference = Reference(column, row),
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    private static Cell NumberCell(int column, uint row, decimal value, uint style) => new()
    {
        CellReference = Reference(column, row),
        CellValue = new CellValue(value),
        DataType = CellValues.Number,
        StyleIndex = style,
    };

    private static Cell DateCellOf(int column, uint row, DateOnly day) => new()
    {
        CellReference = Reference(column, row),
        CellValue = new CellValue(day.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)),
        StyleIndex = DateCell,
    };

    private static Stylesheet Stylesheet()
    {
        var formats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "+#,##0;-#,##0;0" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = 167, FormatCode = "0\" %\"" });
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" }),
            new Font(new Italic(), new FontSize { Val = 10 }, new Color { Rgb = "FF555555" }, new FontName { Val = "Calibri" }));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE3F1E8" }) { PatternType = PatternValues.Solid }));
        var thin = () => new Border(
            new LeftBorder(new Color { Rgb = "FFB7C4BC" }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Rgb = "FFB7C4BC" }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Rgb = "FFB7C4BC" }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Rgb = "FFB7C4BC" }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin());

        CellFormat Format(uint font, uint fill, uint border, uint numFmt = 0, bool wrap = false) => new(
            wrap ? new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center } : new Alignment { Vertical = VerticalAlignmentValues.Top })
        {
            FontId = font, FillId = fill, BorderId = border, NumberFormatId = numFmt,
            ApplyFont = font != 0, ApplyFill = fill != 0, ApplyBorder = border != 0, ApplyNumberFormat = numFmt != 0, ApplyAlignment = true,
        };

        var cellFormats = new CellFormats(
            new CellFormat(),                 // 0 default
            Format(1, 2, 1, wrap: true),      // 1 header: bold on light green
            Format(0, 0, 1),                  // 2 text
            Format(0, 0, 1, 164),             // 3 count / money #,##0
            Format(0, 0, 1, 165),             // 4 change +#,##0
            Format(0, 0, 1, 166),             // 5 date
            Format(0, 0, 1, 167),             // 6 percent
            Format(2, 0, 0),                  // 7 title
            Format(1, 0, 1),                  // 8 total text
            Format(1, 0, 1, 164),             // 9 total count
            Format(1, 0, 1, 165),             // 10 total change
            Format(1, 0, 0),                  // 11 caption
            Format(3, 0, 0));                 // 12 muted note
        return new Stylesheet(formats, fonts, fills, borders,
            new CellStyleFormats(new CellFormat()), cellFormats, new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }
}
