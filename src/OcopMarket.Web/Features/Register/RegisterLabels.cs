using System.Globalization;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Common;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Register;

/// <summary>The register's words for enum values, status colours, dates and the domain's messages, in the request's language.</summary>
public sealed class RegisterLabels(IStringLocalizer<RegisterResource> l, TimeProvider time)
{
    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>The calendar day of a moment in the site's time zone (Việt Nam), as dd/MM/yyyy.</summary>
    public string Day(DateTimeOffset moment) => Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, time.LocalTimeZone).DateTime));

    /// <summary>Scores as a person writes them: "72,5" in Vietnamese, "72.5" in English.</summary>
    public static string Score(decimal? score) => score?.ToString("0.##", CultureInfo.CurrentCulture) ?? "—";

    /// <summary>A domain failure in the reader's language; its text arguments (field names) are translated too.</summary>
    public string Message(string error, object[]? arguments) =>
        l[error, (arguments ?? []).Select(a => a is string s ? l[s].Value : a).ToArray()];

    public string Message(OperationResult result) => Message(result.Error ?? "", result.Arguments);

    public string Kind(DossierKind kind) => l[kind switch
    {
        DossierKind.ReEvaluation => "Re-evaluation",
        DossierKind.Upgrade => "Upgrade",
        _ => "First evaluation",
    }];

    public string Kind(CertificateKind kind) => l[kind switch
    {
        CertificateKind.ReEvaluation => "Re-evaluation",
        CertificateKind.Upgrade => "Upgrade",
        CertificateKind.Imported => "Imported",
        _ => "First evaluation",
    }];

    public string Status(DossierStatus status) => l[status switch
    {
        DossierStatus.Draft => "New",
        DossierStatus.CommuneAssessed => "Commune assessed",
        DossierStatus.Submitted => "Submitted to the council",
        DossierStatus.Evaluated => "Evaluated",
        DossierStatus.Certified => "Certified",
        DossierStatus.NotRanked => "Not ranked",
        _ => "Withdrawn",
    }];

    public static string Css(DossierStatus status) => status switch
    {
        DossierStatus.Draft => "text-bg-light border",
        DossierStatus.CommuneAssessed => "text-bg-info",
        DossierStatus.Submitted => "text-bg-primary",
        DossierStatus.Evaluated => "text-bg-warning",
        DossierStatus.Certified => "text-bg-success",
        DossierStatus.NotRanked => "text-bg-danger",
        _ => "text-bg-secondary",
    };

    public string Status(CertificateStatus status) => l[status switch
    {
        CertificateStatus.Valid => "Valid",
        CertificateStatus.Expiring => "Expiring",
        CertificateStatus.Expired => "Expired",
        CertificateStatus.Revoked => "Revoked",
        _ => "Not yet valid",
    }];

    public static string Css(CertificateStatus status) => status switch
    {
        CertificateStatus.Valid => "text-bg-success",
        CertificateStatus.Expiring => "text-bg-warning",
        CertificateStatus.Expired => "text-bg-secondary",
        CertificateStatus.Revoked => "text-bg-danger",
        _ => "text-bg-light border",
    };

    public string Level(CouncilLevel level) => l[level switch
    {
        CouncilLevel.Commune => "Commune",
        CouncilLevel.District => "District council",
        CouncilLevel.Province => "Province council",
        _ => "Central council",
    }];

    public string Set(CriteriaSet set) => l[set == CriteriaSet.Decision1048 ? "Decision 1048/QĐ-TTg (2019)" : "Decision 148/QĐ-TTg (2023)"];

    public string Status(InspectionStatus status) => l[status == InspectionStatus.Completed ? "Completed" : "Open"];

    public string Outcome(InspectionOutcome? outcome) => outcome switch
    {
        InspectionOutcome.Ok => l["Meets the conditions"],
        InspectionOutcome.Warning => l["Warning"],
        InspectionOutcome.ProposeRevocation => l["Propose revocation"],
        _ => "—",
    };

    public static string Css(InspectionOutcome? outcome) => outcome switch
    {
        InspectionOutcome.Ok => "text-bg-success",
        InspectionOutcome.Warning => "text-bg-warning",
        InspectionOutcome.ProposeRevocation => "text-bg-danger",
        _ => "text-bg-light border",
    };

    /// <summary>A finding: passed, failed or not checked.</summary>
    public string Finding(bool? ok) => ok switch
    {
        true => l["Yes"],
        false => l["No"],
        null => l["Not checked"],
    };
}
