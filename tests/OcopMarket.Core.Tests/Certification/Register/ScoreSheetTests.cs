using OcopMarket.Core.Certification;
using OcopMarket.Core.Certification.Register;

namespace OcopMarket.Core.Tests.Certification.Register;

public sealed class ScoreSheetTests
{
    [Fact]
    public void Decision_148_weighs_A_40_B_25_C_35_and_Decision_1048_A_35_B_25_C_40()
    {
        Assert.Equal(new CriteriaParts(40, 25, 35), CriteriaParts.For(CriteriaSet.Decision148));
        Assert.Equal(new CriteriaParts(35, 25, 40), CriteriaParts.For(CriteriaSet.Decision1048));
        Assert.All(new[] { CriteriaSet.Decision148, CriteriaSet.Decision1048 }, set =>
        {
            var max = CriteriaParts.For(set);
            Assert.Equal(100, max.MaxA + max.MaxB + max.MaxC);
        });
    }

    [Theory]
    [InlineData(CriteriaSet.Decision148, 40, 25, 35)]
    [InlineData(CriteriaSet.Decision148, 0, 0, 0)]
    [InlineData(CriteriaSet.Decision1048, 35, 25, 40)]
    public void Scores_at_each_parts_maximum_or_zero_are_valid(CriteriaSet set, int a, int b, int c) =>
        Assert.True(new ScoreSheet(set, a, b, c).Validate().Succeeded);

    [Theory]
    [InlineData(CriteriaSet.Decision148, "40.01", "20", "30", "A", 40)]
    [InlineData(CriteriaSet.Decision148, "30", "25.5", "30", "B", 25)]
    [InlineData(CriteriaSet.Decision148, "30", "20", "35.25", "C", 35)]
    [InlineData(CriteriaSet.Decision148, "-1", "20", "30", "A", 40)]
    // 36 is fine for part A under 148 but not under 1048, and 38 for part C the other way round.
    [InlineData(CriteriaSet.Decision1048, "36", "20", "30", "A", 35)]
    [InlineData(CriteriaSet.Decision148, "30", "20", "38", "C", 35)]
    public void A_part_over_its_maximum_is_refused_naming_the_part_and_its_maximum(CriteriaSet set, string a, string b, string c, string part, int max)
    {
        var result = new ScoreSheet(set, decimal.Parse(a, System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(b, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).Validate();
        Assert.False(result.Succeeded);
        Assert.Equal(ScoreSheet.PartOutOfRange, result.Error);
        Assert.Equal(part, result.Arguments![0]);
        Assert.Equal((decimal)max, result.Arguments[1]);
    }

    [Fact]
    public void Under_1048_part_C_may_reach_40_which_148_refuses()
    {
        Assert.True(new ScoreSheet(CriteriaSet.Decision1048, 30, 20, 40).Validate().Succeeded);
        Assert.False(new ScoreSheet(CriteriaSet.Decision148, 30, 20, 40).Validate().Succeeded);
    }

    [Fact]
    public void More_than_two_decimals_is_refused_not_rounded()
    {
        var result = new ScoreSheet(CriteriaSet.Decision148, 30.333m, 20, 20).Validate();
        Assert.Equal(ScoreSheet.TooManyDecimals, result.Error);
        Assert.True(new ScoreSheet(CriteriaSet.Decision148, 30.33m, 20.5m, 20).Validate().Succeeded);
    }

    [Fact]
    public void The_total_adds_the_three_parts_with_their_decimals()
    {
        var sheet = new ScoreSheet(CriteriaSet.Decision148, 32.25m, 18.5m, 21.75m);
        Assert.Equal(72.50m, sheet.Total);
        Assert.Equal(4, sheet.Stars);
    }

    public static TheoryData<decimal, decimal, decimal, int> Thresholds => new()
    {
        // Total 49.99 / 50 / 69.99 / 70 / 89.99 / 90: the bands are half-open.
        { 20m, 14.99m, 15m, 0 },
        { 20m, 15m, 15m, 3 },
        { 30m, 19.99m, 20m, 3 },
        { 30m, 20m, 20m, 4 },
        { 39.99m, 25m, 25m, 4 },
        { 40m, 25m, 25m, 5 },
        { 40m, 25m, 35m, 5 },
    };

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void Stars_follow_the_total_at_each_threshold(decimal a, decimal b, decimal c, int stars)
    {
        var sheet = new ScoreSheet(CriteriaSet.Decision148, a, b, c);
        Assert.True(sheet.Validate().Succeeded);
        Assert.Equal(stars, sheet.Stars);
    }

    [Fact]
    public void Under_1048_a_low_total_still_ranks_one_or_two_stars()
    {
        Assert.Equal(2, new ScoreSheet(CriteriaSet.Decision1048, 15, 10, 24.99m).Stars);
        Assert.Equal(1, new ScoreSheet(CriteriaSet.Decision1048, 10, 9.99m, 10).Stars);
    }
}
