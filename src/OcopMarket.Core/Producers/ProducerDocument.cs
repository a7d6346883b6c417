using OcopMarket.Core.Common;

namespace OcopMarket.Core.Producers;

public enum DocumentKind
{
    FoodSafety = 1,
    VietGap = 2,
    GlobalGap = 3,
    Organic = 4,
    TestResult = 5,
    BusinessRegistration = 6,
    Other = 9,
}

/// <summary>A document a producer uploads (food-safety certificate, VietGAP, test results): PDF or image, stored outside wwwroot.</summary>
public class ProducerDocument : Entity, Audit.IAudited
{
    public int ProducerId { get; set; }
    public DocumentKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string OriginalFileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long SizeBytes { get; set; }
    /// <summary>Path under the documents root; never derived from the uploaded file name.</summary>
    public string StorageKey { get; set; } = "";
    public DateOnly? ValidUntil { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public int? UploadedByUserId { get; set; }
}
