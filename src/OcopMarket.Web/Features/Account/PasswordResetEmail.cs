using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Messaging;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Account;

/// <summary>Composes the password reset e-mail in the current UI culture and hands it to the <see cref="IEmailSender"/>.</summary>
public sealed class PasswordResetEmail(IEmailSender sender, IStringLocalizer<AccountResource> a)
{
    // Vietnamese letters stay letters (the body is UTF-8, base64): only markup-significant characters are escaped.
    private static readonly HtmlEncoder html = HtmlEncoder.Create(UnicodeRanges.All);

    public Task SendAsync(AppUser user, string link, CancellationToken ct)
    {
        var name = string.IsNullOrWhiteSpace(user.FullName) ? user.Email! : user.FullName;
        var subject = a["Reset your OcopMarket password"].Value;
        var greeting = a["Hello {0},", name].Value;
        var intro = a["We received a request to reset the password of your OcopMarket account. Use the link below to choose a new password:"].Value;
        var button = a["Choose a new password"].Value;
        var expiry = a["The link can be used once and expires in one day."].Value;
        var ignore = a["If you did not ask for this, you can ignore this email; your password stays the same."].Value;

        var htmlBody = $"""
            <!DOCTYPE html>
            <html lang="{(Framework.Localization.Cultures.IsEnglish ? "en" : "vi")}">
            <head><meta charset="utf-8"><title>{html.Encode(subject)}</title></head>
            <body style="font-family:Arial,Helvetica,sans-serif;color:#222;line-height:1.5">
            <p>{html.Encode(greeting)}</p>
            <p>{html.Encode(intro)}</p>
            <p><a href="{html.Encode(link)}" style="display:inline-block;padding:10px 18px;background:#1f6f43;color:#fff;text-decoration:none;border-radius:6px">{html.Encode(button)}</a></p>
            <p style="word-break:break-all"><a href="{html.Encode(link)}">{html.Encode(link)}</a></p>
            <p>{html.Encode(expiry)}</p>
            <p style="color:#666">{html.Encode(ignore)}</p>
            <p>OcopMarket</p>
            </body>
            </html>
            """;
        var textBody = $"{greeting}\n\n{intro}\n\n{link}\n\n{expiry}\n\n{ignore}\n\nOcopMarket\n";
        return sender.SendAsync(new EmailMessage(user.Email!, subject, htmlBody, textBody, user.FullName), ct);
    }
}
