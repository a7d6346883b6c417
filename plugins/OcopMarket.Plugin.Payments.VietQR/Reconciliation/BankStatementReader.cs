using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using OcopMarket.Core.Common;

namespace OcopMarket.Plugin.Payments.VietQR.Reconciliation;

/// <summary>One incoming transfer on the bank statement.</summary>
public sealed record StatementRow(int Line, DateTime Date, long Amount, string Description, string Reference);

/// <summary>A problem with the file or one of its rows: an English message key and its arguments (localised by the page).</summary>
public sealed record StatementProblem(int? Line, string Error, params object[] Arguments);

public sealed record StatementReadResult(IReadOnlyList<StatementRow> Rows, IReadOnlyList<StatementProblem> Problems, bool Readable);

/// <summary>
/// Reads a bank statement exported as CSV (UTF-8, with or without BOM; comma, semicolon or tab): the columns
/// date, amount, description and reference are found by their header in English or Vietnamese, whatever their order.
/// Rows that cannot be read are reported with their line number; the others are still used.
/// </summary>
public sealed partial class BankStatementReader
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 5000;

    private static readonly string[] DateHeaders = ["date", "ngay", "ngay giao dich", "ngay gd", "transaction date", "thoi gian", "ngay hach toan"];
    private static readonly string[] AmountHeaders = ["amount", "so tien", "credit", "so tien ghi co", "ghi co", "so tien gd"];
    private static readonly string[] DescriptionHeaders = ["description", "content", "noi dung", "mo ta", "dien giai", "noi dung giao dich", "noi dung chuyen khoan"];
    private static readonly string[] ReferenceHeaders = ["reference", "ref", "ma giao dich", "ma gd", "so tham chieu", "so but toan", "transaction id"];
    private static readonly string[] DateFormats =
    [
        "dd/MM/yyyy", "d/M/yyyy", "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss", "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss",
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "dd-MM-yyyy", "dd-MM-yyyy HH:mm:ss",
    ];

    public StatementReadResult Read(byte[] content)
    {
        if (content.Length == 0) return Fail("The file is empty.");
        if (content.Length > MaxBytes) return Fail("The file is larger than {0} MB.", MaxBytes / 1024 / 1024);
        string text;
        try
        {
            // Strict: a statement saved in another code page would silently garble the descriptions.
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return Fail("The file is not UTF-8 text. Save it again as \"CSV UTF-8\".");
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (text.Contains('\0')) return Fail("The file is not a CSV text file.");

        var rows = new List<StatementRow>();
        var problems = new List<StatementProblem>();
        // The separator (comma, semicolon, tab) is detected by CsvHelper; line numbers count lines as an editor shows them.
        var options = new CsvReaderOptions { HasHeader = false, TrackLineNumbers = true, TrimWhitespace = true, SkipEmptyLines = true };
        var utf8 = Encoding.UTF8.GetBytes(text);
        using var csv = CsvReader.Create(new ReadOnlyMemory<byte>(utf8), options);
        int date = -1, amount = -1, description = -1, reference = -1;
        try
        {
            if (!csv.Read()) return Fail("The file has no header row.");
            var headers = csv.Current.ToArray().Select(h => Normalise(h ?? "")).ToList();
            int Find(string[] names) => headers.FindIndex(names.Contains);
            (date, amount, description, reference) = (Find(DateHeaders), Find(AmountHeaders), Find(DescriptionHeaders), Find(ReferenceHeaders));
            if (date < 0 || amount < 0 || description < 0 || reference < 0)
                return Fail("The file needs the columns: date, amount, description (content) and reference.");

            while (csv.Read())
            {
                var line = (int)csv.LineNumber;
                if (rows.Count + problems.Count >= MaxRows)
                {
                    problems.Add(new StatementProblem(line, "Only the first {0} rows were read.", MaxRows));
                    break;
                }
                var fields = csv.Current.ToArray();
                string? Field(int i) => i < fields.Length ? fields[i] : null;
                var row = ReadRow(line, Field(date), Field(amount), Field(description), Field(reference), out var problem);
                if (row is not null) rows.Add(row);
                else if (problem is not null) problems.Add(problem);
            }
        }
        catch (CsvFormatException)
        {
            problems.Add(new StatementProblem(rows.Count == 0 && problems.Count == 0 ? null : (int?)csv.LineNumber, "The rest of the file could not be read (broken quotes?)."));
        }
        return new StatementReadResult(rows, problems, true);
    }

    private static StatementRow? ReadRow(int line, string? dateText, string? amountText, string? description, string? reference, out StatementProblem? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(dateText) && string.IsNullOrWhiteSpace(amountText) && string.IsNullOrWhiteSpace(reference))
            return null; // an empty row of separators, as spreadsheets write them
        if (!TryParseDate(dateText, out var date))
        {
            problem = new StatementProblem(line, "The date \"{0}\" is not a date (dd/mm/yyyy).", dateText ?? "");
            return null;
        }
        if (!TryParseAmount(amountText, out var amount))
        {
            problem = new StatementProblem(line, "The amount \"{0}\" is not a whole number of đồng.", amountText ?? "");
            return null;
        }
        if (amount <= 0)
        {
            problem = new StatementProblem(line, "The amount {0} is not money received.", amountText ?? "");
            return null;
        }
        if (string.IsNullOrWhiteSpace(reference))
        {
            problem = new StatementProblem(line, "The bank reference is missing.");
            return null;
        }
        return new StatementRow(line, date, amount, (description ?? "").Trim(), reference.Trim());
    }

    private static bool TryParseDate(string? text, out DateTime date) =>
        DateTime.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Whole đồng written "1250000", "1.250.000", "1,250,000", "1 250 000", optionally with ",00"/".00" or "₫"/"VND".</summary>
    public static bool TryParseAmount(string? text, out long amount)
    {
        amount = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = CurrencyNoise().Replace(text, "");
        var negative = s.StartsWith('-');
        if (negative || s.StartsWith('+')) s = s[1..];
        var m = AmountPattern().Match(s);
        if (!m.Success) return false;
        var digits = m.Groups["int"].Value.Replace(".", "").Replace(",", "");
        if (digits.Length > 15 || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out amount)) return false;
        if (negative) amount = -amount;
        return true;
    }

    private static string Normalise(string header) =>
        Spaces().Replace(VietnameseText.Fold(header).ToLowerInvariant().Replace('_', ' '), " ").Trim();

    private static StatementReadResult Fail(string error, params object[] args) =>
        new([], [new StatementProblem(null, error, args)], false);

    // Thousands grouped by "." or "," (3 digits each), or plain digits; an optional ",00"/".00" of zero cents.
    [GeneratedRegex(@"^(?<int>\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*|\d+)(?:[.,]0{1,2})?$")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"\s+|₫|VND|VNĐ|đ", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyNoise();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
