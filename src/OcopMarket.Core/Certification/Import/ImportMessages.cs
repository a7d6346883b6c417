namespace OcopMarket.Core.Certification.Import;

/// <summary>
/// The English message keys of the register import (file-level and row-level). The web layer
/// translates them through its resource; they are constants so a test can check every one is translated.
/// </summary>
public static class ImportMessages
{
    // File level.
    public const string Empty = "The file is empty.";
    public const string TooLarge = "The file is larger than {0} MB.";
    public const string NotCsvOrXlsx = "The file is neither a CSV text file nor an Excel workbook (.xlsx).";
    public const string NotUtf8 = "The CSV file is not UTF-8 text. In Excel choose \"CSV UTF-8\" when saving, or upload the .xlsx file.";
    public const string Unreadable = "The file could not be read: {0}";
    public const string NoHeader = "The first row must hold the column headings.";
    public const string MissingColumns = "Required columns are missing: {0}.";
    public const string DuplicateColumn = "The column \"{0}\" appears twice.";
    public const string NoRows = "The file has no data rows.";
    public const string TooManyRows = "The file has more than {0} rows; split it into smaller files.";
    public const string UploadExpired = "The uploaded file is no longer available; please upload it again.";
    public const string NothingValid = "No row is valid; nothing was imported.";
    public const string FileHasErrors = "The file has rows with errors; nothing was imported. Fix them, or choose to import only the valid rows.";

    // Row level: {0} is usually the value as written in the file.
    public const string Required = "{0} is missing.";
    public const string BadDate = "{0} '{1}' is not a valid date (dd/MM/yyyy).";
    public const string UnknownProvince = "Province '{0}' was not found.";
    public const string UnknownCommune = "Commune '{0}' was not found in {1}.";
    public const string AmbiguousCommune = "Commune '{0}' matches several units in {1}; write its code instead.";
    public const string UnknownCategory = "Product group '{0}' was not found (use a code such as 1.3 or the group's name).";
    public const string UnknownProducerType = "Producer type '{0}' is not recognised (HTX, Doanh nghiệp, Hộ kinh doanh, Tổ hợp tác).";
    public const string BadStars = "Star rank '{0}' must be a whole number from 1 to 5.";
    public const string LowStarsNeed1048 = "{0}★ exists only under the criteria of Decision 1048 (2019); this row uses Decision 148.";
    public const string BadScore = "Score '{0}' must be a number from 0 to 100.";
    public const string ScoreMismatch = "Score {0} corresponds to {1}★, not {2}★.";
    public const string ScoreNotRanked = "Score {0} is below the lowest rank of the criteria set.";
    public const string UnknownCouncil = "Council level '{0}' is not recognised (Huyện, Tỉnh, Trung ương).";
    public const string CouncilNotAllowed = "A {0} council could not grant {1}★ on {2}.";
    public const string UnknownCriteria = "Criteria set '{0}' is not recognised (148 or 1048).";
    public const string ExpiryBeforeIssue = "Expiry date {0} is not after the issue date {1}.";
    public const string IssuedInFuture = "Issue date {0} is in the future.";
    public const string TooLong = "{0} is longer than {1} characters.";
    public const string DuplicateInFile = "Decision {0} for this product already appears on row {1}.";
    public const string DuplicateInDatabase = "Decision {0} is already recorded for this product.";

    // Column names used in row messages (translated like the rest).
    public const string ColumnProductName = "Product name";
    public const string ColumnProducer = "Producer";
    public const string ColumnProducerType = "Producer type";
    public const string ColumnCommune = "Commune";
    public const string ColumnProvince = "Province";
    public const string ColumnCategory = "Product group";
    public const string ColumnStars = "Star rank";
    public const string ColumnScore = "Score";
    public const string ColumnCouncil = "Council level";
    public const string ColumnCriteria = "Criteria set";
    public const string ColumnDecision = "Decision number";
    public const string ColumnIssuingBody = "Issuing body";
    public const string ColumnIssuedOn = "Issue date";
    public const string ColumnExpiresOn = "Expiry date";
    public const string ColumnRowNo = "No.";

    // Council level names inside messages.
    public const string CouncilCommune = "commune-level";
    public const string CouncilDistrict = "district-level";
    public const string CouncilProvince = "province-level";
    public const string CouncilCentral = "central-level";

    public static string CouncilName(CouncilLevel level) => level switch
    {
        CouncilLevel.Commune => CouncilCommune,
        CouncilLevel.District => CouncilDistrict,
        CouncilLevel.Province => CouncilProvince,
        _ => CouncilCentral,
    };

    /// <summary>Every key above, for the translation test.</summary>
    public static IEnumerable<string> All() =>
        typeof(ImportMessages).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);
}

/// <summary>A message key with its arguments (arguments that are themselves keys are marked by <see cref="ImportText"/>).</summary>
public sealed record ImportMessage(string Key, params object[] Arguments);

/// <summary>An argument that is a message key to translate (a column or council name), not a value from the file.</summary>
public sealed record ImportText(string Key)
{
    public override string ToString() => Key;
}
