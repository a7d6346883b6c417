using OcopMarket.Core.Places;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Places;

/// <summary>One projection of a display point into a card, for the home teaser and the list page.</summary>
public static class DisplayPointProjections
{
    public static IQueryable<DisplayPointCardModel> ToCards(this IQueryable<DisplayPoint> points) =>
        points.Select(d => new DisplayPointCardModel(d.Id, d.Name, d.Slug, d.Type.ToString(), d.Address, d.OpeningHours, d.Phone, d.Latitude, d.Longitude));
}
