using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Certification.Register;
using OcopMarket.Core.Data;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Register;

/// <summary>Reads for the inspection screens.</summary>
public sealed class InspectionQueries(OcopDbContext db, RegisterSearch search, CertificateStatusPolicy calendar, InspectionWorkflow workflow)
{
    private static readonly SortMap<InspectionRow> Sorts = new SortMap<InspectionRow>()
        .Add("planned", r => r.PlannedOn)
        .Add("inspected", r => r.InspectedOn)
        .Add("producer", r => r.ProducerName)
        .Add("inspector", r => r.InspectorName)
        .Add("outcome", r => r.Outcome);

    public async Task<InspectionListModel> ListAsync(InspectionListQuery query, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(query.Sort)) { query.Sort = "planned"; query.Desc = true; }
        var inspections = db.Inspections.AsNoTracking();
        if (query.Text is { } text)
        {
            var folded = RegisterSearch.Fold(text);
            var producers = await search.ProducerIdsMatchingAsync(text, ct);
            var products = db.Products.Where(p => p.SearchKey.Contains(folded)).Select(p => p.Id);
            inspections = inspections.Where(i => producers.Contains(i.ProducerId)
                || (i.ProductId != null && products.Contains(i.ProductId.Value)) || i.InspectorName.Contains(text));
        }
        var open = await inspections.CountAsync(i => i.Status == InspectionStatus.Open, ct);
        var proposals = await inspections.CountAsync(i => i.Outcome == InspectionOutcome.ProposeRevocation, ct);
        if (query.Status is { } status) inspections = inspections.Where(i => i.Status == status);
        if (query.Outcome is { } outcome) inspections = inspections.Where(i => i.Outcome == outcome);

        var rows =
            from i in inspections
            join producer in db.Producers on i.ProducerId equals producer.Id
            join p in db.Products on i.ProductId equals (int?)p.Id into products
            from product in products.DefaultIfEmpty()
            select new InspectionRow
            {
                Id = i.Id,
                ProducerId = producer.Id,
                ProducerName = producer.Name,
                ProductId = i.ProductId,
                ProductName = product == null ? null : product.Name,
                PlannedOn = i.PlannedOn,
                InspectedOn = i.InspectedOn,
                InspectorName = i.InspectorName,
                Status = i.Status,
                Outcome = i.Outcome,
            };
        return new InspectionListModel(await rows.ToPagedListAsync(query, Sorts, ct), query, open, proposals);
    }

    public async Task<InspectionCreateModel> CreateModelAsync(InspectionPlanForm form, CancellationToken ct)
    {
        var collation = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false);
        var producers = await db.Producers.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var products = await db.Products.AsNoTracking().Select(p => new { p.Id, p.Name, p.ProducerId }).ToListAsync(ct);
        var inspectors = await workflow.EligibleInspectors().AsNoTracking().Select(u => new { u.Id, u.FullName, u.Email }).ToListAsync(ct);
        return new InspectionCreateModel
        {
            Form = form,
            Producers = producers.OrderBy(p => p.Name, collation)
                .Select(p => new ProducerOption(p.Id, p.Name, products.Where(x => x.ProducerId == p.Id).OrderBy(x => x.Name, collation)
                    .Select(x => new NamedOption(x.Id, x.Name)).ToList()))
                .ToList(),
            Inspectors = inspectors
                .Select(u => new NamedOption(u.Id, string.IsNullOrWhiteSpace(u.FullName) ? u.Email ?? "" : $"{u.FullName} ({u.Email})"))
                .OrderBy(u => u.Name, collation).ToList(),
        };
    }

    public async Task<InspectionDetailsModel?> DetailsAsync(int id, CancellationToken ct)
    {
        var inspection = await db.Inspections.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (inspection is null) return null;
        var producer = await db.Producers.AsNoTracking().Where(p => p.Id == inspection.ProducerId).Select(p => new { p.Name, p.Slug }).FirstAsync(ct);
        var product = inspection.ProductId is { } productId
            ? await db.Products.AsNoTracking().Where(p => p.Id == productId).Select(p => new { p.Name, p.Slug }).FirstOrDefaultAsync(ct)
            : null;

        var today = calendar.Today;
        var candidates = db.Certificates.AsNoTracking().Where(CertificateStatusPolicy.BadgeValidOn(today));
        candidates = inspection.ProductId is { } only
            ? candidates.Where(c => c.ProductId == only)
            : candidates.Where(c => db.Products.Any(p => p.Id == c.ProductId && p.ProducerId == inspection.ProducerId));
        var valid = await (from c in candidates
                           join p in db.Products on c.ProductId equals p.Id
                           orderby p.Name
                           select new RevocationTarget(c.Id, p.Name, c.Stars, c.DecisionNumber, c.ExpiresOn)).ToListAsync(ct);

        return new InspectionDetailsModel
        {
            Inspection = inspection,
            ProducerName = producer.Name,
            ProducerSlug = producer.Slug,
            ProductName = product?.Name,
            ProductSlug = product?.Slug,
            ValidCertificates = valid,
            Record = new InspectionRecordForm { InspectedOn = inspection.InspectedOn ?? (inspection.PlannedOn is { } planned && planned <= today ? planned : today) },
        };
    }
}
