using OcopMarket.Core.Catalog;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Producers;

namespace OcopMarket.Web.Features.Portal;

/// <summary>Resource keys (PortalResource) and badge colours for the enum values a producer sees.</summary>
public static class PortalLabels
{
    public static string Moderation(ModerationStatus status) => status switch
    {
        ModerationStatus.Draft => "Draft",
        ModerationStatus.Submitted => "Awaiting review",
        ModerationStatus.Approved => "Approved",
        ModerationStatus.Rejected => "Rejected",
        _ => status.ToString(),
    };

    public static string ModerationBadge(ModerationStatus status) => status switch
    {
        ModerationStatus.Draft => "text-bg-secondary",
        ModerationStatus.Submitted => "text-bg-info",
        ModerationStatus.Approved => "text-bg-success",
        ModerationStatus.Rejected => "text-bg-danger",
        _ => "text-bg-light",
    };

    public static string CertificateBadge(CertificateStatus status) => status switch
    {
        CertificateStatus.Valid => "text-bg-success",
        CertificateStatus.Expiring => "text-bg-warning",
        CertificateStatus.Revoked => "text-bg-danger",
        _ => "text-bg-secondary",
    };

    public static string CertificateKind(CertificateKind kind) => kind switch
    {
        Core.Certification.CertificateKind.Initial => "First certification",
        Core.Certification.CertificateKind.ReEvaluation => "Re-evaluation",
        Core.Certification.CertificateKind.Upgrade => "Upgrade",
        Core.Certification.CertificateKind.Imported => "From the old register",
        _ => kind.ToString(),
    };

    public static readonly DocumentKind[] DocumentKinds =
        [DocumentKind.FoodSafety, DocumentKind.VietGap, DocumentKind.GlobalGap, DocumentKind.Organic, DocumentKind.TestResult, DocumentKind.BusinessRegistration, DocumentKind.Other];

    public static string Document(DocumentKind kind) => kind switch
    {
        DocumentKind.FoodSafety => "Food safety certificate",
        DocumentKind.VietGap => "VietGAP certificate",
        DocumentKind.GlobalGap => "GlobalGAP certificate",
        DocumentKind.Organic => "Organic certificate",
        DocumentKind.TestResult => "Test results",
        DocumentKind.BusinessRegistration => "Business registration",
        DocumentKind.Other => "Other document",
        _ => kind.ToString(),
    };
}
