namespace OcopMarket.Core.Reviews;

/// <summary>
/// The name shown with a review when the customer keeps the default: the given name and the family name's initial.
/// Vietnamese names put the family name first and the given name last ("Nguyễn Thị Hoa" → "Hoa N."), so the
/// last word is the name people are called by; one word stays as it is.
/// </summary>
public static class AuthorNames
{
    public static string Default(string? fullName)
    {
        var words = (fullName ?? "").Normalize(System.Text.NormalizationForm.FormC)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0) return "";
        if (words.Length == 1) return Cap(words[0]);
        return $"{Cap(words[^1])} {char.ToUpperInvariant(words[0][0])}.";
    }

    private static string Cap(string word)
    {
        var name = word.Length > ReviewRules.AuthorMax ? word[..ReviewRules.AuthorMax] : word;
        return char.ToUpperInvariant(name[0]) + name[1..];
    }
}
