using OcopMarket.Core.Catalog;
using OcopMarket.Core.Catalog.Moderation;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>Resource keys (CatalogAdminResource) and badge colours for moderation states.</summary>
public static class ModerationLabels
{
    public static string Label(ModerationStatus status) => status switch
    {
        ModerationStatus.Draft => "Draft",
        ModerationStatus.Submitted => "Awaiting review",
        ModerationStatus.Approved => "Approved",
        ModerationStatus.Rejected => "Rejected",
        _ => status.ToString(),
    };

    public static string Badge(ModerationStatus status) => status switch
    {
        ModerationStatus.Draft => "text-bg-light border",
        ModerationStatus.Submitted => "text-bg-warning",
        ModerationStatus.Approved => "text-bg-success",
        ModerationStatus.Rejected => "text-bg-danger",
        _ => "text-bg-secondary",
    };

    public static string Label(ChangeRequestStatus status) => status switch
    {
        ChangeRequestStatus.Pending => "Awaiting review",
        ChangeRequestStatus.Approved => "Approved",
        ChangeRequestStatus.Rejected => "Rejected",
        _ => status.ToString(),
    };
}
