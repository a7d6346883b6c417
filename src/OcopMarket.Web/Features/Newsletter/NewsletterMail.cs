using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OcopMarket.Core.Messaging;
using OcopMarket.Core.News;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Localization;

namespace OcopMarket.Web.Features.Newsletter;

/// <summary>
/// The double opt-in e-mail, in the language the person signed up in (the request's UI culture): a confirm button
/// (valid 7 days) and an unsubscribe link. The clear tokens exist only here and in the recipient's inbox.
/// </summary>
public sealed class NewsletterMail(IEmailSender sender, IStringLocalizer<NewsResource> l, IOptions<SiteOptions> site, IHttpContextAccessor accessor)
{
    public const string ConfirmPath = "/ban-tin/xac-nhan";
    public const string UnsubscribePath = "/ban-tin/huy";

    private static readonly HtmlEncoder html = HtmlEncoder.Create(UnicodeRanges.All);

    public Task SendConfirmationAsync(ConfirmationTokens tokens, CancellationToken ct)
    {
        var confirm = Link(ConfirmPath, tokens.ConfirmToken);
        var unsubscribe = Link(UnsubscribePath, tokens.UnsubscribeToken);
        var subject = l["Please confirm your subscription to the OcopMarket newsletter"].Value;
        var intro = l["Thank you for signing up for the OcopMarket newsletter: news of the OCOP programme, producer stories, fairs and offers."].Value;
        var ask = l["Please confirm that this is your email address. Until you do, we send you nothing."].Value;
        var button = l["Confirm my subscription"].Value;
        var expiry = l["The link is valid for 7 days. If it has expired, simply sign up again."].Value;
        var ignore = l["If you did not sign up, ignore this email: without confirmation you will not receive anything."].Value;
        var leave = l["Unsubscribe"].Value;
        static string E(string s) => html.Encode(s);

        var htmlBody = $"""
            <!DOCTYPE html>
            <html lang="{(Cultures.IsEnglish ? "en" : "vi")}">
            <head><meta charset="utf-8"><title>{E(subject)}</title></head>
            <body style="font-family:Arial,Helvetica,sans-serif;color:#222;line-height:1.5;max-width:640px">
            <p>{E(intro)}</p>
            <p>{E(ask)}</p>
            <p><a href="{E(confirm)}" style="display:inline-block;padding:10px 18px;background:#1f6f43;color:#fff;text-decoration:none;border-radius:6px">{E(button)}</a></p>
            <p style="word-break:break-all"><a href="{E(confirm)}">{E(confirm)}</a></p>
            <p>{E(expiry)}</p>
            <p style="color:#666">{E(ignore)}</p>
            <p style="color:#666;font-size:13px"><a href="{E(unsubscribe)}" style="color:#666">{E(leave)}</a></p>
            <p>OcopMarket</p>
            </body>
            </html>
            """;
        var text = $"{intro}\n\n{ask}\n\n{button}: {confirm}\n\n{expiry}\n\n{ignore}\n\n{leave}: {unsubscribe}\n\nOcopMarket\n";
        return sender.SendAsync(new EmailMessage(tokens.Email, subject, htmlBody, text), ct);
    }

    private string Link(string path, string token)
    {
        var baseUrl = site.Value.BaseUrl.TrimEnd('/');
        if (string.IsNullOrEmpty(baseUrl) && accessor.HttpContext?.Request is { } r)
            baseUrl = $"{r.Scheme}://{r.Host.ToUriComponent()}{r.PathBase.ToUriComponent()}";
        return $"{baseUrl}{path}?token={Uri.EscapeDataString(token)}";
    }
}
