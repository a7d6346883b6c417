namespace OcopMarket.Web.Features.Fairs;

/// <summary>The fairs' addresses, public and back office, in one place.</summary>
public static class FairPaths
{
    public const string Public = "/hoi-cho";
    public const string Admin = "/admin/hoi-cho";
    public const string AdminCreate = Admin + "/tao";

    public static string Show(string slug) => $"{Public}/{slug}";
    public static string Calendar(string slug) => $"{Public}/{slug}/lich.ics";
    public static string Edit(int id) => $"{Admin}/{id}";
    public static string Booths(int id) => $"{Admin}/{id}/gian-hang";
}
