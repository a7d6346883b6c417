using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Places;

/// <summary>
/// Loads Vietnam's units in force since 1 July 2025 (34 provinces, 3,321 communes; GSO codes, data
/// from dvhcvn, MIT) and the pre-reform units merged into each, kept with ValidTo and SuccessorId.
/// </summary>
public sealed class AdminUnitImporter(OcopDbContext db)
{
    public static readonly DateOnly ReformDate = new(2025, 7, 1);
    private const string ResourceName = "OcopMarket.Core.Places.Data.vn-admin-units-2025-07-01.json";

    public async Task<int> ImportAsync(CancellationToken ct = default)
    {
        if (await db.AdminUnits.AnyAsync(ct)) return 0;
        var file = await ReadAsync(ct);
        var oldEnd = ReformDate.AddDays(-1);
        var oldCodes = new HashSet<string>();
        var units = new List<AdminUnit>();

        foreach (var p in file.Data)
        {
            var province = Unit("P" + p.Id, p.Name, AdminUnitLevel.Province, null, ReformDate, null, null);
            units.Add(province);
            foreach (var m in p.Merges.Where(m => m.OldId != p.Id || m.Name != p.Name))
                if (oldCodes.Add("OP" + m.OldId))
                    units.Add(Unit("OP" + m.OldId, m.Name, AdminUnitLevel.Province, null, null, oldEnd, province));

            foreach (var c in p.Communes)
            {
                var commune = Unit("C" + c.Id, c.Name, AdminUnitLevel.Commune, province, ReformDate, null, null);
                units.Add(commune);
                // Partial merges put one old commune into several new ones: the first (full) one is its successor.
                foreach (var m in c.Merges.OrderBy(m => m.Type == "full" ? 0 : 1))
                    if (oldCodes.Add("OC" + m.OldId))
                        units.Add(Unit("OC" + m.OldId, m.Name, AdminUnitLevel.Commune, null, null, oldEnd, commune));
            }
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AdminUnits.AddRange(units);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        return units.Count;
    }

    private static AdminUnit Unit(string code, string name, AdminUnitLevel level, AdminUnit? parent, DateOnly? from, DateOnly? to, AdminUnit? successor) =>
        new()
        {
            Code = code,
            Name = VietnameseText.Normalize(name)!,
            Slug = SlugGenerator.Generate(name),
            Level = level,
            Parent = parent,
            ValidFrom = from,
            ValidTo = to,
            Successor = successor,
        };

    private static async Task<UnitsFile> ReadAsync(CancellationToken ct)
    {
        await using var stream = typeof(AdminUnitImporter).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return await JsonSerializer.DeserializeAsync<UnitsFile>(stream, cancellationToken: ct)
            ?? throw new InvalidOperationException("Administrative units file is empty.");
    }

    private sealed record UnitsFile([property: JsonPropertyName("data")] List<ProvinceRow> Data);

    private sealed record ProvinceRow(
        [property: JsonPropertyName("level1_id")] string Id,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("merges")] List<MergeRow> Merges,
        [property: JsonPropertyName("level2s")] List<CommuneRow> Communes);

    private sealed record CommuneRow(
        [property: JsonPropertyName("level2_id")] string Id,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("merges")] List<MergeRow> Merges);

    private sealed record MergeRow(
        [property: JsonPropertyName("old_id")] string OldId,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("type")] string Type);
}
