using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Messaging;
using OcopMarket.Web.Features.Account;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.SystemAdmin;

/// <summary>
/// The e-mails the administrator triggers: "an account was made for you" and "the office asks you to choose
/// a new password". Both carry a link to the account feature's reset page with an Identity reset token,
/// so the person sets the password themselves and nobody in the office ever knows it.
/// </summary>
public sealed class AccountEmails(UserManager<AppUser> users, IEmailSender sender, IStringLocalizer<SystemResource> l,
    IOptions<SiteOptions> site, IHttpContextAccessor http)
{
    private static readonly HtmlEncoder html = HtmlEncoder.Create(UnicodeRanges.All);

    public async Task SendInvitationAsync(AppUser user, CancellationToken ct) =>
        await SendAsync(user,
            l["Your OcopMarket account"].Value,
            l["An account on OcopMarket has been created for you by the office. Use the link below to choose your password, then sign in with your email {0}.", user.Email!].Value,
            ct);

    public async Task SendForcedResetAsync(AppUser user, CancellationToken ct) =>
        await SendAsync(user,
            l["Choose a new OcopMarket password"].Value,
            l["The administrator has reset the password of your OcopMarket account. Your old password no longer works. Use the link below to choose a new one."].Value,
            ct);

    private async Task SendAsync(AppUser user, string subject, string intro, CancellationToken ct)
    {
        var link = await ResetLinkAsync(user);
        var name = string.IsNullOrWhiteSpace(user.FullName) ? user.Email! : user.FullName;
        var greeting = l["Hello {0},", name].Value;
        var button = l["Choose a password"].Value;
        var expiry = l["The link can be used once and expires in one day. If it has expired, use \"Forgot password?\" on the sign-in page."].Value;
        var lang = Framework.Localization.Cultures.IsEnglish ? "en" : "vi";
        var htmlBody = $"""
            <!DOCTYPE html>
            <html lang="{lang}">
            <head><meta charset="utf-8"><title>{html.Encode(subject)}</title></head>
            <body style="font-family:Arial,Helvetica,sans-serif;color:#222;line-height:1.5">
            <p>{html.Encode(greeting)}</p>
            <p>{html.Encode(intro)}</p>
            <p><a href="{html.Encode(link)}" style="display:inline-block;padding:10px 18px;background:#1f6f43;color:#fff;text-decoration:none;border-radius:6px">{html.Encode(button)}</a></p>
            <p style="word-break:break-all"><a href="{html.Encode(link)}">{html.Encode(link)}</a></p>
            <p>{html.Encode(expiry)}</p>
            <p>OcopMarket</p>
            </body>
            </html>
            """;
        var text = $"{greeting}\n\n{intro}\n\n{link}\n\n{expiry}\n\nOcopMarket\n";
        await sender.SendAsync(new EmailMessage(user.Email!, subject, htmlBody, text, user.FullName), ct);
    }

    /// <summary>The same link as "forgot password" (token base64url-encoded), so one reset page serves both.</summary>
    private async Task<string> ResetLinkAsync(AppUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var encoded = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var baseUrl = site.Value.BaseUrl.TrimEnd('/');
        if (string.IsNullOrEmpty(baseUrl) && http.HttpContext?.Request is { } request)
            baseUrl = $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";
        return QueryHelpers.AddQueryString(baseUrl + AccountController.ResetPath,
            new Dictionary<string, string?> { ["email"] = user.Email, ["token"] = encoded });
    }
}
