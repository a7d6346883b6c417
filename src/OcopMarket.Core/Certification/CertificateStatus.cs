namespace OcopMarket.Core.Certification;

public enum CertificateStatus
{
    Valid = 1,
    /// <summary>Valid, but within 90 days of expiry: shown to the office and producer, not as a badge change.</summary>
    Expiring = 2,
    Expired = 3,
    Revoked = 4,
    /// <summary>Issue date in the future.</summary>
    NotYetValid = 5,
}
