using System.Linq.Expressions;

namespace OcopMarket.Core.Certification;

/// <summary>
/// Status of a certificate by date alone (DOMAIN.md): no job flips a flag, so an expired certificate
/// loses its badge the day after expiry on every page that asks.
/// </summary>
public sealed class CertificateStatusPolicy(TimeProvider time)
{
    public const int ValidityMonths = 36;
    public const int ExpiringWindowDays = 90;
    /// <summary>The storefront badges only 3★ and above, whatever older criteria sets allowed.</summary>
    public const int MinimumBadgeStars = 3;

    /// <summary>Today in Việt Nam, whatever the server's time zone: certificates run by Việt Nam calendar days.</summary>
    public DateOnly Today => Common.VietnamTime.Today(time);

    public static DateOnly DefaultExpiry(DateOnly issuedOn) => issuedOn.AddMonths(ValidityMonths).AddDays(-1);

    public CertificateStatus StatusOf(Certificate certificate) => StatusOn(certificate, Today);

    public static CertificateStatus StatusOn(Certificate c, DateOnly today)
    {
        if (c.RevokedOn is { } revoked && revoked <= today) return CertificateStatus.Revoked;
        if (today < c.IssuedOn) return CertificateStatus.NotYetValid;
        if (today > c.ExpiresOn) return CertificateStatus.Expired;
        return today > c.ExpiresOn.AddDays(-ExpiringWindowDays) ? CertificateStatus.Expiring : CertificateStatus.Valid;
    }

    public bool ShowsBadge(Certificate c) => ShowsBadgeOn(c, Today);

    /// <summary>The same rule as <see cref="ShowsBadgeOn"/>, as an expression the database can run (filters, sorting).</summary>
    public static Expression<Func<Certificate, bool>> BadgeValidOn(DateOnly today) =>
        c => c.Stars >= MinimumBadgeStars && c.IssuedOn <= today && c.ExpiresOn >= today
             && (c.RevokedOn == null || c.RevokedOn > today);

    public static bool ShowsBadgeOn(Certificate c, DateOnly today) =>
        c.Stars >= MinimumBadgeStars && StatusOn(c, today) is CertificateStatus.Valid or CertificateStatus.Expiring;

    /// <summary>The certificate that gives the product its badge today: the highest valid rank, newest first.</summary>
    public Certificate? BadgeCertificate(IEnumerable<Certificate> certificates)
    {
        var today = Today;
        return certificates
            .Where(c => ShowsBadgeOn(c, today))
            .OrderByDescending(c => c.Stars)
            .ThenByDescending(c => c.IssuedOn)
            .FirstOrDefault();
    }

    /// <summary>The most recent certificate, whatever its state (to say "certification expired on …").</summary>
    public static Certificate? Latest(IEnumerable<Certificate> certificates) =>
        certificates.OrderByDescending(c => c.IssuedOn).FirstOrDefault();
}
