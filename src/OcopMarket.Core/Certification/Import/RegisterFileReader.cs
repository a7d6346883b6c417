using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using MiniExcelLibs;

namespace OcopMarket.Core.Certification.Import;

public enum RegisterFileFormat
{
    Csv = 1,
    Xlsx = 2,
}

/// <summary>One data row as read: its row number in the spreadsheet and the cells of the known columns (string, number or date).</summary>
public sealed record RawRow(int RowNumber, IReadOnlyDictionary<RegisterColumn, object?> Cells)
{
    public object? this[RegisterColumn column] => Cells.TryGetValue(column, out var v) ? v : null;
}

public sealed record RawSheet(RegisterFileFormat Format, IReadOnlyList<RegisterColumn> Columns, IReadOnlyList<RawRow> Rows);

/// <summary>The sheet, or why the file cannot be read at all.</summary>
public sealed record RawSheetResult(RawSheet? Sheet, ImportMessage? Error)
{
    public static RawSheetResult Fail(string key, params object[] args) => new(null, new ImportMessage(key, args));
}

/// <summary>
/// Reads an uploaded register: the format is decided from the content (an .xlsx is a zip with a
/// workbook inside; a CSV is UTF-8 text), never from the file name. CSV through CsvHelper (comma,
/// semicolon or tab; with or without BOM), XLSX through MiniExcel (first sheet). The heading row may
/// sit below a title block: it is the first of the top rows that names at least three known columns.
/// </summary>
public sealed class RegisterFileReader
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 5000;
    private const int HeaderSearchRows = 15;
    private const int MinHeaderMatches = 3;

    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0];
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static RegisterFileFormat? DetectFormat(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(ZipMagic)) return IsWorkbook(content.ToArray()) ? RegisterFileFormat.Xlsx : null;
        if (content.StartsWith(OleMagic) || content.IndexOf((byte)0) >= 0) return null;
        return RegisterFileFormat.Csv;
    }

    public RawSheetResult Read(byte[] content)
    {
        if (content.Length == 0) return RawSheetResult.Fail(ImportMessages.Empty);
        if (content.Length > MaxBytes) return RawSheetResult.Fail(ImportMessages.TooLarge, MaxBytes / (1024 * 1024));
        var format = DetectFormat(content);
        if (format is null) return RawSheetResult.Fail(ImportMessages.NotCsvOrXlsx);

        List<(int Row, object?[] Cells)> rows;
        try
        {
            if (format == RegisterFileFormat.Xlsx)
            {
                rows = ReadXlsx(content);
            }
            else
            {
                try
                {
                    _ = StrictUtf8.GetCharCount(content);
                }
                catch (DecoderFallbackException)
                {
                    return RawSheetResult.Fail(ImportMessages.NotUtf8);
                }
                rows = ReadCsv(content);
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or CsvFormatException or InvalidOperationException or FormatException or System.Xml.XmlException)
        {
            return RawSheetResult.Fail(ImportMessages.Unreadable, e.Message);
        }
        return Shape(format.Value, rows);
    }

    private static RawSheetResult Shape(RegisterFileFormat format, List<(int Row, object?[] Cells)> rows)
    {
        // The heading row: the first near the top that names enough known columns.
        var headerIndex = -1;
        Dictionary<int, RegisterColumn>? map = null;
        for (var i = 0; i < Math.Min(rows.Count, HeaderSearchRows) && headerIndex < 0; i++)
        {
            var candidate = new Dictionary<int, RegisterColumn>();
            var cells = rows[i].Cells;
            for (var c = 0; c < cells.Length; c++)
            {
                if (RegisterColumns.Match(Text(cells[c])) is not { } column) continue;
                if (candidate.ContainsValue(column))
                    return RawSheetResult.Fail(ImportMessages.DuplicateColumn, Text(cells[c])!.Trim());
                candidate[c] = column;
            }
            if (candidate.Count >= MinHeaderMatches)
            {
                headerIndex = i;
                map = candidate;
            }
        }
        if (map is null) return RawSheetResult.Fail(ImportMessages.NoHeader);

        var missing = RegisterColumns.All.Where(c => c.Required && !map.ContainsValue(c.Column)).Select(c => c.Heading).ToList();
        if (missing.Count > 0) return RawSheetResult.Fail(ImportMessages.MissingColumns, string.Join(", ", missing));

        var data = new List<RawRow>();
        foreach (var (rowNumber, cells) in rows.Skip(headerIndex + 1))
        {
            if (cells.All(IsBlank)) continue;
            var values = new Dictionary<RegisterColumn, object?>();
            foreach (var (index, column) in map)
                values[column] = index < cells.Length ? cells[index] : null;
            // A row with nothing in the columns we read (a note beside the table) is not a register row.
            if (values.Values.All(IsBlank)) continue;
            if (data.Count == MaxRows) return RawSheetResult.Fail(ImportMessages.TooManyRows, MaxRows);
            data.Add(new RawRow(rowNumber, values));
        }
        if (data.Count == 0) return RawSheetResult.Fail(ImportMessages.NoRows);
        return new RawSheetResult(new RawSheet(format, map.OrderBy(m => m.Key).Select(m => m.Value).ToList(), data), null);
    }

    private static List<(int, object?[])> ReadCsv(byte[] utf8)
    {
        // The separator (comma, semicolon, tab) is detected by CsvHelper; line numbers count every line, as an editor shows them.
        var options = new CsvReaderOptions { HasHeader = false, TrackLineNumbers = true, TrimWhitespace = true };
        var start = utf8.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        using var reader = CsvReader.Create(new ReadOnlyMemory<byte>(utf8, start, utf8.Length - start), options);
        var rows = new List<(int, object?[])>();
        while (reader.Read())
        {
            rows.Add(((int)reader.LineNumber, reader.Current.ToArray().Cast<object?>().ToArray()));
            if (rows.Count > MaxRows + HeaderSearchRows + 1000) break;
        }
        return rows;
    }

    private static List<(int, object?[])> ReadXlsx(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        var rows = new List<(int, object?[])>();
        var number = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            number++;
            rows.Add((number, row.Values.ToArray()));
            if (rows.Count > MaxRows + HeaderSearchRows + 1000) break;
        }
        return rows;
    }

    private static bool IsWorkbook(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("xl/workbook.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static string? Text(object? cell) => cell switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };

    private static bool IsBlank(object? cell) => cell is null || cell is string s && string.IsNullOrWhiteSpace(s);
}
