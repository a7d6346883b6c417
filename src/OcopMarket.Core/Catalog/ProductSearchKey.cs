using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Catalog;

/// <summary>
/// Keeps Product.SearchKey in step with the product's text on every save, in one place, so the
/// database search fallback matches "mat ong" to "Mật ong" on SQLite and PostgreSQL alike.
/// </summary>
public sealed class ProductSearchKey : SavingChangesHook
{
    public static string Build(Product p) =>
        VietnameseText.Fold(string.Join(' ', p.Name, p.NameEn, p.ShortDescription)).ToLowerInvariant();

    protected override void OnSaving(DbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries<Product>())
            if (entry.State is EntityState.Added or EntityState.Modified)
                entry.Entity.SearchKey = Build(entry.Entity);
    }
}
