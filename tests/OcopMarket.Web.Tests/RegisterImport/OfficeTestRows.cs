using Microsoft.EntityFrameworkCore;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.RegisterImport;

/// <summary>
/// Rows a test of the office screens created, found by a unique tag in their names and removed after the
/// test (other suites count the demo data). Removed through the context, so the search index hears of it.
/// </summary>
internal sealed class OfficeTestRows(OcopWebFactory site)
{
    private readonly List<string> _tags = [];

    /// <summary>A new tag to put in the names of producers and products this test creates.</summary>
    public string NewTag(string prefix = "T")
    {
        var tag = prefix + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        _tags.Add(tag);
        return tag;
    }

    public Task RemoveAsync() => site.DbAsync(async db =>
    {
        foreach (var tag in _tags)
        {
            var products = await db.Products.Where(p => p.Name.Contains(tag)).Select(p => p.Id).ToListAsync();
            db.Dossiers.RemoveRange(await db.Dossiers.Where(d => products.Contains(d.ProductId)).ToListAsync());
            db.Certificates.RemoveRange(await db.Certificates.Where(c => products.Contains(c.ProductId)).ToListAsync());
            db.Products.RemoveRange(await db.Products.Where(p => products.Contains(p.Id)).ToListAsync());
            await db.SaveChangesAsync();
            db.Producers.RemoveRange(await db.Producers.Where(p => p.Name.Contains(tag) && !db.Products.Any(x => x.ProducerId == p.Id)).ToListAsync());
            await db.SaveChangesAsync();
        }
    });
}
