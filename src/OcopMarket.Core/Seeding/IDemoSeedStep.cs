namespace OcopMarket.Core.Seeding;

/// <summary>
/// A feature's own demo rows, run after the catalogue is seeded (lowest Order first). Register it in the feature's
/// Autofac module `.As&lt;IDemoSeedStep&gt;()`. A step must be idempotent: it runs on every demo start.
/// </summary>
public interface IDemoSeedStep
{
    int Order { get; }
    Task SeedAsync(CancellationToken ct = default);
}
