using Microsoft.Extensions.Time.Testing;
using OcopMarket.Core.Reports;

namespace OcopMarket.Core.Tests.Reports;

/// <summary>The report's pure rules: Việt Nam calendar months, progress against a target, and when the dashboard reminds.</summary>
public sealed class ReportRulesTests
{
    [Fact]
    public void A_month_runs_from_its_first_day_at_midnight_in_Viet_Nam_to_the_next_months_first_day()
    {
        Assert.True(ReportMonth.TryParse("2026-11", out var november));
        Assert.Equal(new DateOnly(2026, 11, 30), november.LastDay);
        Assert.Equal(new DateTimeOffset(2026, 10, 31, 17, 0, 0, TimeSpan.Zero), november.Period.Start);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero), november.Period.End);
        Assert.Equal("2026-10", november.Previous.Key);
        Assert.Equal("2027-01", new ReportMonth(2026, 12).Next.Key);
        Assert.Equal("11/2026", november.Label);
        Assert.Equal(new DateOnly(2026, 1, 1), november.YearToDate.From);
        Assert.Equal(new DateOnly(2024, 2, 29), new ReportMonth(2024, 2).LastDay);
    }

    [Theory]
    [InlineData("2026-1")]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("1999-05")]
    [InlineData("2026/11")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("+026-11")]
    public void Anything_but_a_yyyy_MM_month_is_refused(string? text) => Assert.False(ReportMonth.TryParse(text, out _));

    [Fact]
    public void The_current_month_is_Viet_Nams_even_when_UTC_is_still_in_the_previous_one()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 31, 18, 0, 0, TimeSpan.Zero)); // 1 November 01:00 in Hà Nội
        Assert.Equal("2026-11", ReportMonth.Current(clock).Key);
    }

    [Fact]
    public void A_running_month_is_read_up_to_today()
    {
        var period = new ReportMonth(2026, 11).Period;
        Assert.Equal(new DateOnly(2026, 11, 25), period.Until(new DateOnly(2026, 11, 25)).AsOf);
        Assert.Equal(new DateOnly(2026, 11, 30), period.Until(new DateOnly(2026, 12, 3)).AsOf);
    }

    [Theory]
    [InlineData(10, null, 9, TargetStatus.Below, 90)]
    [InlineData(10, null, 10, TargetStatus.Reached, 100)]
    [InlineData(10, 12, 12, TargetStatus.Reached, 120)]
    [InlineData(10, 12, 13, TargetStatus.Above, 130)]
    [InlineData(0, null, 0, TargetStatus.Reached, 100)]
    [InlineData(3, null, 1, TargetStatus.Below, 33)]
    public void Progress_is_measured_against_the_minimum_and_the_range(int min, int? max, int actual, TargetStatus status, int percent)
    {
        var p = TargetProgress.Evaluate(min, max, actual);
        Assert.Equal(status, p.Status);
        Assert.Equal(percent, p.Percent);
    }

    [Theory]
    [InlineData(14, false, ReminderState.None)]
    [InlineData(15, false, ReminderState.Due)]
    [InlineData(19, false, ReminderState.Due)]
    [InlineData(20, false, ReminderState.Overdue)]
    [InlineData(30, false, ReminderState.Overdue)]
    [InlineData(16, true, ReminderState.None)]
    [InlineData(25, true, ReminderState.None)]
    public void The_report_of_a_month_is_due_before_its_20th_and_reminded_from_its_15th(int day, bool exported, ReminderState expected)
    {
        var (month, state) = ReportReminder.For(new DateOnly(2026, 11, day), exported);
        Assert.Equal("2026-11", month.Key);
        Assert.Equal(expected, state);
    }

    [Fact]
    public void Indicator_keys_are_unique_and_stable()
    {
        Assert.Equal(ReportIndicators.All.Count, ReportIndicators.All.Select(i => i.Key).Distinct().Count());
        Assert.Equal("certified-products", ReportIndicators.CertifiedProducts);
        Assert.Equal("online-revenue", ReportIndicators.OnlineRevenue);
        Assert.True(ReportIndicators.Find(ReportIndicators.OnlineRevenue)!.IsMoney);
        Assert.Null(ReportIndicators.Find("nope"));
    }
}
