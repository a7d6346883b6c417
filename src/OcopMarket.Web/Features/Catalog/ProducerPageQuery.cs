using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Data;
using OcopMarket.Web.Features.Campaigns;
using OcopMarket.Web.Framework.Localization;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Catalog;

public sealed class ProducerPageQuery(OcopDbContext db, CertificateStatusPolicy certificates, PlaceNames places, CardPrices prices)
{
    public async Task<ProducerPageModel?> GetAsync(string slug, CancellationToken ct)
    {
        var p = await db.Producers.AsNoTracking().FirstOrDefaultAsync(x => x.Slug == slug && x.IsPublished, ct);
        if (p is null) return null;
        var today = certificates.Today;
        var place = await places.ForAsync(p.CommuneId, p.DistrictId, p.ProvinceId, ct);
        var products = await prices.ApplyAsync(await db.Products.AsNoTracking().Visible().Where(x => x.ProducerId == p.Id)
            .OrderByDescending(x => x.IsFeatured).ThenBy(x => x.Name).ToCards(today).ToListAsync(ct), ct);
        var certs = await db.Certificates.AsNoTracking()
            .Join(db.Products.Visible().Where(x => x.ProducerId == p.Id), c => c.ProductId, x => x.Id, (c, x) => new { x.Name, x.Slug, Certificate = c })
            .ToListAsync(ct);
        var rows = certs
            .Select(c => new CertificateRowModel(c.Name, c.Slug, c.Certificate.Stars, c.Certificate.DecisionNumber, c.Certificate.IssuingBody,
                c.Certificate.CouncilLevel, c.Certificate.IssuedOn, c.Certificate.ExpiresOn, certificates.StatusOf(c.Certificate)))
            .OrderByDescending(r => r.IssuedOn).ToList();
        return new ProducerPageModel(p.Id, p.Name, p.Slug, p.Type, Cultures.Pick(p.Story, p.StoryEn), p.Address, place,
            p.Latitude, p.Longitude, p.Phone, p.Email, p.Website, p.Representative, rows, products);
    }

    public async Task<IReadOnlyList<ProducerCardModel>> ListAsync(CancellationToken ct) =>
        await db.Producers.AsNoTracking().Where(p => p.IsPublished).OrderBy(p => p.Name)
            .ToCards(db.Products)
            .ToListAsync(ct);
}
