namespace OcopMarket.Core.Reviews;

/// <summary>The limits of a review's texts (the columns are sized for them).</summary>
public static class ReviewRules
{
    public const int MinRating = 1;
    public const int MaxRating = 5;
    public const int TitleMax = 200;
    public const int BodyMin = 20;
    public const int BodyMax = 4000;
    public const int AuthorMax = 100;
    public const int NoteMax = 1000;
    public const int ReplyMax = 2000;
}
