namespace OcopMarket.Web.Features.Dashboard;

/// <summary>Certified products (badge today) of one of today's communes, by stars.</summary>
public sealed record CommuneStars(int CommuneId, string Commune, string Province, int Three, int Four, int Five)
{
    public int Total => Three + Four + Five;
}

public sealed record CertificateDue(int CertificateId, string DecisionNumber, int Stars, DateOnly ExpiresOn, int ProductId, string Product, int ProducerId, string Producer, bool DossierOpen);

public sealed record DashboardModel(
    DateOnly Today,
    IReadOnlyDictionary<int, int> ProductsByStars,
    IReadOnlyList<CommuneStars> ByCommune,
    int ExpiringCount,
    IReadOnlyList<CertificateDue> Expiring,
    int ExpiredCount,
    IReadOnlyList<CertificateDue> Expired,
    int SubmittedProducts,
    int PendingChangeRequests,
    int OpenInspections,
    int DossiersInProgress)
{
    public int CertifiedProducts => ProductsByStars.Values.Sum();
    public int PendingModeration => SubmittedProducts + PendingChangeRequests;
}
