using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.News;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Localization;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Newsletter;

/// <summary>
/// /ban-tin: sign-up with consent (double opt-in), confirmation link, unsubscribe. Never output-cached (forms with
/// antiforgery tokens, per-person answers). The answer to a sign-up is the same whether the address is new, pending,
/// unsubscribed or already confirmed, so the page cannot be used to find out who subscribes.
/// </summary>
public sealed class NewsletterController(
    NewsletterSubscriptions subscriptions, NewsletterMail mail, IStringLocalizer<NewsResource> l, ILogger<NewsletterController> logger) : Controller
{
    public const string Path = "/ban-tin";
    private const string SentPath = Path + "/kiem-tra-hop-thu";

    /// <summary>The consent sentence as shown beside the box, in the visitor's language; stored exactly as shown.</summary>
    public string ConsentText => l["I agree to receive the OcopMarket newsletter by email (news, producer stories, fairs and offers) and to OcopMarket keeping my email address for this purpose only. I can unsubscribe at any time with the link in every email."].Value;

    [HttpGet(Path)]
    public IActionResult Index() => SignupView(new NewsletterSignupForm());

    [HttpPost(Path)]
    public async Task<IActionResult> Index(NewsletterSignupForm form, CancellationToken ct)
    {
        // The honeypot: a bot gets the same answer as a person, and nothing is stored or sent.
        if (!string.IsNullOrEmpty(form.Website)) return Redirect(SentPath);
        var email = NewsletterSubscriptions.Normalise(form.Email);
        if (ModelState.IsValid && email is null)
            ModelState.AddModelError(nameof(form.Email), l["Please enter a valid email address."]);
        if (!ModelState.IsValid) return SignupView(form);

        var tokens = await subscriptions.SignUpAsync(email!, Cultures.IsEnglish ? "en" : "vi", ConsentText, ct);
        if (tokens is not null)
        {
            try
            {
                await mail.SendConfirmationAsync(tokens, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The sign-up is kept; signing up again re-sends the link.
                logger.LogError(ex, "Could not send the newsletter confirmation e-mail");
            }
        }
        return Redirect(SentPath);
    }

    [HttpGet(SentPath)]
    public IActionResult Sent() => Notice(NewsletterNotice.CheckInbox);

    [HttpGet(NewsletterMail.ConfirmPath)]
    public async Task<IActionResult> Confirm(string? token, CancellationToken ct) =>
        Notice(await subscriptions.ConfirmAsync(token, ct) switch
        {
            ConfirmOutcome.Confirmed => NewsletterNotice.Confirmed,
            ConfirmOutcome.AlreadyConfirmed => NewsletterNotice.AlreadyConfirmed,
            ConfirmOutcome.Expired => NewsletterNotice.Expired,
            _ => NewsletterNotice.Invalid,
        });

    /// <summary>The link in the e-mail opens a page with a button: mail scanners follow links, people press buttons.</summary>
    [HttpGet(NewsletterMail.UnsubscribePath)]
    public async Task<IActionResult> Unsubscribe(string? token, CancellationToken ct)
    {
        var subscriber = await subscriptions.FindByUnsubscribeTokenAsync(token, ct);
        if (subscriber is null) return Notice(NewsletterNotice.UnsubscribeInvalid);
        if (subscriber.Status == SubscriberStatus.Unsubscribed) return Notice(NewsletterNotice.Unsubscribed);
        ViewData["Title"] = l["Unsubscribe from the newsletter"].Value;
        ViewData["NoIndex"] = true;
        return View("Unsubscribe", new NewsletterUnsubscribeModel(token!, Mask(subscriber.Email)));
    }

    [HttpPost(NewsletterMail.UnsubscribePath)]
    [ActionName("Unsubscribe")]
    public async Task<IActionResult> UnsubscribePost([FromForm] string? token, CancellationToken ct) =>
        Notice(await subscriptions.UnsubscribeAsync(token, ct) ? NewsletterNotice.Unsubscribed : NewsletterNotice.UnsubscribeInvalid);

    private ViewResult SignupView(NewsletterSignupForm form)
    {
        ViewData["Title"] = l["Newsletter"].Value;
        ViewData["Description"] = l["News of the OCOP programme, producer stories, fairs and offers, about once a month by email."].Value;
        ViewData["Canonical"] = Path;
        return View("Index", new NewsletterPageModel(form, ConsentText));
    }

    private ViewResult Notice(NewsletterNotice notice)
    {
        ViewData["Title"] = l["Newsletter"].Value;
        ViewData["NoIndex"] = true;
        return View("Notice", new NewsletterNoticeModel(notice));
    }

    /// <summary>"ng•••@gmail.com": enough for people to recognise their address, not enough to read it off a shared screen.</summary>
    internal static string Mask(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0) return "•••";
        var keep = Math.Min(2, at);
        return email[..keep] + "•••" + email[at..];
    }
}
