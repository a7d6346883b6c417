using System.Globalization;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Audit;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.AuditLog;

/// <summary>
/// How the audit log reads to a person: entity and property names in the UI language where known
/// (else the code name), and raw recorded values made readable (dates, yes/no, hidden secrets).
/// </summary>
public sealed class AuditText(IStringLocalizer<OfficeResource> L, TimeProvider time)
{
    public string Entity(string type) => Known("Entity: " + type) ?? type;

    public string Property(string name) => Known("Field: " + name) ?? name;

    /// <summary>Who made the change: the person's name, or "system" (seeding, jobs) in words.</summary>
    public string User(AuditEntry entry, string? fullName) =>
        fullName ?? (entry.UserId is null && entry.UserName == "system" ? L["System (automatic)"].Value : entry.UserName);

    public string Action(AuditAction action) => L["Action: " + action].Value;

    public string ActionClass(AuditAction action) => action switch
    {
        AuditAction.Created => "text-bg-success",
        AuditAction.Deleted => "text-bg-danger",
        _ => "text-bg-primary",
    };

    public string When(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, time.LocalTimeZone).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A recorded value as text for the table; null when there was none.</summary>
    public string? Value(string? raw)
    {
        switch (raw)
        {
            case null: return null;
            case "***": return L["(hidden)"].Value;
            case "True": return L["Yes"].Value;
            case "False": return L["No"].Value;
        }
        if (raw.Length == 10 && DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        if (raw.Length >= 20 && raw[4] == '-' && raw[10] == 'T'
            && DateTimeOffset.TryParseExact(raw, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            return When(instant);
        return Known("Value: " + raw) ?? raw;
    }

    /// <summary>The admin page a recorded id points to (a product's, a producer's…), where one exists.</summary>
    public string? LinkFor(string property, string? raw)
    {
        if (raw is null || !int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return null;
        return property switch
        {
            "ProductId" => $"/admin/san-pham/{id}",
            "ProducerId" => $"/admin/chu-the/{id}",
            "CertificateId" or "PreviousCertificateId" => $"/admin/chung-nhan/{id}",
            "UserId" or "InspectorUserId" or "SubmittedByUserId" or "DecidedByUserId" or "UploadedByUserId" => $"/admin/nguoi-dung/{id}",
            _ => null,
        };
    }

    private string? Known(string key)
    {
        var s = L[key];
        return s.ResourceNotFound ? null : s.Value;
    }
}
