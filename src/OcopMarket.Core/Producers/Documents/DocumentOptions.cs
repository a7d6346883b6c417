namespace OcopMarket.Core.Producers.Documents;

/// <summary>Where producer documents live and how large one may be (configuration section "Documents").</summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>Absolute folder outside wwwroot (the host sets App_Data/documents); one sub-folder per producer.</summary>
    public string RootPath { get; set; } = "";

    /// <summary>Largest file accepted, in bytes (10 MB unless configured).</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Largest decoded image accepted (width × height), against decompression bombs.</summary>
    public long MaxPixels { get; set; } = 40_000_000;
}
