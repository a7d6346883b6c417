using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Media;
using OcopMarket.Web.Features.Catalog;

namespace OcopMarket.Web.Features.Portal;

/// <summary>
/// The producer's own storefront: story, contacts, address, map pin and logo. Name, type and commune are the
/// office's register data and are not touched here.
/// </summary>
public sealed class StorefrontEditor(OcopDbContext db, IImageStore images, RichTextSanitizer sanitizer, PlaceNames places, StorefrontPages storefront)
{
    public async Task<StorefrontFormModel> FormAsync(int producerId, CancellationToken ct)
    {
        var p = await db.Producers.AsNoTracking().FirstAsync(x => x.Id == producerId, ct);
        var model = new StorefrontFormModel
        {
            Story = PortalInput.TextFromParagraphs(p.Story),
            StoryEn = PortalInput.TextFromParagraphs(p.StoryEn),
            Phone = p.Phone,
            Email = p.Email,
            Website = p.Website,
            Representative = p.Representative,
            Address = p.Address,
            Latitude = p.Latitude?.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture),
            Longitude = p.Longitude?.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture),
        };
        await FillAsync(model, producerId, ct);
        return model;
    }

    /// <summary>What the form shows but the producer cannot change.</summary>
    public async Task FillAsync(StorefrontFormModel model, int producerId, CancellationToken ct)
    {
        var p = await db.Producers.AsNoTracking().FirstAsync(x => x.Id == producerId, ct);
        model.Name = p.Name;
        model.Slug = p.Slug;
        model.Type = p.Type;
        model.LogoMediaId = p.LogoMediaId;
        model.IsPublished = p.IsPublished;
        var place = await places.ForAsync(p.CommuneId, p.DistrictId, p.ProvinceId, ct);
        model.Place = place.Display;
    }

    /// <summary>Saves the storefront (and a new logo through the image pipeline) in one transaction; the refusal if the logo is not an image.</summary>
    public async Task<ImageRejection?> SaveAsync(int producerId, StorefrontInput input, IFormFile? logo, bool removeLogo, CancellationToken ct)
    {
        var producer = await db.Producers.FirstAsync(x => x.Id == producerId, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (logo is { Length: > 0 })
        {
            await using var stream = logo.OpenReadStream();
            var saved = await images.SaveAsync(stream, logo.FileName, ct);
            if (!saved.Succeeded) return saved.Error;
            producer.LogoMediaId = saved.File!.Id;
        }
        else if (removeLogo)
        {
            producer.LogoMediaId = null;
        }
        producer.Story = sanitizer.Sanitize(PortalInput.ParagraphsFromText(input.Story));
        producer.StoryEn = sanitizer.Sanitize(PortalInput.ParagraphsFromText(input.StoryEn)) is { Length: > 0 } en ? en : null;
        producer.Phone = input.Phone;
        producer.Email = input.Email;
        producer.Website = input.Website;
        producer.Representative = input.Representative;
        producer.Address = input.Address;
        producer.Latitude = input.Latitude;
        producer.Longitude = input.Longitude;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await storefront.EvictAsync(ct);
        return null;
    }
}
