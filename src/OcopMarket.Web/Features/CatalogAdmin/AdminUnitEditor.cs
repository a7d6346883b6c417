using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places;
using OcopMarket.Web.Features.Catalog;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>A unit's name, and its merging: the unit it became (by code) and the last day it existed.</summary>
[LocalizedWith(typeof(CatalogAdminResource))]
public sealed class AdminUnitForm
{
    public int Id { get; set; }

    [Display(Name = "Name")]
    [Required(ErrorMessage = "Please enter the name.")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string Name { get; set; } = "";

    [Display(Name = "Merged into (code of today's unit)")]
    [StringLength(20, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? SuccessorCode { get; set; }

    [Display(Name = "Last day in force")]
    public string? ValidTo { get; set; }

    [BindNever, ValidateNever] public AdminUnitDetails Details { get; set; } = null!;
}

public sealed record AdminUnitDetails(int Id, string Code, AdminUnitLevel Level, DateOnly? ValidFrom, DateOnly? ValidTo, string CurrentName,
    IReadOnlyList<UnitCrumb> Path, UnitCrumb? Successor, IReadOnlyList<AdminUnitRow> Predecessors, int Children, int Producers)
{
    public bool IsCurrent => ValidTo is null;
}

/// <summary>
/// Renames units and records mergings (the 2025 reform, or a later one): a unit that merged gets its last
/// day and the current unit it became; the storefront's cached place names are dropped on every change.
/// </summary>
public sealed class AdminUnitEditor(OcopDbContext db, AdminUnitBrowser browser, PlaceNames placeNames, StorefrontRefresh storefront)
{
    public async Task<AdminUnitForm?> LoadAsync(int id, CancellationToken ct)
    {
        var u = await db.AdminUnits.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Name, x.ValidTo, SuccessorCode = x.Successor != null ? x.Successor.Code : null })
            .FirstOrDefaultAsync(ct);
        if (u is null) return null;
        var form = new AdminUnitForm
        {
            Id = id,
            Name = u.Name,
            SuccessorCode = u.SuccessorCode,
            ValidTo = u.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        return await FillAsync(form, ct) ? form : null;
    }

    public async Task<bool> FillAsync(AdminUnitForm form, CancellationToken ct)
    {
        var u = await db.AdminUnits.AsNoTracking().Where(x => x.Id == form.Id)
            .Select(x => new
            {
                x.Id, x.Code, x.Level, x.ValidFrom, x.ValidTo, x.Name, x.ParentId,
                Successor = x.Successor != null ? new UnitCrumb(x.Successor.Id, x.Successor.Name) : null,
            })
            .FirstOrDefaultAsync(ct);
        if (u is null) return false;
        var predecessors = await db.AdminUnits.AsNoTracking().Where(p => p.SuccessorId == u.Id).OrderBy(p => p.Name)
            .Select(p => new AdminUnitRow
            {
                Id = p.Id, Code = p.Code, Name = p.Name, Level = p.Level, ValidTo = p.ValidTo,
                Parent = p.Parent != null ? p.Parent.Name : null,
            })
            .ToListAsync(ct);
        var children = await db.AdminUnits.CountAsync(c => c.ParentId == u.Id, ct);
        // Producers recorded at the unit itself or at a former commune merged into it.
        var producers = await db.Producers.CountAsync(p => p.CommuneId == u.Id || p.DistrictId == u.Id || p.ProvinceId == u.Id || p.Commune!.SuccessorId == u.Id, ct);
        var path = u.ParentId is { } parent ? await browser.PathAsync(parent, ct) : [];
        form.Details = new AdminUnitDetails(u.Id, u.Code, u.Level, u.ValidFrom, u.ValidTo, u.Name, path, u.Successor, predecessors, children, producers);
        return true;
    }

    public async Task<FormErrors> SaveAsync(AdminUnitForm form, CancellationToken ct)
    {
        var errors = new FormErrors();
        var unit = await db.AdminUnits.FirstOrDefaultAsync(u => u.Id == form.Id, ct);
        if (unit is null) return errors;

        DateOnly? validTo = null;
        if (!string.IsNullOrWhiteSpace(form.ValidTo))
        {
            if (DateOnly.TryParseExact(form.ValidTo.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                validTo = day;
            else errors.Add(nameof(form.ValidTo), "Enter the date as dd/mm/yyyy.");
        }

        AdminUnit? successor = null;
        var code = form.SuccessorCode?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(code))
        {
            successor = await db.AdminUnits.FirstOrDefaultAsync(u => u.Code == code, ct);
            if (successor is null)
                errors.Add(nameof(form.SuccessorCode), "No unit has the code {0}.", code);
            else if (successor.Id == unit.Id)
                errors.Add(nameof(form.SuccessorCode), "A unit cannot merge into itself.");
            else if (successor.ValidTo is not null)
                errors.Add(nameof(form.SuccessorCode), "{0} has itself ended; choose a unit in force today.", successor.Name);
            else if (unit.Level != AdminUnitLevel.District && successor.Level != unit.Level)
                errors.Add(nameof(form.SuccessorCode), "A commune merges into a commune and a province into a province.");
            else if (await db.AdminUnits.AnyAsync(u => u.SuccessorId == unit.Id, ct))
                errors.Add(nameof(form.SuccessorCode), "Other units merged into this one; it cannot itself be merged away.");
            else if (validTo is null && errors.Count == 0)
                errors.Add(nameof(form.ValidTo), "Enter the last day the unit was in force (e.g. 30/06/2025 for the 2025 reform).");
        }
        if (validTo is { } end && unit.ValidFrom is { } start && end < start)
            errors.Add(nameof(form.ValidTo), "The last day cannot be before the unit came into force.");
        if (errors.Count > 0) return errors;

        unit.Name = VietnameseText.Normalize(form.Name) ?? unit.Name;
        unit.SuccessorId = successor?.Id;
        unit.ValidTo = validTo;
        await db.SaveChangesAsync(ct);
        placeNames.Invalidate();
        await storefront.AfterCatalogChangeAsync(ct);
        return errors;
    }
}
