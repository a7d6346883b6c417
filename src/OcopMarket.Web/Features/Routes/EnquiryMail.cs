using System.Globalization;
using System.Net.Mail;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Messaging;
using OcopMarket.Core.Settings;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Localization;

namespace OcopMarket.Web.Features.Routes;

/// <summary>
/// Tells the producer (its e-mail, when it has one) and the office that a visitor asked for an experience visit. Always in
/// Vietnamese: both readers are Vietnamese staff, whatever language the visitor used. Sent after the enquiry is committed;
/// a failure is logged and never loses the enquiry (it is in both inboxes of the site anyway).
/// </summary>
public sealed class EnquiryMail(
    IEmailSender sender,
    OcopDbContext db,
    ISiteSettings settings,
    IStringLocalizer<RoutesResource> l,
    IOptions<SiteOptions> site,
    IHttpContextAccessor accessor,
    ILogger<EnquiryMail> logger)
{
    /// <summary>Where enquiries go when the office has not set the shop's contact e-mail (Shop.ContactEmail) in /admin/cai-dat.</summary>
    public const string DefaultOfficeEmail = "xuctien.dulich@ocopmarket.local";

    private static readonly HtmlEncoder html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The office's address for enquiries: the shop's contact e-mail setting, else <see cref="DefaultOfficeEmail"/>.</summary>
    public string OfficeEmail => settings.Get(SettingKeys.ContactEmail) is { Length: > 0 } e && MailAddress.TryCreate(e, out _) ? e : DefaultOfficeEmail;

    public async Task TrySendAsync(int enquiryId, CancellationToken ct)
    {
        try
        {
            await SendAsync(enquiryId, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not e-mail experience enquiry {Id}", enquiryId);
        }
    }

    private async Task SendAsync(int enquiryId, CancellationToken ct)
    {
        var e = await db.ExperienceEnquiries.AsNoTracking().Where(x => x.Id == enquiryId)
            .Select(x => new
            {
                x.Id, x.PreferredDate, x.GroupSize, x.ContactName, x.Phone, x.Email, x.Message, x.Culture,
                Producer = x.Producer!.Name, ProducerEmail = x.Producer.Email,
                Route = x.Route != null ? x.Route.Name : null,
                Experience = x.Stop != null ? x.Stop.ExperienceName : null,
                Stop = x.Stop != null ? x.Stop.Name : null,
            })
            .FirstAsync(ct);

        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(Cultures.Vietnamese);
        List<EmailMessage> messages = [];
        try
        {
            var subject = l["New experience enquiry: {0}, {1} people on {2}", e.Experience ?? e.Stop ?? "", e.GroupSize, e.PreferredDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)].Value;
            var rows = new List<(string Label, string Value)>
            {
                (l["Experience"].Value, e.Experience ?? "—"),
                (l["Stop"].Value, e.Stop ?? "—"),
                (l["Route"].Value, e.Route ?? "—"),
                (l["Producer"].Value, e.Producer),
                (l["Preferred date"].Value, e.PreferredDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
                (l["Number of people"].Value, e.GroupSize.ToString(CultureInfo.InvariantCulture)),
                (l["Contact"].Value, e.ContactName),
                (l["Phone number"].Value, e.Phone),
                (l["Email"].Value, e.Email ?? "—"),
                (l["Visitor's language"].Value, e.Culture == "en" ? l["English"].Value : l["Vietnamese"].Value),
                (l["Message"].Value, e.Message ?? "—"),
            };
            if (e.ProducerEmail is { Length: > 0 } producerEmail && MailAddress.TryCreate(producerEmail, out _))
                messages.Add(Compose(producerEmail, e.Producer, subject,
                    l["A visitor would like to book an experience visit with you. Please call them back within two working days, then record the outcome in the producer portal."].Value,
                    rows, Link("/portal/trai-nghiem/" + e.Id)));
            messages.Add(Compose(OfficeEmail, null, subject,
                l["A visitor sent an experience enquiry through the tourism routes. The producer has been told; follow it up if nobody answers."].Value,
                rows, Link("/admin/yeu-cau-trai-nghiem/" + e.Id)));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
        foreach (var message in messages)
            await sender.SendAsync(message, ct);
    }

    private EmailMessage Compose(string to, string? toName, string subject, string intro, IReadOnlyList<(string Label, string Value)> rows, string link)
    {
        static string E(string s) => html.Encode(s);
        var table = new StringBuilder();
        var text = new StringBuilder(intro).Append("\n\n");
        foreach (var (label, value) in rows)
        {
            table.Append($"<tr><th style=\"text-align:left;padding:4px 12px 4px 0;vertical-align:top;white-space:nowrap;color:#555\">{E(label)}</th><td style=\"padding:4px 0\">{E(value).Replace("\n", "<br>", StringComparison.Ordinal)}</td></tr>");
            text.Append(label).Append(": ").Append(value).Append('\n');
        }
        var open = l["Open the enquiry"].Value;
        text.Append('\n').Append(open).Append(": ").Append(link).Append("\n\nOcopMarket\n");
        var body = $"""
            <!DOCTYPE html>
            <html lang="vi">
            <head><meta charset="utf-8"><title>{E(subject)}</title></head>
            <body style="font-family:Arial,Helvetica,sans-serif;color:#222;line-height:1.5;max-width:640px">
            <p>{E(intro)}</p>
            <table style="border-collapse:collapse;font-size:14px">{table}</table>
            <p><a href="{E(link)}" style="display:inline-block;padding:10px 18px;background:#1f6f43;color:#fff;text-decoration:none;border-radius:6px">{E(open)}</a></p>
            <p>OcopMarket</p>
            </body>
            </html>
            """;
        return new EmailMessage(to, subject, body, text.ToString(), toName);
    }

    private string Link(string path)
    {
        var baseUrl = site.Value.BaseUrl.TrimEnd('/');
        if (string.IsNullOrEmpty(baseUrl) && accessor.HttpContext?.Request is { } r)
            baseUrl = $"{r.Scheme}://{r.Host.ToUriComponent()}{r.PathBase.ToUriComponent()}";
        return baseUrl + path;
    }
}
