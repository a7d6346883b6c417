using OcopMarket.Core.Identity;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.BackOffice;

/// <summary>The shared back-office layout: language switch and menu by role.</summary>
public abstract class BackOfficeLayoutTests(OcopWebFactory site)
{
    [Fact]
    public async Task The_language_links_switch_the_back_office_to_english_and_back()
    {
        var (client, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using (client)
        {
            var page = await client.GetDocumentAsync("/admin/tim-kiem");
            Assert.Contains("Chỉ mục tìm kiếm", page.QuerySelector("h1")!.TextContent);
            var english = page.QuerySelector("a[hreflang='en']")!.GetAttribute("href")!;
            var translated = await client.GetDocumentAsync(english); // follows the redirect back to the page
            Assert.EndsWith("/admin/tim-kiem", translated.Url);
            Assert.Contains("Search index", translated.QuerySelector("h1")!.TextContent);
            var back = await client.GetDocumentAsync(translated.QuerySelector("a[hreflang='vi']")!.GetAttribute("href")!);
            Assert.Contains("Chỉ mục tìm kiếm", back.QuerySelector("h1")!.TextContent);
        }
    }

    [Fact]
    public async Task Office_staff_do_not_see_the_users_screen_in_the_menu_but_administrators_do()
    {
        var (staff, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        var (admin, _) = await site.CreateSignedInClientAsync(Roles.Administrator);
        using (staff)
        using (admin)
        {
            Assert.Null((await staff.GetDocumentAsync("/admin/tim-kiem")).QuerySelector("nav a[href='/admin/nguoi-dung']"));
            Assert.NotNull((await admin.GetDocumentAsync("/admin/tim-kiem")).QuerySelector("nav a[href='/admin/nguoi-dung']"));
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class BackOfficeLayoutSqliteTests(SqliteWebFactory site) : BackOfficeLayoutTests(site);

[Collection(Collections.Postgres)]
public sealed class BackOfficeLayoutPostgresTests(PostgresWebFactory site) : BackOfficeLayoutTests(site);
