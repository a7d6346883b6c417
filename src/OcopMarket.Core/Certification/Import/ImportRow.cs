using OcopMarket.Core.Producers;

namespace OcopMarket.Core.Certification.Import;

/// <summary>One register row after parsing: typed values where they could be read, and what is wrong with it.</summary>
public sealed class ImportRow
{
    public required int RowNumber { get; init; }
    /// <summary>The cells as written, for showing a value that could not be read.</summary>
    public required IReadOnlyDictionary<RegisterColumn, string> Raw { get; init; }

    public string? RowNo { get; set; }
    public string ProductName { get; set; } = "";
    public string ProducerName { get; set; } = "";
    public ProducerType? ProducerType { get; set; }
    public CommuneMatch? Commune { get; set; }
    public CategoryRef? Category { get; set; }
    public int? Stars { get; set; }
    public decimal? Score { get; set; }
    public CouncilLevel? CouncilLevel { get; set; }
    public CriteriaSet? CriteriaSet { get; set; }
    /// <summary>True when the file gave no criteria set and it was taken from the issue date.</summary>
    public bool CriteriaSetInferred { get; set; }
    public string DecisionNumber { get; set; } = "";
    public string IssuingBody { get; set; } = "";
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    /// <summary>True when the file gave no expiry and the 36-month default was used.</summary>
    public bool ExpiryDefaulted { get; set; }

    /// <summary>Matching against the database: an existing producer/product, or null when the import will create one.</summary>
    public int? ExistingProducerId { get; set; }
    public int? ExistingProductId { get; set; }

    public List<ImportMessage> Errors { get; } = [];
    public bool IsValid => Errors.Count == 0;

    /// <summary>Who the row's producer is: its name within today's commune.</summary>
    public string ProducerKey => RegisterReferenceData.NameKey(ProducerName) + "|" + Commune?.Today.Id;

    /// <summary>Which product the row certifies: its name within its producer.</summary>
    public string ProductKey => ProducerKey + "|" + RegisterReferenceData.NameKey(ProductName);

    public string Cell(RegisterColumn column) => Raw.TryGetValue(column, out var v) ? v : "";

    internal void Error(string key, params object[] args) => Errors.Add(new ImportMessage(key, args));
}
