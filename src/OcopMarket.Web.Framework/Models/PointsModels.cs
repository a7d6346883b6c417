using System.Globalization;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Places;

namespace OcopMarket.Web.Framework.Models;

/// <summary>A producer whose goods a point stocks.</summary>
public sealed record PointProducerModel(int Id, string Name, string Slug);

/// <summary>Open or closed at the moment the page was made (Việt Nam time), and when that changes.</summary>
public sealed record OpenStateModel(bool IsOpen, bool AlwaysOpen, DateTime? NextChange, DateTime Now);

/// <summary>One published display point as a card (list, GeoJSON, "available at").</summary>
public sealed record PointCardModel(
    int Id, string Name, string Slug, DisplayPointType Type, string Address, string Commune, int? ProvinceId, string? Province,
    double Latitude, double Longitude, string? Phone, string? OpeningHours, int? PhotoId, string? PhotoAlt,
    IReadOnlyList<PointProducerModel> Producers, int ProducerCount, int ProductCount)
{
    /// <summary>Null when the hours are missing or could not be read (the raw text is then shown as typed).</summary>
    public OpenStateModel? Open { get; init; }
    /// <summary>Set when the list is ordered from a position ("near me" or a typed place).</summary>
    public double? DistanceKm { get; init; }
    public GeoPoint Position => new(Latitude, Longitude);
    public string FullAddress => string.Join(", ", new[] { Address, Commune, Province }.Where(s => !string.IsNullOrWhiteSpace(s)));
}

public sealed record PointOptionModel(string Value, string Label, bool Selected);

/// <summary>What a typed place ("Triệu Sơn") was understood as.</summary>
public sealed record PlaceMatchModel(string Typed, string? MatchedName, string? ProvinceName, bool Estimated, bool FromProvince);

/// <summary>The /diem-ban page: the filtered points (ordered by name, or nearest first) and the filter state.</summary>
public sealed record PointListPageModel(
    IReadOnlyList<PointCardModel> Points, int TotalPublished,
    IReadOnlyList<PointOptionModel> Types, IReadOnlyList<PointOptionModel> Provinces,
    string? Type, string? Province, double? Latitude, double? Longitude, string? Place, PlaceMatchModel? PlaceMatch, string MapJson)
{
    public bool Ordered => Latitude is not null || PlaceMatch?.MatchedName is not null;
    public bool Filtered => Type is not null || Province is not null;
}

public sealed record WeekDayHoursModel(DayOfWeek Day, IReadOnlyList<string> Ranges, bool IsToday);

public sealed record PointPhotoModel(int MediaId, string Alt);

public sealed record PointRouteModel(string Name, string Slug, int Position);

public sealed record PointPageModel(
    PointCardModel Point, string? DescriptionHtml, IReadOnlyList<PointPhotoModel> Photos, IReadOnlyList<WeekDayHoursModel> Week,
    IReadOnlyList<ProductCardModel> Products, IReadOnlyList<PointProducerModel> Producers, IReadOnlyList<PointRouteModel> Routes,
    string MapJson, DateTimeOffset UpdatedAt);

/// <summary>A point that stocks a product, for the "available at" box on a product page.</summary>
public sealed record ProductPointModel(PointCardModel Point, string WeekJson);

public sealed record ProductAvailabilityModel(IReadOnlyList<ProductPointModel> Points, int Shown);

/// <summary>Resource keys and wording for points shown to people (translated through PointsResource).</summary>
public static class PointTexts
{
    public static string TypeLabel(DisplayPointType type) => "Type." + type;

    private static readonly string[] DayKeys = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    public static string DayLabel(DayOfWeek day) => DayKeys[(int)day];

    public static string Minutes(int minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"{minutes / 60 % 24 + (minutes == 24 * 60 ? 24 : 0):00}:{minutes % 60:00}");

    /// <summary>"Open now · closes 21:00", "Closed · opens 07:30 Monday", "Open 24/7".</summary>
    public static string Describe(OpenStateModel s, IStringLocalizer l)
    {
        if (s.AlwaysOpen) return l["Open 24/7"];
        var head = s.IsOpen ? l["Open now"].Value : l["Closed"].Value;
        if (s.NextChange is not { } next) return head;
        var time = next.ToString("HH:mm", CultureInfo.InvariantCulture);
        var when = (next.Date - s.Now.Date).Days switch
        {
            0 => time,
            1 => l["{0} tomorrow", time].Value,
            _ => l["{0} {1}", time, l[DayLabel(next.DayOfWeek)].Value].Value,
        };
        return head + " · " + (s.IsOpen ? l["closes {0}", when].Value : l["opens {0}", when].Value);
    }

    /// <summary>"850 m", "1,2 km", "38 km" in the UI culture.</summary>
    public static string Distance(double km) => km switch
    {
        < 1 => string.Create(CultureInfo.CurrentCulture, $"{Math.Max(10, Math.Round(km * 1000 / 10) * 10):0} m"),
        < 10 => string.Create(CultureInfo.CurrentCulture, $"{km:0.0} km"),
        _ => string.Create(CultureInfo.CurrentCulture, $"{km:0} km"),
    };
}

/// <summary>URL values of point types (?loai= on the page, ?type= in the feed): "shop", "hotel-corner", …</summary>
public static class PointTypeSlugs
{
    public static string For(DisplayPointType type) => type switch
    {
        DisplayPointType.Shop => "shop",
        DisplayPointType.HotelCorner => "hotel-corner",
        DisplayPointType.RestaurantCorner => "restaurant-corner",
        DisplayPointType.TouristSiteKiosk => "tourist-site-kiosk",
        DisplayPointType.FairBooth => "fair-booth",
        DisplayPointType.PostOffice => "post-office",
        DisplayPointType.RestStop => "rest-stop",
        _ => type.ToString().ToLowerInvariant(),
    };

    public static DisplayPointType? Parse(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : Enum.GetValues<DisplayPointType>().Select(t => (DisplayPointType?)t).FirstOrDefault(t => For(t!.Value) == value.Trim().ToLowerInvariant());
}

/// <summary>Reads "lat"/"lng" query values (invariant culture, WGS 84 ranges).</summary>
public static class Coordinates
{
    /// <summary>Both empty → true with null; both valid numbers in range → true with the point; anything else → false.</summary>
    public static bool TryRead(string? lat, string? lng, out GeoPoint? point)
    {
        point = null;
        if (string.IsNullOrWhiteSpace(lat) && string.IsNullOrWhiteSpace(lng)) return true;
        if (!double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var la)
            || !double.TryParse(lng, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo)) return false;
        var p = new GeoPoint(la, lo);
        if (!p.IsValid) return false;
        point = p;
        return true;
    }
}
