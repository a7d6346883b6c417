namespace OcopMarket.Plugin.Search.Lucene;

public sealed class LuceneSearchOptions
{
    public const string Section = "Search";

    /// <summary>The index folder (default <c>{ContentRoot}/App_Data/search-index</c>, configuration <c>Search:IndexPath</c>).</summary>
    public string IndexPath { get; set; } = "";

    /// <summary>Products read and indexed per database round trip during a full rebuild.</summary>
    public int RebuildBatchSize { get; set; } = 2000;

    /// <summary>
    /// Identifies the database the index is built from (the host passes a hash of the connection
    /// string): an index built from another database is rebuilt instead of served.
    /// </summary>
    public string? SourceId { get; set; }
}
