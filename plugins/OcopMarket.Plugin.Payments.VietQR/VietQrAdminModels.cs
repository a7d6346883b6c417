using System.ComponentModel.DataAnnotations;
using OcopMarket.Plugin.Payments.VietQR.Reconciliation;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Plugin.Payments.VietQR;

[LocalizedWith(typeof(VietQrResource))]
public sealed class VietQrSettingsForm
{
    [Display(Name = "Bank")]
    [Required(ErrorMessage = "Please choose the bank.")]
    public string? Bin { get; set; }

    [Display(Name = "Account number")]
    [Required(ErrorMessage = "Please enter the account number.")]
    [RegularExpression("^[A-Za-z0-9]{1,19}$", ErrorMessage = "The account number has at most 19 letters or digits, without spaces.")]
    public string? AccountNumber { get; set; }

    [Display(Name = "Account holder")]
    [Required(ErrorMessage = "Please enter the account holder's name.")]
    [StringLength(70, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? AccountName { get; set; }

    [Display(Name = "Time to pay (hours)")]
    [Range(VietQrSettings.MinPaymentWindowHours, VietQrSettings.MaxPaymentWindowHours, ErrorMessage = "{0} must be between {1} and {2}.")]
    public int PaymentWindowHours { get; set; } = VietQrSettings.DefaultPaymentWindowHours;

    [Display(Name = "Demonstration account (warn buyers not to transfer real money)")]
    public bool IsDemo { get; set; }

    public static VietQrSettingsForm From(VietQrSettings s) => new()
    {
        Bin = s.Bin, AccountNumber = s.AccountNumber, AccountName = s.AccountName, PaymentWindowHours = s.PaymentWindowHours, IsDemo = s.IsDemo,
    };

    public VietQrSettings ToSettings() => new()
    {
        Bin = Bin, AccountNumber = AccountNumber?.Trim(), AccountName = AccountName?.Trim(), PaymentWindowHours = PaymentWindowHours, IsDemo = IsDemo,
    };
}

public sealed record VietQrSettingsPage(VietQrSettingsForm Form, string? SampleQr, long SampleAmount, string SampleText);

public sealed record TransferRow(int Id, string Number, string CustomerName, string Phone, long Total, DateTimeOffset PlacedAt, DateTimeOffset? DueAt, bool Overdue);

public sealed record TransfersPage(PagedList<TransferRow> Rows, ListQuery Query, bool Configured);

public sealed record ReconcilePreview(
    string FileName, string Content, IReadOnlyList<ReconcileLine> Lines, IReadOnlyList<StatementProblem> Problems)
{
    public int ToRecord => Lines.Count(l => l.WillRecord);
}

public sealed record TransferDetail(Core.Orders.Order Order, IReadOnlyList<Core.Payments.Payment> Payments);
