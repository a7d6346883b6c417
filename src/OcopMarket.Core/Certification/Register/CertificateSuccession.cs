using OcopMarket.Core.Common;

namespace OcopMarket.Core.Certification.Register;

/// <summary>
/// How a new certificate relates to the product's earlier ones: a first certificate has none, a
/// re-evaluation or an upgrade follows the latest one (which stays as history), and an upgrade must
/// raise the rank.
/// </summary>
public static class CertificateSuccession
{
    public const string AlreadyCertified = "This product already has a certificate: create a re-evaluation or upgrade dossier instead.";
    public const string NeedsEarlierCertificate = "A re-evaluation or upgrade needs an earlier certificate of the product; create a first evaluation dossier instead.";
    public const string UpgradeMustRaiseRank = "An upgrade must raise the rank: the current certificate has {0} stars and this evaluation gives {1}.";
    public const string NothingAboveFiveStars = "The product already has 5 stars: there is no higher rank to upgrade to.";

    public static CertificateKind KindOf(DossierKind kind) => kind switch
    {
        DossierKind.ReEvaluation => CertificateKind.ReEvaluation,
        DossierKind.Upgrade => CertificateKind.Upgrade,
        _ => CertificateKind.Initial,
    };

    /// <summary>Whether a dossier of <paramref name="kind"/> may be opened for a product whose latest certificate is <paramref name="latest"/>.</summary>
    public static OperationResult MayOpen(DossierKind kind, Certificate? latest) => kind switch
    {
        DossierKind.Initial when latest is not null => OperationResult.Fail(AlreadyCertified),
        DossierKind.ReEvaluation or DossierKind.Upgrade when latest is null => OperationResult.Fail(NeedsEarlierCertificate),
        DossierKind.Upgrade when latest!.Stars >= 5 => OperationResult.Fail(NothingAboveFiveStars),
        _ => OperationResult.Ok,
    };

    /// <summary>Whether a certificate of <paramref name="stars"/> may follow <paramref name="latest"/> for a dossier of <paramref name="kind"/>.</summary>
    public static OperationResult MayFollow(DossierKind kind, Certificate? latest, int stars)
    {
        var open = MayOpen(kind, latest);
        if (!open.Succeeded && !(kind == DossierKind.Upgrade && latest is not null)) return open;
        if (kind == DossierKind.Upgrade && stars <= latest!.Stars) return OperationResult.Fail(UpgradeMustRaiseRank, latest.Stars, stars);
        return OperationResult.Ok;
    }

    /// <summary>The certificate a new one follows: the product's most recent, whatever its state.</summary>
    public static Certificate? Latest(IEnumerable<Certificate> certificates) =>
        certificates.OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Id).FirstOrDefault();
}
