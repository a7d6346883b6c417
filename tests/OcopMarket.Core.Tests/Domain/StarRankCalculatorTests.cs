using OcopMarket.Core.Certification;

namespace OcopMarket.Core.Tests.Domain;

public sealed class StarRankCalculatorTests
{
    public static TheoryData<decimal, int> Decision148Bands => new()
    {
        { 0m, 0 },
        { 29.99m, 0 },
        { 30m, 0 },
        { 49.99m, 0 },
        { 49.999999m, 0 },
        { 50m, 3 },
        { 50.00m, 3 },
        { 62.5m, 3 },
        { 69.99m, 3 },
        { 69.999999m, 3 },
        { 70m, 4 },
        { 85m, 4 },
        { 89.99m, 4 },
        { 90m, 5 },
        { 95.5m, 5 },
        { 100m, 5 },
    };

    public static TheoryData<decimal, int> Decision1048Bands => new()
    {
        { 0m, 1 },
        { 15m, 1 },
        { 29.99m, 1 },
        { 30m, 2 },
        { 42m, 2 },
        { 49.99m, 2 },
        { 50m, 3 },
        { 69.99m, 3 },
        { 70m, 4 },
        { 89.99m, 4 },
        { 90m, 5 },
        { 100m, 5 },
    };

    [Theory]
    [MemberData(nameof(Decision148Bands))]
    public void Decision_148_bands_are_half_open_and_rank_nothing_below_50(decimal score, int stars) =>
        Assert.Equal(stars, StarRankCalculator.StarsFor(score, CriteriaSet.Decision148));

    [Theory]
    [MemberData(nameof(Decision1048Bands))]
    public void Decision_1048_adds_one_and_two_stars_below_50(decimal score, int stars) =>
        Assert.Equal(stars, StarRankCalculator.StarsFor(score, CriteriaSet.Decision1048));

    public static TheoryData<decimal, CriteriaSet> OutOfRange => new()
    {
        { -0.01m, CriteriaSet.Decision148 },
        { -1m, CriteriaSet.Decision148 },
        { 100.01m, CriteriaSet.Decision148 },
        { 1000m, CriteriaSet.Decision148 },
        { decimal.MinValue, CriteriaSet.Decision148 },
        { decimal.MaxValue, CriteriaSet.Decision148 },
        { -0.01m, CriteriaSet.Decision1048 },
        { 100.0001m, CriteriaSet.Decision1048 },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Scores_outside_0_to_100_throw(decimal score, CriteriaSet set)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => StarRankCalculator.StarsFor(score, set));
        Assert.Equal("score", ex.ParamName);
    }

    [Theory]
    [InlineData(CriteriaSet.Decision148)]
    [InlineData(CriteriaSet.Decision1048)]
    public void Stars_never_decrease_as_the_score_rises(CriteriaSet set)
    {
        var previous = -1;
        var seen = new SortedSet<int>();
        for (var hundredths = 0; hundredths <= 10_000; hundredths++)
        {
            var stars = StarRankCalculator.StarsFor(hundredths / 100m, set);
            Assert.True(stars >= previous, $"{hundredths / 100m}: {stars} after {previous}");
            Assert.InRange(stars, 0, 5);
            previous = stars;
            seen.Add(stars);
        }

        int[] expected = set == CriteriaSet.Decision1048 ? [1, 2, 3, 4, 5] : [0, 3, 4, 5];
        Assert.Equal(expected, seen);
    }

    [Fact]
    public void Both_criteria_sets_agree_from_50_up()
    {
        for (var hundredths = 5_000; hundredths <= 10_000; hundredths++)
        {
            var score = hundredths / 100m;
            Assert.Equal(StarRankCalculator.StarsFor(score, CriteriaSet.Decision148), StarRankCalculator.StarsFor(score, CriteriaSet.Decision1048));
        }
    }
}
