using System.Text;
using System.Text.RegularExpressions;
using OcopMarket.Core.Common;
using OcopMarket.Core.Places;

namespace OcopMarket.Core.Certification.Import;

/// <summary>An administrative unit as the import needs it.</summary>
public sealed record UnitRef(int Id, string Code, string Name, AdminUnitLevel Level, int? ParentId, int? SuccessorId)
{
    /// <summary>Units since the July 2025 reform carry "P"/"C" codes; the ones merged away "OP"/"OC"/"OD-".</summary>
    public bool IsCurrent => Code.StartsWith('P') || Code.StartsWith('C');
}

public sealed record CategoryRef(int Id, string Code, string Name, int? ParentId);

/// <summary>The commune a row names: as recorded (may be pre-2025) and today's unit it lies in.</summary>
public sealed record CommuneMatch(UnitRef Recorded, UnitRef Today, UnitRef Province, int? DistrictId);

/// <summary>
/// Looks up provinces, communes and product groups by what an office writes: a name with or without
/// diacritics and "Xã"/"Phường"/"Tỉnh" prefixes, or a GSO code. Built once per import from the database
/// (or from lists in tests); no state beyond the lookups.
/// </summary>
public sealed partial class RegisterReferenceData
{
    private static readonly string[] UnitPrefixes = ["thanh pho ", "tp. ", "tp.", "tp ", "tinh ", "thi tran ", "dac khu ", "phuong ", "xa "];

    private readonly Dictionary<int, UnitRef> _units;
    private readonly Dictionary<string, UnitRef> _byCode;
    private readonly Dictionary<string, List<UnitRef>> _provincesByKey;
    /// <summary>Communes by name key, each list holding current and merged-away units alike.</summary>
    private readonly Dictionary<string, List<UnitRef>> _communesByKey;
    private readonly Dictionary<string, CategoryRef> _categoriesByCode;
    private readonly Dictionary<string, List<CategoryRef>> _categoriesByKey;

    public RegisterReferenceData(IEnumerable<UnitRef> units, IEnumerable<CategoryRef> categories)
    {
        _units = units.ToDictionary(u => u.Id);
        _byCode = _units.Values.ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        _provincesByKey = _units.Values.Where(u => u.Level == AdminUnitLevel.Province)
            .GroupBy(u => UnitKey(u.Name)).ToDictionary(g => g.Key, g => g.ToList());
        _communesByKey = _units.Values.Where(u => u.Level == AdminUnitLevel.Commune)
            .GroupBy(u => UnitKey(u.Name)).ToDictionary(g => g.Key, g => g.ToList());
        var categoryList = categories.ToList();
        _categoriesByCode = categoryList.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        _categoriesByKey = categoryList.GroupBy(c => NameKey(c.Name)).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>Today's province named by <paramref name="text"/> (a merged-away province leads to the one it joined).</summary>
    public UnitRef? Province(string text)
    {
        var code = CodeDigits(text);
        if (code is not null)
            return _byCode.TryGetValue("P" + code, out var byCode) ? byCode : Today(_byCode.GetValueOrDefault("OP" + code));
        if (_byCode.TryGetValue(text.Trim(), out var exact) && exact.Level == AdminUnitLevel.Province) return Today(exact);
        if (!_provincesByKey.TryGetValue(UnitKey(text), out var found)) return null;
        var today = found.Select(Today).Where(u => u is not null).DistinctBy(u => u!.Id).ToList();
        return today.Count == 1 ? today[0] : null;
    }

    /// <summary>
    /// The commune named by <paramref name="text"/> inside today's <paramref name="province"/>. Names and bare
    /// codes can exist before and after the 2025 reform (a code may even be reused for another unit): the unit
    /// of the era the decision was signed in wins; the other era is used only when the first has none.
    /// </summary>
    public (CommuneMatch? Match, bool Ambiguous) Commune(string text, UnitRef province, DateOnly? decisionDate)
    {
        var candidates = new List<UnitRef>();
        var code = CodeDigits(text);
        if (_byCode.TryGetValue(text.Trim(), out var exact) && exact.Level == AdminUnitLevel.Commune)
            candidates.Add(exact);
        else if (code is not null)
            candidates.AddRange(new[] { "C" + code, "OC" + code }.Select(c => _byCode.GetValueOrDefault(c)).OfType<UnitRef>());
        else if (_communesByKey.TryGetValue(UnitKey(text), out var named))
            candidates.AddRange(named);

        var inProvince = candidates.Where(c => Today(c) is { } t && t.ParentId == province.Id).ToList();
        if (inProvince.Count == 0) return (null, false);

        var preferCurrent = decisionDate is null || decisionDate >= AdminUnitImporter.ReformDate;
        var preferred = inProvince.Where(c => c.IsCurrent == preferCurrent).ToList();
        var pool = preferred.Count > 0 ? preferred : inProvince;
        if (pool.Count > 1) return (null, true);

        var recorded = pool[0];
        var parent = recorded.ParentId is { } pid ? _units.GetValueOrDefault(pid) : null;
        return (new CommuneMatch(recorded, Today(recorded)!, province, parent?.Level == AdminUnitLevel.District ? parent.Id : null), false);
    }

    /// <summary>A product group or subgroup by code ("1.3", also "1.3 Mật ong…") or by name.</summary>
    public CategoryRef? Category(string text)
    {
        var trimmed = text.Trim();
        if (_categoriesByCode.TryGetValue(trimmed, out var byCode)) return byCode;
        var leadingCode = LeadingCode().Match(trimmed);
        if (leadingCode.Success && _categoriesByCode.TryGetValue(leadingCode.Groups[1].Value, out var byLeading)) return byLeading;
        if (!_categoriesByKey.TryGetValue(NameKey(trimmed), out var named)) return null;
        // The same name as a group and one of its subgroups: the subgroup is the more precise.
        return named.OrderBy(c => c.ParentId is null ? 1 : 0).First();
    }

    private UnitRef? Today(UnitRef? unit)
    {
        for (var hops = 0; unit is not null && hops < 4; hops++)
        {
            if (unit.IsCurrent) return unit;
            unit = unit.SuccessorId is { } s ? _units.GetValueOrDefault(s) : null;
        }
        return null;
    }

    /// <summary>"38", "P38", "15769", "C15769", "OC15769" → the digits; null for a name.</summary>
    private static string? CodeDigits(string text)
    {
        var m = Code().Match(text.Trim());
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>A unit's name without its kind ("Xã", "Phường", "Tỉnh", "TP."), folded to letters and digits.</summary>
    public static string UnitKey(string name)
    {
        var folded = VietnameseText.Fold(name.Normalize(NormalizationForm.FormC)).ToLowerInvariant().Trim();
        folded = MultiSpace().Replace(folded, " ");
        foreach (var prefix in UnitPrefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal) && folded.Length > prefix.Length)
            {
                folded = folded[prefix.Length..];
                break;
            }
        }
        return NameKey(folded);
    }

    /// <summary>Folded, lower case, letters and digits only: how two spellings of one name compare.</summary>
    public static string NameKey(string text)
    {
        var folded = VietnameseText.Fold(text.Normalize(NormalizationForm.FormC)).ToLowerInvariant();
        var sb = new StringBuilder(folded.Length);
        foreach (var ch in folded)
            if (char.IsLetterOrDigit(ch)) sb.Append(ch);
        return sb.ToString();
    }

    [GeneratedRegex(@"^(?:OP|OC|P|C)?(\d{2,5})$", RegexOptions.IgnoreCase)]
    private static partial Regex Code();

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)[\s\-–:.]")]
    private static partial Regex LeadingCode();

    [GeneratedRegex(@"\s+")]
    private static partial Regex MultiSpace();
}
