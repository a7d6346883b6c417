using OcopMarket.Core.Common;

namespace OcopMarket.Core.Certification.Register;

/// <summary>
/// The most points each criteria part can carry: A production organisation and community strength,
/// B marketing capacity (with the product story), C quality. Decision 148/QĐ-TTg (2023) weighs them
/// 40/25/35, the older Decision 1048/QĐ-TTg (2019) 35/25/40; both add up to 100.
/// </summary>
public sealed record CriteriaParts(decimal MaxA, decimal MaxB, decimal MaxC)
{
    public static readonly CriteriaParts Decision148 = new(40, 25, 35);
    public static readonly CriteriaParts Decision1048 = new(35, 25, 40);

    public static CriteriaParts For(CriteriaSet set) => set == CriteriaSet.Decision1048 ? Decision1048 : Decision148;
}

/// <summary>
/// A council's scores for the three parts (council averages, so decimals are normal). The register
/// keeps two decimals; a score with more is refused rather than silently rounded.
/// </summary>
public sealed record ScoreSheet(CriteriaSet Set, decimal A, decimal B, decimal C)
{
    public const string PartOutOfRange = "Part {0} is scored from 0 to {1} points under this criteria set.";
    public const string TooManyDecimals = "Part {0}: enter the score with at most two decimals.";

    public decimal Total => A + B + C;

    /// <summary>Stars from the total (half-open bands); 0 when the total ranks nothing.</summary>
    public int Stars => StarRankCalculator.StarsFor(Total, Set);

    public OperationResult Validate()
    {
        var max = CriteriaParts.For(Set);
        foreach (var (part, score, limit) in new[] { ("A", A, max.MaxA), ("B", B, max.MaxB), ("C", C, max.MaxC) })
        {
            if (score < 0 || score > limit) return OperationResult.Fail(PartOutOfRange, part, limit);
            if (decimal.Round(score, 2) != score) return OperationResult.Fail(TooManyDecimals, part);
        }
        return OperationResult.Ok;
    }
}
