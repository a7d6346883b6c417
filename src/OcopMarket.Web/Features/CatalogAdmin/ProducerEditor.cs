using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Producers;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>Loads, checks and saves the office's producer form; deletes and (un)publishes producers.</summary>
public sealed class ProducerEditor(OcopDbContext db, PlaceOptions places, RichTextSanitizer sanitizer, TimeProvider time, StorefrontRefresh storefront)
{
    public async Task<ProducerForm?> LoadAsync(int id, CancellationToken ct)
    {
        var p = await db.Producers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return null;
        return new ProducerForm
        {
            Id = p.Id,
            Name = p.Name,
            Slug = p.Slug,
            CurrentSlug = p.Slug,
            Type = p.Type,
            Story = p.Story,
            StoryEn = p.StoryEn,
            Address = p.Address,
            ProvinceId = p.ProvinceId,
            CommuneId = p.CommuneId,
            DistrictId = p.DistrictId,
            Latitude = FormNumbers.Invariant(p.Latitude),
            Longitude = FormNumbers.Invariant(p.Longitude),
            Phone = p.Phone,
            Email = p.Email,
            Website = p.Website,
            Representative = p.Representative,
            IsPublished = p.IsPublished,
            ProductCount = await db.Products.CountAsync(x => x.ProducerId == id, ct),
        };
    }

    /// <summary>Fills the selects: the communes and districts follow the chosen province.</summary>
    public async Task FillOptionsAsync(ProducerForm form, CancellationToken ct)
    {
        var provinces = await places.ProvincesAsync(ct);
        if (form.ProvinceId is not { } province || provinces.All(p => p.Id != province))
        {
            form.Options = new ProducerFormOptions(provinces, [], [], []);
            return;
        }
        form.Options = new ProducerFormOptions(provinces,
            await places.CurrentCommunesAsync(province, ct),
            await places.FormerCommunesAsync(province, ct),
            await places.FormerDistrictsAsync(province, ct));
        if (form.Id != 0 && form.CurrentSlug is null)
            form.CurrentSlug = await db.Producers.Where(p => p.Id == form.Id).Select(p => p.Slug).FirstOrDefaultAsync(ct);
        if (form.Id != 0)
            form.ProductCount = await db.Products.CountAsync(x => x.ProducerId == form.Id, ct);
    }

    /// <summary>Checks what the annotations cannot and saves; returns the producer's id, or the errors.</summary>
    public async Task<(int? Id, FormErrors Errors)> SaveAsync(ProducerForm form, CancellationToken ct)
    {
        var errors = new FormErrors();
        Producer? producer = null;
        if (form.Id != 0)
        {
            producer = await db.Producers.FirstOrDefaultAsync(p => p.Id == form.Id, ct);
            if (producer is null) return (null, errors);
        }

        var name = VietnameseText.Normalize(form.Name) ?? "";
        var slug = await ChooseSlugAsync(form, name, errors, ct);

        if (form.ProvinceId is not { } provinceId || !await places.IsProvinceAsync(provinceId, ct))
            errors.Add(nameof(form.ProvinceId), "Please choose the province.");
        else if (form.CommuneId is not { } communeId)
            errors.Add(nameof(form.CommuneId), "Please choose the commune.");
        else if (!await places.IsCommuneOfAsync(communeId, provinceId, ct))
            errors.Add(nameof(form.CommuneId), "The commune does not belong to the chosen province.");
        if (form.DistrictId is { } districtId && form.ProvinceId is { } p2 && !await places.IsDistrictOfAsync(districtId, p2, ct))
            errors.Add(nameof(form.DistrictId), "The district does not belong to the chosen province.");

        var (lat, lon) = ReadPin(form, errors);
        string? phone = null;
        if (!string.IsNullOrWhiteSpace(form.Phone))
        {
            if (VietnamesePhone.Normalize(form.Phone) is null) errors.Add(nameof(form.Phone), "Please enter a Vietnamese phone number (e.g. 0912 345 678 or 0237 3861 234).");
            else phone = form.Phone.Trim();
        }
        var website = VietnameseText.Normalize(form.Website);
        if (!string.IsNullOrEmpty(website) && !(Uri.TryCreate(website, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            errors.Add(nameof(form.Website), "Please enter a full web address starting with https://.");

        if (errors.Count > 0) return (null, errors);

        var creating = producer is null;
        producer ??= new Producer { CreatedAt = time.GetUtcNow() };
        var visibleBefore = !creating && producer.IsPublished;
        producer.Name = name;
        producer.Slug = slug!;
        producer.Type = form.Type!.Value;
        producer.Story = sanitizer.Sanitize(form.Story);
        producer.StoryEn = Optional(sanitizer.Sanitize(form.StoryEn));
        producer.Address = VietnameseText.Normalize(form.Address) ?? "";
        producer.ProvinceId = form.ProvinceId!.Value;
        producer.CommuneId = form.CommuneId!.Value;
        producer.DistrictId = form.DistrictId;
        producer.Latitude = lat;
        producer.Longitude = lon;
        producer.Phone = phone;
        producer.Email = Optional(form.Email?.Trim());
        producer.Website = Optional(website);
        producer.Representative = Optional(VietnameseText.Normalize(form.Representative));
        producer.IsPublished = form.IsPublished;
        if (creating) db.Producers.Add(producer);
        await db.SaveChangesAsync(ct);
        if (visibleBefore || producer.IsPublished) await storefront.AfterCatalogChangeAsync(ct);
        return (producer.Id, errors);
    }

    /// <summary>Deletes a producer that has nothing attached; otherwise says what holds it.</summary>
    public async Task<OperationResult> DeleteAsync(int id, CancellationToken ct)
    {
        var producer = await db.Producers.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (producer is null) return OperationResult.Fail("The producer does not exist.");
        var products = await db.Products.CountAsync(p => p.ProducerId == id, ct);
        if (products > 0)
            return OperationResult.Fail("{0} cannot be deleted: it has {1} products. Unpublish it instead, or move or delete its products first.", producer.Name, products);
        if (await db.ProducerDocuments.AnyAsync(d => d.ProducerId == id, ct) || await db.Inspections.AnyAsync(i => i.ProducerId == id, ct))
            return OperationResult.Fail("{0} cannot be deleted: it has documents or inspections on record. Unpublish it instead.", producer.Name);
        if (await db.Users.AnyAsync(u => u.ProducerId == id, ct))
            return OperationResult.Fail("{0} cannot be deleted: user accounts are linked to it. Unlink them first.", producer.Name);
        var wasVisible = producer.IsPublished;
        db.Producers.Remove(producer);
        await db.SaveChangesAsync(ct);
        if (wasVisible) await storefront.AfterCatalogChangeAsync(ct);
        return OperationResult.Ok;
    }

    public async Task<bool> SetPublishedAsync(int id, bool published, CancellationToken ct)
    {
        var producer = await db.Producers.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (producer is null) return false;
        if (producer.IsPublished == published) return true;
        producer.IsPublished = published;
        await db.SaveChangesAsync(ct);
        await storefront.AfterCatalogChangeAsync(ct);
        return true;
    }

    /// <summary>A typed slug must be well-formed and free; a blank one is made from the name and numbered until free.</summary>
    private async Task<string?> ChooseSlugAsync(ProducerForm form, string name, FormErrors errors, CancellationToken ct)
    {
        var typed = form.Slug?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(typed))
        {
            if (!SlugGenerator.IsValid(typed))
            {
                errors.Add(nameof(form.Slug), "Use only lower-case letters without accents, digits and hyphens (e.g. {0}).", SlugGenerator.Generate(typed) is { Length: > 0 } s ? s : "htx-hoa-cu");
                return null;
            }
            if (await db.Producers.AnyAsync(p => p.Slug == typed && p.Id != form.Id, ct))
            {
                errors.Add(nameof(form.Slug), "Another producer already uses this address; choose another.");
                return null;
            }
            return typed;
        }
        var stem = SlugGenerator.Generate(name);
        if (stem.Length == 0) stem = "chu-the";
        return await FreeSlugAsync(stem, slug => db.Producers.AnyAsync(p => p.Slug == slug && p.Id != form.Id, ct));
    }

    internal static async Task<string> FreeSlugAsync(string stem, Func<string, Task<bool>> taken)
    {
        if (!await taken(stem)) return stem;
        for (var n = 2; ; n++)
        {
            var candidate = $"{stem[..Math.Min(stem.Length, SlugGenerator.MaxLength - 6)]}-{n}";
            if (!await taken(candidate)) return candidate;
        }
    }

    private static (double? Lat, double? Lon) ReadPin(ProducerForm form, FormErrors errors)
    {
        var hasLat = !string.IsNullOrWhiteSpace(form.Latitude);
        var hasLon = !string.IsNullOrWhiteSpace(form.Longitude);
        if (!hasLat && !hasLon) return (null, null);
        if (hasLat != hasLon)
        {
            errors.Add(hasLat ? nameof(form.Longitude) : nameof(form.Latitude), "Enter both latitude and longitude, or neither.");
            return (null, null);
        }
        // Việt Nam lies within about 8°–24° N and 102°–110° E (Trường Sa reaches 117° E).
        double? lat = null, lon = null;
        if (!FormNumbers.TryParseDecimal(form.Latitude, out var la) || la is < 8 or > 24)
            errors.Add(nameof(form.Latitude), "The latitude must be a number between 8 and 24 (Việt Nam).");
        else lat = la;
        if (!FormNumbers.TryParseDecimal(form.Longitude, out var lo) || lo is < 102 or > 118)
            errors.Add(nameof(form.Longitude), "The longitude must be a number between 102 and 118 (Việt Nam).");
        else lon = lo;
        return (lat, lon);
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
