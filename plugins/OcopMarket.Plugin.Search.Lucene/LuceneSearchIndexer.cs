using OcopMarket.Core.Search;

namespace OcopMarket.Plugin.Search.Lucene;

/// <summary>Keeps the Lucene index in step with the database (the backlog worker calls it).</summary>
public sealed class LuceneSearchIndexer(LuceneSearchIndex index) : ISearchIndexer
{
    public string ProviderName => LuceneSearchProvider.ProviderName;

    public Task IndexProductsAsync(IReadOnlyCollection<int> productIds, CancellationToken ct = default) =>
        index.IndexProductsAsync(productIds, ct);

    public bool StartRebuild() => index.StartRebuild();

    public RebuildProgress Progress => index.Progress;
}
