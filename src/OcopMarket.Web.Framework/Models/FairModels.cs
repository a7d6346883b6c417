using OcopMarket.Core.Fairs;

namespace OcopMarket.Web.Framework.Models;

/// <summary>A fair as a card: on /hoi-cho, on the home page and on producer pages.</summary>
public sealed record FairCardModel(int Id, string Name, string Slug, string Summary, DateOnly StartsOn, DateOnly EndsOn, string? OpeningHours,
    string VenueName, string VenueAddress, string? Province, int Producers, int? CoverImageId, FairPhase Phase, string? BoothCode = null);

public sealed record FairListPageModel(IReadOnlyList<FairCardModel> Current, IReadOnlyList<FairCardModel> Past, int PastTotal, int PastPage,
    int PastPageCount, DateOnly Today);

public sealed record FairBoothModel(string ProducerName, string ProducerSlug, string BoothCode, string? Note, int Products, string? Place);

public sealed record FairPageModel(
    int Id, string Name, string Slug, string Summary, string DescriptionHtml, DateOnly StartsOn, DateOnly EndsOn, string? OpeningHours,
    string VenueName, string VenueAddress, string? Commune, string? Province, double Latitude, double Longitude, string? Organiser,
    string? ContactPhone, string? Website, int? CoverImageId, FairPhase Phase, DateTimeOffset UpdatedAt,
    IReadOnlyList<FairBoothModel> Booths, IReadOnlyList<ProductCardModel> Products);

/// <summary>A fair's days as people write them: "20/11 – 29/11/2026", "28/12/2026 – 02/01/2027", or one day.</summary>
public static class FairDates
{
    public static string Range(DateOnly starts, DateOnly ends)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        if (starts == ends) return ends.ToString("dd/MM/yyyy", c);
        var first = starts.Year == ends.Year ? starts.ToString("dd/MM", c) : starts.ToString("dd/MM/yyyy", c);
        return first + " – " + ends.ToString("dd/MM/yyyy", c);
    }
}
