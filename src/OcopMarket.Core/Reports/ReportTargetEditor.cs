using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Reports;

/// <summary>A target as the office types it.</summary>
public sealed record ReportTargetInput(int Year, string? Indicator, decimal? Min, decimal? Max, string? Note);

/// <summary>
/// The office's yearly targets: one per (year, indicator), a minimum or a range. Errors are English keys the web layer
/// localises, each with the field it belongs to.
/// </summary>
public sealed class ReportTargetEditor(OcopDbContext db, TimeProvider time)
{
    public const int MinYear = 2020;
    public const int MaxYear = 2100;
    public const int NoteLength = 500;

    public Task<List<ReportTarget>> ListAsync(int year, CancellationToken ct) =>
        db.ReportTargets.AsNoTracking().Where(t => t.Year == year).ToListAsync(ct);

    public Task<ReportTarget?> FindAsync(int id, CancellationToken ct) => db.ReportTargets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);

    /// <summary>Creates (id 0) or updates a target. Returns the field errors (field, key) or the saved id.</summary>
    public async Task<(int? Id, IReadOnlyList<(string Field, string Error)> Errors)> SaveAsync(int id, ReportTargetInput input, CancellationToken ct)
    {
        var errors = new List<(string, string)>();
        if (input.Year is < MinYear or > MaxYear) errors.Add(("Year", "The year must be between 2020 and 2100."));
        var indicator = ReportIndicators.Find(input.Indicator);
        if (indicator is null) errors.Add(("Indicator", "Please choose an indicator from the list."));
        if (input.Min is null) errors.Add(("Min", "Please enter the target (the minimum)."));
        else if (input.Min < 0) errors.Add(("Min", "The target cannot be negative."));
        if (input.Max is { } max && input.Min is { } min && max < min) errors.Add(("Max", "The maximum cannot be below the minimum."));
        if (indicator is { IsMoney: false } && (HasFraction(input.Min) || HasFraction(input.Max))) errors.Add(("Min", "A count must be a whole number."));
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim().Normalize();
        if (note is { Length: > NoteLength }) errors.Add(("Note", "The note must be at most 500 characters."));
        if (errors.Count == 0 && await db.ReportTargets.AnyAsync(t => t.Year == input.Year && t.Indicator == indicator!.Key && t.Id != id, ct))
            errors.Add(("Indicator", "This indicator already has a target for the year: edit that one."));
        if (errors.Count > 0) return (null, errors);

        ReportTarget? target;
        if (id == 0)
        {
            target = new ReportTarget();
            db.ReportTargets.Add(target);
        }
        else
        {
            target = await db.ReportTargets.FirstOrDefaultAsync(t => t.Id == id, ct);
            if (target is null) return (null, []);
        }
        target.Year = input.Year;
        target.Indicator = indicator!.Key;
        target.Min = input.Min!.Value;
        target.Max = input.Max;
        target.Note = note;
        target.UpdatedAt = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two people saving the same (year, indicator) at once: the unique index decides, the loser is told.
            return (null, [("Indicator", "This indicator already has a target for the year: edit that one.")]);
        }
        return (target.Id, []);
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var target = await db.ReportTargets.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (target is null) return false;
        db.ReportTargets.Remove(target);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static bool HasFraction(decimal? value) => value is { } v && decimal.Truncate(v) != v;
}
