using System.ComponentModel.DataAnnotations;

namespace OcopMarket.Web.Framework.Models;

// Display names and ErrorMessage values are English keys, translated through AccountResource (see LocalizedWithAttribute).

[LocalizedWith(typeof(AccountResource))]
public sealed class LoginModel
{
    [Display(Name = "Email")]
    [Required(ErrorMessage = "Please enter your email.")]
    [EmailAddress(ErrorMessage = "Please enter a valid email address.")]
    [StringLength(256, ErrorMessage = "{0} must be at most {1} characters.")]
    public string Email { get; set; } = "";

    [Display(Name = "Password")]
    [Required(ErrorMessage = "Please enter your password.")]
    [StringLength(100, ErrorMessage = "{0} must be at most {1} characters.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Display(Name = "Remember me")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

[LocalizedWith(typeof(AccountResource))]
public sealed class RegisterModel
{
    [Display(Name = "Full name")]
    [Required(ErrorMessage = "Please enter your full name.")]
    [StringLength(100, ErrorMessage = "{0} must be at most {1} characters.")]
    public string FullName { get; set; } = "";

    [Display(Name = "Email")]
    [Required(ErrorMessage = "Please enter your email.")]
    [EmailAddress(ErrorMessage = "Please enter a valid email address.")]
    [StringLength(256, ErrorMessage = "{0} must be at most {1} characters.")]
    public string Email { get; set; } = "";

    [Display(Name = "Phone number (optional)")]
    [RegularExpression(@"^\+?[0-9][0-9 .\-]{7,18}$", ErrorMessage = "Please enter a valid phone number.")]
    public string? PhoneNumber { get; set; }

    [Display(Name = "Password")]
    [Required(ErrorMessage = "Please enter your password.")]
    [StringLength(100, MinimumLength = 8, ErrorMessage = "{0} must be between {2} and {1} characters.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Display(Name = "Confirm password")]
    [Required(ErrorMessage = "Please confirm your password.")]
    [Compare(nameof(Password), ErrorMessage = "The passwords do not match.")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

[LocalizedWith(typeof(AccountResource))]
public sealed class ForgotPasswordModel
{
    [Display(Name = "Email")]
    [Required(ErrorMessage = "Please enter your email.")]
    [EmailAddress(ErrorMessage = "Please enter a valid email address.")]
    [StringLength(256, ErrorMessage = "{0} must be at most {1} characters.")]
    public string Email { get; set; } = "";

    /// <summary>Set after a POST: the page then shows the neutral "if the address exists…" notice.</summary>
    public bool Sent { get; set; }
}

[LocalizedWith(typeof(AccountResource))]
public sealed class ResetPasswordModel
{
    [Display(Name = "Email")]
    [Required(ErrorMessage = "Please enter your email.")]
    [EmailAddress(ErrorMessage = "Please enter a valid email address.")]
    [StringLength(256, ErrorMessage = "{0} must be at most {1} characters.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "The reset link is invalid or has expired.")]
    [StringLength(2048, ErrorMessage = "The reset link is invalid or has expired.")]
    public string Token { get; set; } = "";

    [Display(Name = "New password")]
    [Required(ErrorMessage = "Please enter your password.")]
    [StringLength(100, MinimumLength = 8, ErrorMessage = "{0} must be between {2} and {1} characters.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Display(Name = "Confirm password")]
    [Required(ErrorMessage = "Please confirm your password.")]
    [Compare(nameof(Password), ErrorMessage = "The passwords do not match.")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";

    /// <summary>Set after a successful reset: the page then links to the sign-in form.</summary>
    public bool Done { get; set; }
}

public sealed record MyAccountModel(string FullName, string Email, string? PhoneNumber, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt);

public sealed record AccessDeniedModel(string? ReturnUrl);
