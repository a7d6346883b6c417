using OcopMarket.Core.Certification;
using OcopMarket.Core.Producers;

namespace OcopMarket.Web.Framework.Models;

/// <summary>Resource keys for enum values shown to people (translated through the shared resource).</summary>
public static class ProducerTypes
{
    public static string Label(ProducerType type) => type switch
    {
        ProducerType.Cooperative => "Cooperative",
        ProducerType.Enterprise => "Enterprise",
        ProducerType.HouseholdBusiness => "Household business",
        ProducerType.CooperativeGroup => "Cooperative group",
        _ => type.ToString(),
    };
}

public static class CouncilLevels
{
    public static string Label(CouncilLevel level) => level switch
    {
        CouncilLevel.Commune => "Commune level",
        CouncilLevel.District => "District council",
        CouncilLevel.Province => "Provincial council",
        CouncilLevel.Central => "Central council",
        _ => level.ToString(),
    };
}

public static class CertificateStatuses
{
    public static string Label(CertificateStatus status) => status switch
    {
        CertificateStatus.Valid => "Valid",
        CertificateStatus.Expiring => "Expiring soon",
        CertificateStatus.Expired => "Expired",
        CertificateStatus.Revoked => "Revoked",
        CertificateStatus.NotYetValid => "Not yet valid",
        _ => status.ToString(),
    };
}

public static class Dates
{
    public static string Short(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
    public static string MonthYear(DateOnly d) => d.ToString("MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
