namespace OcopMarket.Web.Features.Reports;

/// <summary>How a column's values are shown: on the page, in print and in the XLSX file alike.</summary>
public enum CellKind
{
    Text = 0,
    Count = 1,
    Money = 2,
    /// <summary>A difference with a sign (▲ / ▼ on the page, +#,##0;-#,##0 in the file).</summary>
    Change = 3,
    Date = 4,
    Percent = 5,
}

/// <param name="Money">The figures are VND (for a change column of amounts).</param>
public sealed record ReportColumn(string Heading, CellKind Kind = CellKind.Text, bool Money = false);

/// <summary>
/// One table of a section. Cells are string, decimal, DateOnly or null; a total row is drawn bold. <see cref="MoneyRows"/>
/// are rows whose figures are VND (a comparison table mixes counts and money); <see cref="Detail"/> tables (scans by day)
/// sit folded on the page and stay out of print.
/// </summary>
public sealed record ReportTable(string Id, string? Caption, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows,
    bool LastRowIsTotal = false, string? Empty = null, bool Detail = false, IReadOnlyCollection<int>? MoneyRows = null)
{
    /// <summary>Whether a figure is VND: a money column, a money change column, or a count in a money row.</summary>
    public bool IsMoney(int row, int column) => Columns[column] is var c && (c.Kind == CellKind.Money
        || (c.Kind is CellKind.Count or CellKind.Change && (c.Money || (MoneyRows is not null && MoneyRows.Contains(row)))));

    public string Text(int row, int column) => ReportCells.Text(Rows[row][column], Columns[column].Kind, IsMoney(row, column));
}

/// <summary>
/// A section of the report: a title, a sheet name for the XLSX file (≤ 31 characters, no []:*?/\), and its tables.
/// The page, the print view and the file all render these, so the three never disagree.
/// </summary>
public sealed record ReportSection(string Id, string Title, string SheetName, IReadOnlyList<ReportTable> Tables, string? Note = null);

/// <summary>How a cell reads on the page and in print (the XLSX file keeps numbers as numbers).</summary>
public static class ReportCells
{
    public static string Text(object? value, CellKind kind, bool money) => value switch
    {
        null => "—",
        DateOnly d => Framework.VnTime.Date(d),
        decimal n when kind == CellKind.Percent => n.ToString("N0", System.Globalization.CultureInfo.CurrentCulture) + " %",
        decimal n when kind == CellKind.Change => n == 0 ? "—" : (n > 0 ? "▲ " : "▼ ") + Number(Math.Abs(n), money),
        decimal n => Number(n, money),
        _ => value.ToString() ?? "",
    };

    private static string Number(decimal n, bool money) =>
        money ? Core.Common.Vnd.Format((long)n) : n.ToString("N0", System.Globalization.CultureInfo.CurrentCulture);

    /// <summary>up / down / same, for colouring a change cell.</summary>
    public static string Trend(object? value) => value is decimal n ? n > 0 ? "up" : n < 0 ? "down" : "same" : "same";
}
