using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Identity;
using OcopMarket.Core.News;
using OcopMarket.Web.Tests.Account;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Newsletter;

/// <summary>Double opt-in through the real pages and the file-drop mail: sign up, confirm, expiry, unsubscribe, the office's export.</summary>
public abstract partial class NewsletterTests(OcopWebFactory site) : IAsyncLifetime
{
    private const string Domain = "@ban-tin.test";

    protected OcopWebFactory Site { get; } = site;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Site.DbAsync(db => db.NewsletterSubscribers.Where(s => s.Email.EndsWith(Domain)).ExecuteDeleteAsync());

    private static string NewEmail() => $"nguoi-doc-{Guid.NewGuid():N}{Domain}";

    /// <summary>Fills /ban-tin like a person (consent ticked unless told otherwise) and returns the page it ends on.</summary>
    private static async Task<IDocument> SignUpAsync(HttpClient client, string email, bool consent = true, string? honeypot = null)
    {
        var page = await client.GetDocumentAsync("/ban-tin");
        var values = new Dictionary<string, string?> { ["Email"] = email, ["Consent"] = consent ? "true" : null, ["Website"] = honeypot };
        using var response = await client.SubmitFormAsync(page, "form#newsletter-form", values);
        return await response.ReadDocumentAsync();
    }

    /// <summary>The decoded plain-text bodies of every message to <paramref name="email"/>, oldest first.</summary>
    private List<string> MailsTo(string email)
    {
        var folder = Site.MailFolder();
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder, "*.eml")
            .Select(f => (File: f, Text: File.ReadAllText(f)))
            .Where(m => AccountTestHelpers.Header(m.Text, "To").Contains(email, StringComparison.OrdinalIgnoreCase))
            .OrderBy(m => File.GetLastWriteTimeUtc(m.File))
            .Select(m => AccountTestHelpers.DecodeParts(m.Text)["text/plain"])
            .ToList();
    }

    private static string LinkIn(string text, string path) =>
        LinkRegex().Matches(text).Select(m => m.Value).FirstOrDefault(l => new Uri(l).AbsolutePath == path)
        ?? throw new InvalidOperationException($"No {path} link in:\n{text}");

    private static string Token(string link) => Regex.Match(link, "token=([A-Za-z0-9_-]+)", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value;

    private static string? Notice(IDocument page) => page.QuerySelector("#newsletter-notice")?.GetAttribute("data-notice");

    [Fact]
    public async Task Signing_up_mails_a_link_that_confirms_the_subscription_with_the_consent_stored_and_tokens_hashed()
    {
        using var client = Site.CreateClient();
        var form = await client.GetDocumentAsync("/ban-tin");
        var consentShown = form.QuerySelector("#consent-text")!.TextContent.Trim();
        Assert.Null(form.QuerySelector("#newsletter-form input[name='Consent'][checked]"));
        var email = NewEmail();

        var answer = await SignUpAsync(client, email.ToUpperInvariant());
        Assert.Equal("CheckInbox", Notice(answer));
        var pending = await Site.DbAsync(db => db.NewsletterSubscribers.AsNoTracking().SingleAsync(s => s.Email == email));
        Assert.Equal(SubscriberStatus.Pending, pending.Status);
        Assert.Equal(consentShown, pending.ConsentText);
        Assert.StartsWith("Tôi đồng ý nhận bản tin OcopMarket", pending.ConsentText, StringComparison.Ordinal);
        Assert.Equal("vi", pending.Culture);
        Assert.Equal(Site.Time.GetUtcNow().AddDays(7), pending.ConfirmTokenExpiresAt);

        var mail = Assert.Single(MailsTo(email));
        var confirm = LinkIn(mail, "/ban-tin/xac-nhan");
        var unsubscribe = LinkIn(mail, "/ban-tin/huy");
        Assert.NotEqual(Token(confirm), pending.ConfirmTokenHash);
        Assert.NotEqual(Token(unsubscribe), pending.UnsubscribeTokenHash);
        Assert.DoesNotContain(Token(confirm), pending.ConfirmTokenHash!, StringComparison.Ordinal);
        Assert.Equal(NewsletterTokens.Hash(Token(confirm)), pending.ConfirmTokenHash);

        var confirmed = await client.GetDocumentAsync(new Uri(confirm).PathAndQuery);
        Assert.Equal("Confirmed", Notice(confirmed));
        var row = await Site.DbAsync(db => db.NewsletterSubscribers.AsNoTracking().SingleAsync(s => s.Email == email));
        Assert.Equal(SubscriberStatus.Confirmed, row.Status);
        Assert.Equal(Site.Time.GetUtcNow(), row.ConfirmedAt);

        Assert.Equal("AlreadyConfirmed", Notice(await client.GetDocumentAsync(new Uri(confirm).PathAndQuery)));
        Assert.Equal("Invalid", Notice(await client.GetDocumentAsync("/ban-tin/xac-nhan?token=khong-hop-le")));
    }

    [Fact]
    public async Task The_answer_is_the_same_for_new_pending_and_confirmed_addresses_and_a_confirmed_one_gets_no_mail()
    {
        using var client = Site.CreateClient();
        var email = NewEmail();
        var unknown = await SignUpAsync(client, NewEmail());
        var first = await SignUpAsync(client, email);
        var again = await SignUpAsync(client, email);
        Assert.Equal(2, MailsTo(email).Count); // a pending address gets the link again
        await client.GetDocumentAsync(new Uri(LinkIn(MailsTo(email)[^1], "/ban-tin/xac-nhan")).PathAndQuery);
        var afterConfirm = await SignUpAsync(client, email);

        var texts = new[] { unknown, first, again, afterConfirm }.Select(p => p.QuerySelector("main")!.TextContent.Trim()).ToList();
        Assert.All(texts, t => Assert.Equal(texts[0], t));
        Assert.Equal(2, MailsTo(email).Count);
        Assert.Equal(SubscriberStatus.Confirmed, await Site.DbAsync(db => db.NewsletterSubscribers.Where(s => s.Email == email).Select(s => s.Status).SingleAsync()));
    }

    [Fact]
    public async Task An_expired_link_says_so_and_offers_to_sign_up_again()
    {
        using var client = Site.CreateClient();
        var email = NewEmail();
        await SignUpAsync(client, email);
        var confirm = new Uri(LinkIn(Assert.Single(MailsTo(email)), "/ban-tin/xac-nhan")).PathAndQuery;
        var original = Site.Time.GetUtcNow();
        try
        {
            Site.Time.Advance(TimeSpan.FromDays(7).Add(TimeSpan.FromMinutes(1)));
            var page = await client.GetDocumentAsync(confirm);
            Assert.Equal("Expired", Notice(page));
            Assert.Equal("/ban-tin", page.QuerySelector("#sign-up-again")!.GetAttribute("href"));
            Assert.Equal(SubscriberStatus.Pending, await Site.DbAsync(db => db.NewsletterSubscribers.Where(s => s.Email == email).Select(s => s.Status).SingleAsync()));

            // Asking again sends a fresh link that works.
            await SignUpAsync(client, email);
            var fresh = new Uri(LinkIn(MailsTo(email)[^1], "/ban-tin/xac-nhan")).PathAndQuery;
            Assert.NotEqual(confirm, fresh);
            Assert.Equal("Confirmed", Notice(await client.GetDocumentAsync(fresh)));
        }
        finally
        {
            Site.Time.AdjustTime(original);
        }
    }

    [Fact]
    public async Task Unsubscribing_takes_a_post_the_link_alone_changes_nothing()
    {
        using var client = Site.CreateClient();
        var email = NewEmail();
        await SignUpAsync(client, email);
        var mail = Assert.Single(MailsTo(email));
        await client.GetDocumentAsync(new Uri(LinkIn(mail, "/ban-tin/xac-nhan")).PathAndQuery);

        var page = await client.GetDocumentAsync(new Uri(LinkIn(mail, "/ban-tin/huy")).PathAndQuery);
        Assert.Equal(SubscriberStatus.Confirmed, await Site.DbAsync(db => db.NewsletterSubscribers.Where(s => s.Email == email).Select(s => s.Status).SingleAsync()));
        Assert.Contains(email[..2] + "•••" + Domain, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var forged = await client.PostAsync("/ban-tin/huy", new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = Token(LinkIn(mail, "/ban-tin/huy")) }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        using var response = await client.SubmitFormAsync(page, "form#unsubscribe-form");
        Assert.Equal("Unsubscribed", Notice(await response.ReadDocumentAsync()));
        var row = await Site.DbAsync(db => db.NewsletterSubscribers.AsNoTracking().SingleAsync(s => s.Email == email));
        Assert.Equal(SubscriberStatus.Unsubscribed, row.Status);
        Assert.Equal(Site.Time.GetUtcNow(), row.UnsubscribedAt);

        // The old confirmation link cannot bring the address back.
        Assert.Equal("Invalid", Notice(await client.GetDocumentAsync(new Uri(LinkIn(mail, "/ban-tin/xac-nhan")).PathAndQuery)));
        Assert.Equal("UnsubscribeInvalid", Notice(await client.GetDocumentAsync("/ban-tin/huy?token=abc")));
    }

    [Fact]
    public async Task Without_consent_or_from_a_bot_nothing_is_stored_or_sent()
    {
        using var client = Site.CreateClient();
        var refused = NewEmail();
        var page = await SignUpAsync(client, refused, consent: false);
        Assert.NotNull(page.QuerySelector("#newsletter-errors"));
        Assert.Contains("is-invalid", page.QuerySelector("#Consent")!.ClassName, StringComparison.Ordinal);

        var bot = NewEmail();
        Assert.Equal("CheckInbox", Notice(await SignUpAsync(client, bot, honeypot: "http://spam.example")));

        var invalid = await SignUpAsync(client, "khong-phai-email");
        Assert.Contains("is-invalid", invalid.QuerySelector("#Email")!.ClassName, StringComparison.Ordinal);

        Assert.False(await Site.DbAsync(db => db.NewsletterSubscribers.AnyAsync(s => s.Email == refused || s.Email == bot)));
        Assert.Empty(MailsTo(refused));
        Assert.Empty(MailsTo(bot));
    }

    [Fact]
    public async Task The_signup_in_english_stores_the_english_consent_and_culture()
    {
        var (client, _) = Site.CreateClientWithCookies();
        using var _c = client;
        await client.GetAsync("/ngon-ngu/en");
        var form = await client.GetDocumentAsync("/ban-tin");
        var email = NewEmail();
        await SignUpAsync(client, email);
        var row = await Site.DbAsync(db => db.NewsletterSubscribers.AsNoTracking().SingleAsync(s => s.Email == email));
        Assert.Equal("en", row.Culture);
        Assert.Equal(form.QuerySelector("#consent-text")!.TextContent.Trim(), row.ConsentText);
        Assert.StartsWith("I agree to receive the OcopMarket newsletter", row.ConsentText, StringComparison.Ordinal);
        Assert.Contains("confirm", Assert.Single(MailsTo(email)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_export_holds_only_confirmed_subscribers_and_only_promotion_staff_get_it()
    {
        var now = Site.Time.GetUtcNow();
        var confirmed = NewEmail();
        var pending = NewEmail();
        var gone = NewEmail();
        await Site.DbAsync(async db =>
        {
            db.NewsletterSubscribers.AddRange(
                new NewsletterSubscriber { Email = confirmed, Culture = "en", Status = SubscriberStatus.Confirmed, ConsentText = "x", SubscribedAt = now, ConfirmedAt = now, UnsubscribeTokenHash = "a" + Guid.NewGuid().ToString("N") },
                new NewsletterSubscriber { Email = pending, Culture = "vi", Status = SubscriberStatus.Pending, ConsentText = "x", SubscribedAt = now, UnsubscribeTokenHash = "b" + Guid.NewGuid().ToString("N") },
                new NewsletterSubscriber { Email = gone, Culture = "vi", Status = SubscriberStatus.Unsubscribed, ConsentText = "x", SubscribedAt = now, ConfirmedAt = now, UnsubscribedAt = now, UnsubscribeTokenHash = "c" + Guid.NewGuid().ToString("N") });
            await db.SaveChangesAsync();
        });

        var (staff, _) = await Site.CreateSignedInClientAsync(Roles.TradePromotion);
        using var _s = staff;
        using var response = await staff.GetAsync("/admin/ban-tin/xuat-csv");
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var rows = new List<string[]>();
        using (var reader = CsvReader.Create(bytes, new CsvReaderOptions { HasHeader = false }))
            while (reader.Read()) rows.Add(reader.Current.ToArray().Select(f => f?.ToString() ?? "").ToArray());
        Assert.Equal(["email", "culture", "confirmed_at"], rows[0].Select(h => h.TrimStart('\uFEFF')).ToArray());
        var emails = rows.Skip(1).Select(r => r[0]).ToList();
        Assert.Contains(confirmed, emails);
        Assert.DoesNotContain(pending, emails);
        Assert.DoesNotContain(gone, emails);
        var mine = rows.Single(r => r[0] == confirmed);
        Assert.Equal("en", mine[1]);
        Assert.Equal(now.UtcDateTime, DateTimeOffset.Parse(mine[2], System.Globalization.CultureInfo.InvariantCulture).UtcDateTime);
        var confirmedInDb = await Site.DbAsync(db => db.NewsletterSubscribers.Where(s => s.Status == SubscriberStatus.Confirmed).Select(s => s.Email).ToListAsync());
        Assert.Equal(confirmedInDb.Order(), emails.Order());

        var list = await staff.GetDocumentAsync("/admin/ban-tin?status=Pending&q=" + Uri.EscapeDataString(Domain));
        var listed = list.QuerySelectorAll("#subscriber-list tbody tr[data-subscriber]").Select(r => r.QuerySelector(".fw-semibold")!.TextContent).ToList();
        Assert.Contains(pending, listed);
        Assert.DoesNotContain(confirmed, listed);

        var (customer, _) = await Site.CreateSignedInClientAsync(Roles.Customer);
        using var _c = customer;
        using var denied = await customer.GetAsync("/admin/ban-tin/xuat-csv");
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
    }

    [GeneratedRegex(@"https?://[^\s""<>]+", RegexOptions.None, 1000)]
    private static partial Regex LinkRegex();
}

[Collection(Collections.Sqlite)]
public sealed class NewsletterSqliteTests(SqliteWebFactory site) : NewsletterTests(site);

[Collection(Collections.Postgres)]
public sealed class NewsletterPostgresTests(PostgresWebFactory site) : NewsletterTests(site);
