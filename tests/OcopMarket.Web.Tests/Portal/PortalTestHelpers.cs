using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Common;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Producers;
using OcopMarket.Core.Search;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.Shop;
using SkiaSharp;

namespace OcopMarket.Web.Tests.Portal;

/// <summary>A file for a multipart form field.</summary>
public sealed record UploadFile(string Field, string FileName, byte[] Content, string ContentType);

/// <summary>Producers, products and files for the portal tests; everything a test creates has a unique name and is cleaned up by the test.</summary>
internal static class PortalTestHelpers
{
    public static Task<int> ProducerIdAsync(this OcopWebFactory site, string slugKey) =>
        site.DbAsync(db => db.Producers.Where(p => p.Slug == SeededSlug(slugKey)).Select(p => p.Id).FirstAsync());

    /// <summary>The demo keys (hoa-cu, binh-son) are slugs of the producers' full names.</summary>
    private static string SeededSlug(string key) => key switch
    {
        "hoa-cu" => SlugGenerator.Generate("HTX Sản xuất và Kinh doanh Quả sạch Hòa Cư"),
        "binh-son" => SlugGenerator.Generate("HTX Nông nghiệp Bình Sơn"),
        _ => key,
    };

    /// <summary>A client signed in as a new Producer user of the seeded producer <paramref name="key"/>.</summary>
    public static async Task<(HttpClient Client, TestUser User, int ProducerId)> ProducerClientAsync(this OcopWebFactory site, string key)
    {
        var producerId = await site.ProducerIdAsync(key);
        var (client, user) = await site.CreateSignedInClientAsync(Roles.Producer, producerId);
        return (client, user, producerId);
    }

    /// <summary>A new producer of our own (not published, so the shop's lists stay as the other tests expect), placed like Hòa Cư.</summary>
    public static Task<int> CreateProducerAsync(this OcopWebFactory site, string name) => site.DbAsync(async db =>
    {
        var template = await db.Producers.AsNoTracking().FirstAsync(p => p.Slug == SeededSlug("hoa-cu"));
        var producer = new Producer
        {
            Name = name, Slug = SlugGenerator.Generate(name) + "-" + Guid.NewGuid().ToString("N")[..6], Type = ProducerType.HouseholdBusiness,
            Story = "<p>Câu chuyện cũ.</p>", Address = "Thôn 1", CommuneId = template.CommuneId, DistrictId = template.DistrictId,
            ProvinceId = template.ProvinceId, Phone = "0912 345 678", IsPublished = false, CreatedAt = site.Time.GetUtcNow(),
        };
        db.Producers.Add(producer);
        await db.SaveChangesAsync();
        return producer.Id;
    });

    /// <summary>A new producer with a signed-in Producer user; disposing it removes the producer, its documents and products again.</summary>
    public static async Task<TemporaryProducer> TemporaryProducerAsync(this OcopWebFactory site, string name)
    {
        var id = await site.CreateProducerAsync(name);
        var (client, _) = await site.CreateSignedInClientAsync(Roles.Producer, id);
        return new TemporaryProducer(site, id, name, client);
    }

    /// <summary>Deletes a producer the test created (the demo counts producers), unlinking its users first.</summary>
    public static async Task DeleteProducerAsync(this OcopWebFactory site, int producerId)
    {
        var products = await site.DbAsync(db => db.Products.Where(p => p.ProducerId == producerId).Select(p => p.Id).ToArrayAsync());
        if (products.Length > 0) await site.DeleteProductsAsync(products);
        await site.DbAsync(async db =>
        {
            await db.ProducerDocuments.Where(d => d.ProducerId == producerId).ExecuteDeleteAsync();
            await db.Users.Where(u => u.ProducerId == producerId).ExecuteUpdateAsync(u => u.SetProperty(x => x.ProducerId, (int?)null));
            await db.Producers.Where(p => p.Id == producerId).ExecuteDeleteAsync();
        });
    }

    /// <summary>Adds a product of <paramref name="producerId"/> straight to the table (approved and on sale unless told otherwise).</summary>
    public static Task<Product> CreateProductAsync(this OcopWebFactory site, int producerId, string name,
        ModerationStatus status = ModerationStatus.Approved, long price = 85_000, int stock = 50) => site.DbAsync(async db =>
    {
        var category = await db.Categories.AsNoTracking().FirstAsync(c => c.Code == "1.1");
        var product = new Product
        {
            Name = name, Slug = SlugGenerator.Generate(name) + "-" + Guid.NewGuid().ToString("N")[..6], ShortDescription = "Sản phẩm thử nghiệm của cổng chủ thể.",
            Description = "<p>Mô tả thử nghiệm.</p>", ProducerId = producerId, CategoryId = category.Id, Price = price, Unit = "hộp 1 kg",
            StockQuantity = stock, ModerationStatus = status, IsPublished = status == ModerationStatus.Approved,
            CreatedAt = site.Time.GetUtcNow(), UpdatedAt = site.Time.GetUtcNow(),
        };
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return product;
    });

    /// <summary>
    /// Removes test products with what hangs off them, tells the search index (a bulk delete bypasses the save hook) and
    /// waits for it, and drops cached shop pages that might still show them: later tests see the demo as seeded.
    /// </summary>
    public static async Task DeleteProductsAsync(this OcopWebFactory site, params int[] ids)
    {
        await site.DbAsync(async db =>
        {
            // Orders and carts that hold these products go first (their lines reference the products).
            var orders = await db.OrderLines.Where(l => ids.Contains(l.ProductId)).Select(l => l.OrderId).Distinct().ToListAsync();
            await db.DeleteOrdersAsync(orders);
            await db.CartLines.Where(l => ids.Contains(l.ProductId)).ExecuteDeleteAsync();
            await db.ProductChangeRequests.Where(r => ids.Contains(r.ProductId)).ExecuteDeleteAsync();
            await db.ProductImages.Where(i => ids.Contains(i.ProductId)).ExecuteDeleteAsync();
            await db.Certificates.Where(c => ids.Contains(c.ProductId)).ExecuteDeleteAsync();
            await db.Products.Where(p => ids.Contains(p.Id)).ExecuteDeleteAsync();
            db.SearchIndexQueue.AddRange(ids.Select(id => new SearchIndexQueueItem { Target = IndexTarget.Product, TargetId = id, QueuedAt = site.Time.GetUtcNow() }));
            await db.SaveChangesAsync();
        });
        // The index worker drains the queue within a second or two; not an assertion, just courtesy to the next test.
        for (var i = 0; i < 100 && await site.DbAsync(db => db.SearchIndexQueue.AnyAsync(q => q.Target == IndexTarget.Product && ids.Contains(q.TargetId))); i++)
            await Task.Delay(200);
        await site.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Framework.CacheTags.Storefront, default);
    }

    /// <summary>
    /// Posts a form of <paramref name="page"/> as multipart/form-data, like a browser with files chosen: the form's own
    /// fields (token included), then <paramref name="values"/> (a key listed with null removes the field; a key listed
    /// twice is sent twice), then the files.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitMultipartFormAsync(this HttpClient client, IDocument page, string formSelector,
        IEnumerable<(string Key, string? Value)>? values = null, params UploadFile[] files)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"{page.Url} has no form matching '{formSelector}'.");
        var fields = FormFields(form);
        var overrides = values?.ToList() ?? [];
        foreach (var key in overrides.Select(v => v.Key).Distinct()) fields.RemoveAll(f => f.Key == key);
        fields.AddRange(overrides.Where(v => v.Value is not null).Select(v => new KeyValuePair<string, string>(v.Key, v.Value!)));

        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields) content.Add(new StringContent(value, Encoding.UTF8), key);
        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
            content.Add(part, file.Field, file.FileName);
        }
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Url : form.Action;
        return await client.PostAsync(new Uri(action, UriKind.RelativeOrAbsolute), content);
    }

    /// <summary>What a browser would send for the form (checked boxes only, selected options, no file inputs).</summary>
    private static List<KeyValuePair<string, string>> FormFields(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !input.IsDisabled:
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked) continue;
                    if (input.Type is "submit" or "button" or "image" or "file") continue;
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !select.IsDisabled:
                    foreach (var option in select.Options.Where(o => o.IsSelected)) fields.Add(new(select.Name!, option.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !area.IsDisabled:
                    fields.Add(new(area.Name!, area.Value));
                    break;
            }
        }
        return fields;
    }

    /// <summary>The flash message after a redirect, or the first validation message.</summary>
    public static string? StatusMessage(this IDocument page) => page.QuerySelector("[role='status']")?.TextContent.Trim();

    public static string? FieldError(this IDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() is { Length: > 0 } text ? text : null;
}

/// <summary>A producer made for one test, with a client signed in as its user.</summary>
public sealed class TemporaryProducer(OcopWebFactory site, int id, string name, HttpClient client) : IAsyncDisposable
{
    public int Id => id;
    public string Name => name;
    public HttpClient Client => client;

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await site.DeleteProducerAsync(id);
    }
}

/// <summary>Files a producer might upload.</summary>
internal static class PortalSamples
{
    /// <summary>A real one-page PDF (header, objects, cross-reference table, trailer, %%EOF).</summary>
    public static byte[] Pdf(string text = "Giay chung nhan ATTP")
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            null, // the content stream, below
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var stream = $"BT /F1 18 Tf 72 760 Td ({text}) Tj ET";
        objects[3] = $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream";
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A PDF-looking file of exactly <paramref name="size"/> bytes (valid header and trailer, padding in a comment).</summary>
    public static byte[] PdfOfSize(int size)
    {
        var head = Encoding.ASCII.GetBytes("%PDF-1.4\n%");
        var tail = Encoding.ASCII.GetBytes("\n%%EOF\n");
        var bytes = new byte[size];
        Array.Fill(bytes, (byte)'x');
        head.CopyTo(bytes, 0);
        tail.CopyTo(bytes, size - tail.Length);
        return bytes;
    }

    /// <summary>The start of a Windows executable ("MZ", the DOS stub text) saved under a .pdf name.</summary>
    public static byte[] Exe()
    {
        var bytes = new byte[2048];
        bytes[0] = (byte)'M';
        bytes[1] = (byte)'Z';
        Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.").CopyTo(bytes, 0x4E);
        Encoding.ASCII.GetBytes("PE\0\0").CopyTo(bytes, 0x80);
        return bytes;
    }

    public static byte[] Text => Encoding.UTF8.GetBytes("Kết quả kiểm nghiệm: đạt. Đây là tệp văn bản, không phải PDF.\n");

    public static byte[] Png(int width = 64, int height = 48)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = SKColors.SeaGreen };
            canvas.DrawRect(8, 8, width - 16, height - 16, paint);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
