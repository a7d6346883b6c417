using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OcopMarket.Core.Common;

namespace OcopMarket.Core.Catalog;

/// <summary>
/// Keeps Product.SearchKey in step with the product's text on every save, in one place, so the
/// database search fallback matches "mat ong" to "Mật ong" on SQLite and PostgreSQL alike.
/// </summary>
public sealed class ProductSearchKey : SaveChangesInterceptor
{
    public static string Build(Product p) =>
        VietnameseText.Fold(string.Join(' ', p.Name, p.NameEn, p.ShortDescription)).ToLowerInvariant();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Update(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Update(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Update(DbContext? context)
    {
        if (context is null) return;
        foreach (var entry in context.ChangeTracker.Entries<Product>())
            if (entry.State is EntityState.Added or EntityState.Modified)
                entry.Entity.SearchKey = Build(entry.Entity);
    }
}
