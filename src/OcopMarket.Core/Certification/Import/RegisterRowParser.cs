using System.Globalization;
using System.Text.RegularExpressions;
using OcopMarket.Core.Common;
using OcopMarket.Core.Producers;

namespace OcopMarket.Core.Certification.Import;

/// <summary>
/// Reads one register row into typed values and checks the rules that need no database beyond the
/// reference lists: required fields, dates, places, groups, stars against criteria set, score and
/// council authority (DOMAIN.md). Database checks (duplicates) are the import service's.
/// </summary>
public sealed partial class RegisterRowParser(RegisterReferenceData reference)
{
    /// <summary>Decision 148/QĐ-TTg was signed on 24 February 2023; rows without a criteria set are read by their date.</summary>
    public static readonly DateOnly Decision148SignedOn = new(2023, 2, 24);

    private static readonly string[] DateFormats =
    [
        "d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy", "dd-MM-yyyy", "d.M.yyyy", "dd.MM.yyyy", "yyyy-MM-dd", "yyyy/MM/dd",
    ];

    public ImportRow Parse(RawRow raw, DateOnly today)
    {
        var row = new ImportRow
        {
            RowNumber = raw.RowNumber,
            Raw = raw.Cells.ToDictionary(c => c.Key, c => Display(c.Value)),
        };
        row.RowNo = Text(raw[RegisterColumn.RowNo]);
        row.ProductName = RequiredText(row, raw, RegisterColumn.ProductName, 200);
        row.ProducerName = RequiredText(row, raw, RegisterColumn.ProducerName, 200);
        ParseProducerType(row, raw);

        // Dates first: the decision date chooses the era of the commune and the council rule.
        row.IssuedOn = RequiredDate(row, raw, RegisterColumn.IssuedOn);
        if (row.IssuedOn > today) row.Error(ImportMessages.IssuedInFuture, Show(row.IssuedOn.Value));
        ParsePlace(row, raw);
        ParseCategory(row, raw);
        ParseRank(row, raw);
        row.DecisionNumber = RequiredText(row, raw, RegisterColumn.DecisionNumber, 100);
        row.IssuingBody = RequiredText(row, raw, RegisterColumn.IssuingBody, 200);
        ParseExpiry(row, raw);
        return row;
    }

    private static void ParseProducerType(ImportRow row, RawRow raw)
    {
        var text = Text(raw[RegisterColumn.ProducerType]);
        if (text is not null)
        {
            row.ProducerType = ProducerTypeOf(text);
            if (row.ProducerType is null) row.Error(ImportMessages.UnknownProducerType, text);
            return;
        }
        // Offices often leave the type out: the name says it ("HTX …", "Công ty …", "Hộ kinh doanh …").
        row.ProducerType = row.ProducerName.Length > 0 ? ProducerTypeOf(row.ProducerName) : null;
        if (row.ProducerType is null && row.ProducerName.Length > 0)
            row.Error(ImportMessages.Required, Column(RegisterColumn.ProducerType));
    }

    public static ProducerType? ProducerTypeOf(string text)
    {
        var key = RegisterReferenceData.NameKey(text);
        if (key.StartsWith("tohoptac") || key.StartsWith("tht")) return ProducerType.CooperativeGroup;
        if (key.StartsWith("hoptacxa") || key.StartsWith("htx") || key.StartsWith("lienhiephtx")) return ProducerType.Cooperative;
        if (key.StartsWith("hokinhdoanh") || key.StartsWith("hkd") || key.StartsWith("hosanxuat") || key.StartsWith("cosohokinhdoanh")) return ProducerType.HouseholdBusiness;
        if (key.StartsWith("doanhnghiep") || key.StartsWith("congty") || key.StartsWith("cty") || key.StartsWith("ctcp")
            || key.StartsWith("ctytnhh") || key == "dn" || key.StartsWith("dntn")) return ProducerType.Enterprise;
        return null;
    }

    private void ParsePlace(ImportRow row, RawRow raw)
    {
        var provinceText = Text(raw[RegisterColumn.Province]);
        var communeText = Text(raw[RegisterColumn.Commune]);
        if (provinceText is null) row.Error(ImportMessages.Required, Column(RegisterColumn.Province));
        if (communeText is null) row.Error(ImportMessages.Required, Column(RegisterColumn.Commune));
        if (provinceText is null) return;
        var province = reference.Province(provinceText);
        if (province is null)
        {
            row.Error(ImportMessages.UnknownProvince, provinceText);
            return;
        }
        if (communeText is null) return;
        var (match, ambiguous) = reference.Commune(communeText, province, row.IssuedOn);
        if (ambiguous) row.Error(ImportMessages.AmbiguousCommune, communeText, province.Name);
        else if (match is null) row.Error(ImportMessages.UnknownCommune, communeText, province.Name);
        row.Commune = match;
    }

    private void ParseCategory(ImportRow row, RawRow raw)
    {
        var text = Text(raw[RegisterColumn.Category]);
        if (text is null)
        {
            row.Error(ImportMessages.Required, Column(RegisterColumn.Category));
            return;
        }
        row.Category = reference.Category(text);
        if (row.Category is null) row.Error(ImportMessages.UnknownCategory, text);
    }

    private static void ParseRank(ImportRow row, RawRow raw)
    {
        var starsCell = raw[RegisterColumn.Stars];
        var starsText = Text(starsCell);
        if (starsText is null) row.Error(ImportMessages.Required, Column(RegisterColumn.Stars));
        else
        {
            row.Stars = StarsOf(starsCell!);
            if (row.Stars is null) row.Error(ImportMessages.BadStars, starsText);
        }

        var criteriaText = Text(raw[RegisterColumn.CriteriaSet]);
        if (criteriaText is not null)
        {
            var key = RegisterReferenceData.NameKey(criteriaText);
            row.CriteriaSet = key.Contains("1048") ? CriteriaSet.Decision1048 : key.Contains("148") ? CriteriaSet.Decision148 : null;
            if (row.CriteriaSet is null) row.Error(ImportMessages.UnknownCriteria, criteriaText);
        }
        else if (row.IssuedOn is { } issued)
        {
            row.CriteriaSet = issued < Decision148SignedOn ? CriteriaSet.Decision1048 : CriteriaSet.Decision148;
            row.CriteriaSetInferred = true;
        }
        if (row.Stars is < 3 && row.CriteriaSet == CriteriaSet.Decision148)
            row.Error(ImportMessages.LowStarsNeed1048, row.Stars.Value);

        var scoreCell = raw[RegisterColumn.Score];
        var scoreText = Text(scoreCell);
        if (scoreText is not null)
        {
            row.Score = ScoreOf(scoreCell!);
            if (row.Score is null) row.Error(ImportMessages.BadScore, scoreText);
            else if (row.Stars is { } stars && row.CriteriaSet is { } set)
            {
                var fromScore = StarRankCalculator.StarsFor(row.Score.Value, set);
                if (fromScore == 0) row.Error(ImportMessages.ScoreNotRanked, ShowScore(row.Score.Value));
                else if (fromScore != stars) row.Error(ImportMessages.ScoreMismatch, ShowScore(row.Score.Value), fromScore, stars);
            }
        }

        var councilText = Text(raw[RegisterColumn.CouncilLevel]);
        if (councilText is null)
        {
            row.Error(ImportMessages.Required, Column(RegisterColumn.CouncilLevel));
            return;
        }
        row.CouncilLevel = CouncilOf(councilText);
        if (row.CouncilLevel is null)
        {
            row.Error(ImportMessages.UnknownCouncil, councilText);
            return;
        }
        if (row.Stars is { } s && row.IssuedOn is { } on && !CouncilAuthority.MayGrant(row.CouncilLevel.Value, s, on))
            row.Error(ImportMessages.CouncilNotAllowed, new ImportText(ImportMessages.CouncilName(row.CouncilLevel.Value)), s, Show(on));
    }

    private static void ParseExpiry(ImportRow row, RawRow raw)
    {
        var cell = raw[RegisterColumn.ExpiresOn];
        var text = Text(cell);
        if (text is null)
        {
            if (row.IssuedOn is { } issued)
            {
                row.ExpiresOn = CertificateStatusPolicy.DefaultExpiry(issued);
                row.ExpiryDefaulted = true;
            }
            return;
        }
        row.ExpiresOn = DateOf(cell!);
        if (row.ExpiresOn is null) row.Error(ImportMessages.BadDate, Column(RegisterColumn.ExpiresOn), text);
        else if (row.IssuedOn is { } issued && row.ExpiresOn <= issued)
            row.Error(ImportMessages.ExpiryBeforeIssue, Show(row.ExpiresOn.Value), Show(issued));
    }

    public static CouncilLevel? CouncilOf(string text)
    {
        var key = RegisterReferenceData.NameKey(text);
        if (key.Contains("trunguong") || key.Contains("quocgia") || key is "tw" or "captw" or "hoidongtw" or "hdtw") return CouncilLevel.Central;
        if (key.Contains("tinh")) return CouncilLevel.Province;
        if (key.Contains("huyen") || key.Contains("thixa")) return CouncilLevel.District;
        if (key.Contains("xa") || key.Contains("phuong")) return CouncilLevel.Commune;
        return null;
    }

    public static int? StarsOf(object cell)
    {
        if (cell is double d) return d is >= 1 and <= 5 && d == Math.Floor(d) ? (int)d : null;
        if (cell is int i) return i is >= 1 and <= 5 ? i : null;
        var text = Text(cell);
        if (text is null) return null;
        var m = StarsText().Match(VietnameseText.Fold(text).ToLowerInvariant());
        if (!m.Success) return null;
        var n = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return n is >= 1 and <= 5 ? n : null;
    }

    public static decimal? ScoreOf(object cell)
    {
        decimal? value = cell switch
        {
            double d when !double.IsNaN(d) && !double.IsInfinity(d) => (decimal)Math.Round(d, 2),
            decimal m => m,
            int i => i,
            _ => decimal.TryParse(Text(cell)?.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
                CultureInfo.InvariantCulture, out var parsed) ? parsed : null,
        };
        return value is >= 0 and <= 100 ? value : null;
    }

    /// <summary>A date as Excel stores it (a date cell, or a serial number) or as typed (dd/MM/yyyy and a few others).</summary>
    public static DateOnly? DateOf(object cell)
    {
        switch (cell)
        {
            case DateTime dt:
                return DateOnly.FromDateTime(dt);
            case DateTimeOffset dto:
                return DateOnly.FromDateTime(dto.DateTime);
            case double serial when serial is >= 1 and < 2958466:
                return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
        }
        var text = Text(cell);
        if (text is null) return null;
        // "10/05/2023 00:00:00" from a CSV saved by Excel: the date is the first word.
        var first = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return DateOnly.TryParseExact(first, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static DateOnly? RequiredDate(ImportRow row, RawRow raw, RegisterColumn column)
    {
        var cell = raw[column];
        var text = Text(cell);
        if (text is null)
        {
            row.Error(ImportMessages.Required, Column(column));
            return null;
        }
        var date = DateOf(cell!);
        if (date is null) row.Error(ImportMessages.BadDate, Column(column), text);
        return date;
    }

    private static string RequiredText(ImportRow row, RawRow raw, RegisterColumn column, int maxLength)
    {
        var text = Text(raw[column]);
        if (text is null)
        {
            row.Error(ImportMessages.Required, Column(column));
            return "";
        }
        if (text.Length > maxLength) row.Error(ImportMessages.TooLong, Column(column), maxLength);
        return text;
    }

    private static ImportText Column(RegisterColumn column) => new(RegisterColumns.Info(column).MessageName);

    /// <summary>NFC-normalised, trimmed, inner runs of white space collapsed; null when blank.</summary>
    internal static string? Text(object? cell)
    {
        var s = cell switch
        {
            null => null,
            string str => str,
            double d => d.ToString("0.##", CultureInfo.InvariantCulture),
            DateTime dt => dt.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => cell.ToString(),
        };
        if (string.IsNullOrWhiteSpace(s)) return null;
        return MultiSpace().Replace(VietnameseText.Normalize(s)!, " ");
    }

    private static string Display(object? cell) => Text(cell) ?? "";

    public static string Show(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string ShowScore(decimal score) => score.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN"));

    [GeneratedRegex(@"^(\d+)(?:[.,]0+)?\s*(?:sao|stars?|★|\*)?$")]
    private static partial Regex StarsText();

    [GeneratedRegex(@"\s+")]
    private static partial Regex MultiSpace();
}
