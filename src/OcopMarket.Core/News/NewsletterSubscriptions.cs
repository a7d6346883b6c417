using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.News;

/// <summary>The clear tokens to put in a confirmation e-mail (they exist nowhere else).</summary>
public sealed record ConfirmationTokens(string Email, string Culture, string ConfirmToken, string UnsubscribeToken, DateTimeOffset ExpiresAt);

public enum ConfirmOutcome { Confirmed, AlreadyConfirmed, Expired, Invalid }

/// <summary>
/// Double opt-in: signing up stores a pending subscriber with the consent sentence as shown, and hands back the tokens
/// for the confirmation e-mail; the link confirms within <see cref="ConfirmValidity"/>; every e-mail carries an
/// unsubscribe link. Whether an address is already known is never revealed to the person signing up.
/// </summary>
public sealed class NewsletterSubscriptions(OcopDbContext db, TimeProvider time)
{
    public static readonly TimeSpan ConfirmValidity = TimeSpan.FromDays(7);

    public static string? Normalise(string? email)
    {
        var e = email?.Trim().ToLowerInvariant();
        return e is { Length: > 3 and <= 256 } && MailAddress.TryCreate(e, out var a) && a.Address == e && e.Contains('.', StringComparison.Ordinal) ? e : null;
    }

    /// <summary>
    /// Records the sign-up. Returns the tokens to e-mail for a new, pending or unsubscribed address; null when the
    /// address is already confirmed (nothing to send) — the caller shows the same answer either way.
    /// </summary>
    public async Task<ConfirmationTokens?> SignUpAsync(string email, string culture, string consentText, CancellationToken ct)
    {
        var address = Normalise(email) ?? throw new ArgumentException("Not an e-mail address.", nameof(email));
        var now = time.GetUtcNow();
        var subscriber = await db.NewsletterSubscribers.FirstOrDefaultAsync(s => s.Email == address, ct);
        if (subscriber?.Status == SubscriberStatus.Confirmed) return null;
        if (subscriber is null)
        {
            subscriber = new NewsletterSubscriber { Email = address };
            db.NewsletterSubscribers.Add(subscriber);
        }
        var tokens = new ConfirmationTokens(address, culture, NewsletterTokens.New(), NewsletterTokens.New(), now + ConfirmValidity);
        subscriber.Culture = culture;
        subscriber.Status = SubscriberStatus.Pending;
        subscriber.ConsentText = consentText;
        subscriber.SubscribedAt = now;
        subscriber.ConfirmTokenHash = NewsletterTokens.Hash(tokens.ConfirmToken);
        subscriber.ConfirmTokenExpiresAt = tokens.ExpiresAt;
        // Only the hash of the old unsubscribe token exists, so the new e-mail carries a new one.
        subscriber.UnsubscribeTokenHash = NewsletterTokens.Hash(tokens.UnsubscribeToken);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same address signed up at the same instant (unique index): that request sends the e-mail.
            db.ChangeTracker.Clear();
            return null;
        }
        return tokens;
    }

    public async Task<ConfirmOutcome> ConfirmAsync(string? token, CancellationToken ct)
    {
        if (!NewsletterTokens.LooksValid(token)) return ConfirmOutcome.Invalid;
        var hash = NewsletterTokens.Hash(token!);
        var subscriber = await db.NewsletterSubscribers.FirstOrDefaultAsync(s => s.ConfirmTokenHash == hash, ct);
        if (subscriber is null) return ConfirmOutcome.Invalid;
        if (subscriber.Status == SubscriberStatus.Confirmed) return ConfirmOutcome.AlreadyConfirmed;
        var now = time.GetUtcNow();
        if (subscriber.ConfirmTokenExpiresAt is not { } expires || expires <= now) return ConfirmOutcome.Expired;
        subscriber.Status = SubscriberStatus.Confirmed;
        subscriber.ConfirmedAt = now;
        subscriber.UnsubscribedAt = null;
        await db.SaveChangesAsync(ct);
        return ConfirmOutcome.Confirmed;
    }

    /// <summary>The subscriber an unsubscribe link belongs to (for the confirmation page), or null.</summary>
    public async Task<NewsletterSubscriber?> FindByUnsubscribeTokenAsync(string? token, CancellationToken ct)
    {
        if (!NewsletterTokens.LooksValid(token)) return null;
        var hash = NewsletterTokens.Hash(token!);
        return await db.NewsletterSubscribers.AsNoTracking().FirstOrDefaultAsync(s => s.UnsubscribeTokenHash == hash, ct);
    }

    /// <summary>Unsubscribes the owner of the link; false when the link is unknown. Repeating it changes nothing.</summary>
    public async Task<bool> UnsubscribeAsync(string? token, CancellationToken ct)
    {
        if (!NewsletterTokens.LooksValid(token)) return false;
        var hash = NewsletterTokens.Hash(token!);
        var subscriber = await db.NewsletterSubscribers.FirstOrDefaultAsync(s => s.UnsubscribeTokenHash == hash, ct);
        if (subscriber is null) return false;
        if (subscriber.Status == SubscriberStatus.Unsubscribed) return true;
        subscriber.Status = SubscriberStatus.Unsubscribed;
        subscriber.UnsubscribedAt = time.GetUtcNow();
        // An old confirmation link must not bring the address back.
        subscriber.ConfirmTokenHash = null;
        subscriber.ConfirmTokenExpiresAt = null;
        await db.SaveChangesAsync(ct);
        return true;
    }
}
