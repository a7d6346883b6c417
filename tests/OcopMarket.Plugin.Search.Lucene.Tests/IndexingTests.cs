using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Search;

namespace OcopMarket.Plugin.Search.Lucene.Tests;

public sealed class IndexingTests : IDisposable
{
    private readonly LuceneTestContext _ctx = new(build: true);

    public void Dispose() => _ctx.Dispose();

    [Fact]
    public async Task A_full_build_indexes_exactly_the_visible_products()
    {
        Assert.True(_ctx.Index.IsReady);
        Assert.Equal(10, _ctx.Index.DocumentCount);
        var progress = _ctx.Indexer.Progress;
        Assert.True(progress.Finished);
        Assert.Equal(10, progress.Done);
        Assert.Equal(10, progress.Total);
        Assert.Null(progress.Error);
        Assert.Equal("lucene", _ctx.Indexer.ProviderName);
        Assert.Equal("lucene", _ctx.Provider.Name);
        Assert.True(_ctx.Provider.IsReady);
        Assert.Equal(10, (await _ctx.SearchAsync(null)).Total);
    }

    [Fact]
    public async Task Index_products_updates_changed_ones_and_removes_hidden_or_deleted_ones()
    {
        var honey = _ctx.ProductIds["Mật ong rừng Triệu Sơn"];
        var hat = _ctx.ProductIds["Nón lá che nắng"];
        var tea = _ctx.ProductIds["Chè xanh búp"];
        var hiddenBefore = _ctx.ProductIds["Mật ong chưa đăng"];
        using (var db = _ctx.NewDb())
        {
            var p = await db.Products.SingleAsync(x => x.Id == honey);
            p.Name = "Mật ong bạc hà Đồng Văn";
            (await db.Products.SingleAsync(x => x.Id == tea)).IsPublished = false;
            (await db.Products.SingleAsync(x => x.Id == hiddenBefore)).IsPublished = true;
            db.Products.Remove(await db.Products.SingleAsync(x => x.Id == hat));
            await db.SaveChangesAsync();
        }
        // Before indexing, the index still answers with the old state.
        Assert.Contains("Mật ong rừng Triệu Sơn", await _ctx.NamesAsync("rừng"));

        await _ctx.Indexer.IndexProductsAsync([honey, hat, tea, hiddenBefore, 99999]);

        var renamed = Assert.Single((await _ctx.SearchAsync("dong van")).Hits);
        Assert.Equal(honey, renamed.ProductId);
        Assert.Equal("Mật ong bạc hà <mark>Đồng</mark> <mark>Văn</mark>", renamed.HighlightedName);
        Assert.DoesNotContain(hat, (await _ctx.SearchAsync("nón lá")).Hits.Select(h => h.ProductId));
        Assert.DoesNotContain(tea, (await _ctx.SearchAsync("chè")).Hits.Select(h => h.ProductId));
        Assert.Contains(hiddenBefore, (await _ctx.SearchAsync("chưa đăng")).Hits.Select(h => h.ProductId));
        Assert.Equal(9, _ctx.Index.DocumentCount);
    }

    [Fact]
    public async Task New_products_and_new_certificates_are_picked_up()
    {
        int id;
        using (var db = _ctx.NewDb())
        {
            var template = await db.Products.AsNoTracking().FirstAsync(p => p.Name == "Trà hoa vàng");
            var p = new Product
            {
                Name = "Rượu cần Kon Rẫy", Slug = "ruou-can", Description = "Rượu cần ủ men lá.", ProducerId = template.ProducerId,
                CategoryId = template.CategoryId, Price = 300_000, Unit = "bình", StockQuantity = 4, IsPublished = true,
                CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            };
            db.Products.Add(p);
            await db.SaveChangesAsync();
            id = p.Id;
        }
        await _ctx.Indexer.IndexProductsAsync([id]);
        var r = await _ctx.SearchAsync("ruou can", filters: new Dictionary<string, IReadOnlyList<string>> { [FacetKeys.Stars] = ["5"] });
        Assert.Equal(0, r.Total);
        Assert.Single((await _ctx.SearchAsync("ruou can")).Hits);

        using (var db = _ctx.NewDb())
        {
            db.Certificates.Add(new Core.Certification.Certificate
            {
                ProductId = id, DecisionNumber = "QĐ-9", IssuingBody = "UBND", Stars = 5,
                IssuedOn = new DateOnly(2025, 8, 1), ExpiresOn = new DateOnly(2028, 7, 31),
            });
            await db.SaveChangesAsync();
        }
        await _ctx.Indexer.IndexProductsAsync([id]);
        Assert.Single((await _ctx.SearchAsync("ruou can", filters: new Dictionary<string, IReadOnlyList<string>> { [FacetKeys.Stars] = ["5"] })).Hits);
    }

    [Fact]
    public async Task An_unpublished_producer_takes_its_products_out()
    {
        var ids = _ctx.Products.Where(p => p.Producer == "htx-che-kon-ray" && p.Visible).Select(p => p.Id).ToList();
        using (var db = _ctx.NewDb())
        {
            (await db.Producers.SingleAsync(p => p.Slug == "htx-che-kon-ray")).IsPublished = false;
            await db.SaveChangesAsync();
        }
        await _ctx.Indexer.IndexProductsAsync(ids);
        Assert.DoesNotContain((await _ctx.SearchAsync("kon ray")).Hits, h => ids.Contains(h.ProductId));
        Assert.DoesNotContain(await _ctx.Provider.SuggestAsync("htx ch", 5), s => s.Kind == SuggestionKind.Producer);
    }

    [Fact]
    public async Task Concurrent_indexing_from_several_threads_while_searching_does_not_throw()
    {
        var ids = _ctx.Products.Select(p => p.Id).ToArray();
        using var stop = new CancellationTokenSource();
        var errors = new List<Exception>();
        var searchers = Enumerable.Range(0, 3).Select(n => Task.Run(async () =>
        {
            var texts = new[] { "mật ong", "chè", null, "kon ray", "tre" };
            var i = 0;
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var r = await _ctx.SearchAsync(texts[i++ % texts.Length]);
                    Assert.True(r.Total >= 0);
                    await _ctx.Provider.SuggestAsync("mat", 5);
                }
                catch (Exception e)
                {
                    lock (errors) errors.Add(e);
                }
            }
        })).ToList();
        var writers = Enumerable.Range(0, 4).Select(n => Task.Run(async () =>
        {
            var random = new Random(n);
            for (var i = 0; i < 6; i++)
                await _ctx.Indexer.IndexProductsAsync(random.GetItems(ids, 3));
        })).ToList();
        await Task.WhenAll(writers);
        await stop.CancelAsync();
        await Task.WhenAll(searchers);
        Assert.Empty(errors);
        Assert.Equal(10, _ctx.Index.DocumentCount);
        Assert.Equal(10, (await _ctx.SearchAsync(null)).Total);
    }

    [Fact]
    public async Task A_rebuild_keeps_serving_the_previous_index_and_changes_made_meanwhile_are_not_lost()
    {
        var honey = _ctx.ProductIds["Mật ong hoa nhãn"];
        Assert.True(_ctx.Indexer.StartRebuild());
        Assert.True(_ctx.Index.IsReady);
        Assert.Equal(10, (await _ctx.SearchAsync(null)).Total);
        using (var db = _ctx.NewDb())
        {
            (await db.Products.SingleAsync(x => x.Id == honey)).Name = "Mật ong hoa cà phê";
            await db.SaveChangesAsync();
        }
        await _ctx.Indexer.IndexProductsAsync([honey]);
        await _ctx.Index.RebuildTask;
        await WaitUntil(() => (_ctx.SearchAsync("ca phe").Result.Total == 1));
        Assert.True(_ctx.Indexer.Progress.Finished);
        Assert.Equal(10, _ctx.Index.DocumentCount);
    }

    [Fact]
    public async Task A_deleted_index_folder_is_rebuilt_at_start()
    {
        _ctx.Stop();
        Directory.Delete(_ctx.Options.IndexPath, recursive: true);
        _ctx.Start();
        await _ctx.Index.RebuildTask;
        Assert.True(_ctx.Index.IsReady);
        Assert.Equal(10, (await _ctx.SearchAsync(null)).Total);
        Assert.Contains("Mật ong rừng Triệu Sơn", await _ctx.NamesAsync("mat ong"));
    }

    [Fact]
    public async Task A_corrupt_segments_file_is_deleted_and_rebuilt_at_start()
    {
        _ctx.Stop();
        foreach (var file in Directory.GetFiles(_ctx.Options.IndexPath, "segments*"))
            await File.WriteAllTextAsync(file, "this is not a Lucene index");
        _ctx.Start();
        Assert.False(_ctx.Index.IsReady && _ctx.Index.IsRebuilding);
        await _ctx.Index.RebuildTask;
        Assert.True(_ctx.Index.IsReady);
        Assert.Equal(10, (await _ctx.SearchAsync(null)).Total);
    }

    [Fact]
    public async Task Garbage_in_every_file_of_the_index_is_survived()
    {
        _ctx.Stop();
        foreach (var file in Directory.GetFiles(_ctx.Options.IndexPath))
            await File.WriteAllBytesAsync(file, [1, 2, 3, 4, 5]);
        _ctx.Start();
        await _ctx.Index.RebuildTask;
        Assert.Equal(10, (await _ctx.SearchAsync(null)).Total);
    }

    [Fact]
    public async Task An_intact_index_is_reused_without_a_rebuild()
    {
        _ctx.Stop();
        _ctx.Start();
        Assert.True(_ctx.Index.IsReady);
        Assert.False(_ctx.Index.IsRebuilding);
        Assert.Equal(0, _ctx.Indexer.Progress.Done); // no rebuild ran in this "process"
        Assert.Equal(10, (await _ctx.SearchAsync(null)).Total);
        Assert.Equal("Xã Triệu Sơn", (await _ctx.SearchAsync(null)).Facets.Single(f => f.Key == FacetKeys.Commune).Values.Single(v => v.Value == "C100").Label);
    }

    [Fact]
    public async Task An_index_of_another_database_is_rebuilt()
    {
        _ctx.Stop();
        _ctx.Options.SourceId = "another-database";
        _ctx.Start();
        Assert.False(_ctx.Index.IsReady && !_ctx.Index.IsRebuilding);
        await _ctx.Index.RebuildTask;
        Assert.True(_ctx.Index.IsReady);
        Assert.Equal(10, _ctx.Indexer.Progress.Done);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(50);
        Assert.True(condition());
    }
}
