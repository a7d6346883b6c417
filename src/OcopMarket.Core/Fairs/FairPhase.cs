namespace OcopMarket.Core.Fairs;

/// <summary>Where a fair stands on a Việt Nam calendar day.</summary>
public enum FairPhase
{
    Upcoming = 1,
    Ongoing = 2,
    Past = 3,
}

/// <summary>The one rule for a fair's phase: its days are inclusive, so the last day is still "ongoing".</summary>
public static class FairPhases
{
    public static FairPhase On(DateOnly startsOn, DateOnly endsOn, DateOnly today) =>
        today < startsOn ? FairPhase.Upcoming : today <= endsOn ? FairPhase.Ongoing : FairPhase.Past;

    public static FairPhase PhaseOn(this TradeFair fair, DateOnly today) => On(fair.StartsOn, fair.EndsOn, today);
}
