using OcopMarket.Core.Certification.Import;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.RegisterImport;

public sealed record ImportUploadPageModel(string? Error, int MaxMegabytes);

/// <summary>The preview: the whole file's counts, one page of its rows, and the error sentences of the whole file.</summary>
public sealed record ImportPreviewPageModel(
    Guid Token,
    string FileName,
    RegisterFileFormat Format,
    int RowCount,
    int ValidCount,
    int InvalidCount,
    int NewProducers,
    int NewProducts,
    bool ErrorsOnly,
    PagedList<ImportRow> Rows,
    IReadOnlyList<string> ErrorLines,
    int HiddenErrorLines);

public sealed record ImportResultPageModel(ImportSummary Summary, string FileName);
