using OcopMarket.Core.Places;

namespace OcopMarket.Core.Tests.Geo;

public sealed class NearestFirstTests
{
    private static readonly GeoPoint ThanhHoaCity = new(19.8075, 105.7764);
    private static readonly (string Name, GeoPoint At)[] Points =
    [
        ("Lạng Sơn", new(21.8485, 106.7612)),
        ("Triệu Sơn", new(19.8138, 105.6064)),
        ("Thanh Hóa hotel", new(19.8056, 105.7818)),
        ("Tây Sơn", new(13.9147, 108.9089)),
    ];

    [Fact]
    public void Orders_nearest_first_with_kilometres()
    {
        var ordered = NearestFirst.Order(Points, p => p.At, ThanhHoaCity);
        Assert.Equal(["Thanh Hóa hotel", "Triệu Sơn", "Lạng Sơn", "Tây Sơn"], ordered.Select(d => d.Item.Name));
        Assert.InRange(ordered[0].Kilometres, 0.3, 1.0);   // a few hundred metres down Lê Lợi avenue
        Assert.InRange(ordered[1].Kilometres, 17, 19);     // Triệu Sơn is ~18 km west
        Assert.InRange(ordered[3].Kilometres, 700, 760);
    }

    [Fact]
    public void Equal_distances_keep_the_input_order()
    {
        var twins = new[] { ("B", new GeoPoint(10, 106)), ("A", new GeoPoint(10, 106)) };
        Assert.Equal(["B", "A"], NearestFirst.Order(twins, t => t.Item2, new GeoPoint(11, 106)).Select(d => d.Item.Item1));
    }

    [Fact]
    public void An_invalid_origin_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NearestFirst.Order(Points, p => p.At, new GeoPoint(91, 0)));
    }

    [Fact]
    public void Centre_averages_valid_positions_and_is_null_without_any()
    {
        var c = NearestFirst.Centre([new(19.8, 105.6), new(19.9, 105.8), new(double.NaN, 0)])!.Value;
        Assert.Equal(19.85, c.Latitude, 6);
        Assert.Equal(105.7, c.Longitude, 6);
        Assert.Null(NearestFirst.Centre([]));
    }
}
