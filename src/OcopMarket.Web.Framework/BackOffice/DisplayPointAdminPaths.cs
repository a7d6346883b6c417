namespace OcopMarket.Web.Framework.BackOffice;

/// <summary>
/// Where the office manages display points (/admin/diem-ban). Here, in the framework, so plugins (the pickup
/// plugin's list of pickup points) can link to the one products-stocked editor without referencing the web app.
/// </summary>
public static class DisplayPointAdminPaths
{
    public const string List = "/admin/diem-ban";
    public const string Create = List + "/tao";

    public static string Edit(int id) => $"{List}/{id}";

    /// <summary>The products the point stocks (its shelf).</summary>
    public static string Shelf(int id) => $"{List}/{id}/san-pham";
}
