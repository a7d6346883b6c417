using OcopMarket.Core.Common;

namespace OcopMarket.Core.Catalog;

/// <summary>An OCOP product group (six, Decision 148) or one of its subgroups (ParentId set).</summary>
public class Category : Entity, Audit.IAudited
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string Slug { get; set; } = "";
    public int? ParentId { get; set; }
    public Category? Parent { get; set; }
    public int SortOrder { get; set; }
    public string? Icon { get; set; }
}
