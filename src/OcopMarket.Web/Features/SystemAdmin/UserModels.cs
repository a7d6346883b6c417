using System.ComponentModel.DataAnnotations;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.SystemAdmin;

/// <summary>The filters of the user list, beside the text search of <see cref="ListQuery"/>.</summary>
public sealed class UserListQuery : ListQuery
{
    /// <summary>One of <see cref="Roles.All"/>, or empty for every role.</summary>
    public string? Role { get; set; }
    /// <summary>"locked", "active", or empty for both.</summary>
    public string? Status { get; set; }
}

public sealed record UserRow(int Id, string Email, string FullName, string? ProducerName, DateTimeOffset? LockoutEnd, DateTimeOffset CreatedAt)
{
    public IReadOnlyList<string> Roles { get; init; } = [];
    public bool IsLockedAt(DateTimeOffset now) => LockoutEnd > now;
}

public sealed record UserListModel(PagedList<UserRow> Users, UserListQuery Query, DateTimeOffset Now);

public enum InitialPassword
{
    /// <summary>The new user gets an e-mail with a link to choose a password (the office never knows it).</summary>
    EmailLink,
    /// <summary>The administrator types the first password (for staff without a working mailbox yet).</summary>
    SetNow,
}

/// <summary>What the administrator may change on an account: name, phone, roles, and the producer a Producer user acts for.</summary>
[LocalizedWith(typeof(SystemResource))]
public class UserEditForm
{
    [Display(Name = "Full name")]
    [Required(ErrorMessage = "Please enter the full name.")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string FullName { get; set; } = "";

    [Display(Name = "Phone number")]
    [RegularExpression(PhoneNumbers.Pattern, ErrorMessage = "Please enter a valid phone number.")]
    public string? PhoneNumber { get; set; }

    [Display(Name = "Roles")]
    [MinLength(1, ErrorMessage = "Choose at least one role.")]
    public List<string> Roles { get; set; } = [];

    [Display(Name = "Producer")]
    public int? ProducerId { get; set; }

    /// <summary>
    /// Rules across fields, as (field, message key). Checked by the controller together with the attributes, so
    /// every error shows at once (an IValidatableObject would only run once the attributes pass).
    /// </summary>
    public virtual IEnumerable<(string Field, string Key)> CrossFieldErrors()
    {
        if (Roles.Any(r => !Core.Identity.Roles.All.Contains(r)))
            yield return (nameof(Roles), "Unknown role.");
        if (Roles.Contains(Core.Identity.Roles.Producer) && ProducerId is null)
            yield return (nameof(ProducerId), "Choose the producer this user acts for.");
    }
}

[LocalizedWith(typeof(SystemResource))]
public sealed class UserCreateForm : UserEditForm
{
    [Display(Name = "Email")]
    [Required(ErrorMessage = "Please enter the email.")]
    [EmailAddress(ErrorMessage = "Please enter a valid email address.")]
    [StringLength(256, ErrorMessage = "{0} must be at most {1} characters.")]
    public string Email { get; set; } = "";

    [Display(Name = "First password")]
    public InitialPassword PasswordMode { get; set; } = InitialPassword.EmailLink;

    [Display(Name = "Password")]
    [StringLength(100, ErrorMessage = "{0} must be at most {1} characters.")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [Display(Name = "Confirm password")]
    [DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }

    public override IEnumerable<(string Field, string Key)> CrossFieldErrors()
    {
        foreach (var error in base.CrossFieldErrors()) yield return error;
        if (PasswordMode != InitialPassword.SetNow) yield break;
        if (string.IsNullOrEmpty(Password))
            yield return (nameof(Password), "Please enter the password.");
        else if (Password != ConfirmPassword)
            yield return (nameof(ConfirmPassword), "The passwords do not match.");
    }
}

/// <summary>The edit page: the form plus what the account panel shows.</summary>
public sealed record UserEditPage(int Id, string Email, UserEditForm Form, DateTimeOffset CreatedAt, DateTimeOffset? LockoutEnd,
    int AccessFailedCount, bool HasPassword, bool IsSelf, DateTimeOffset Now)
{
    public bool IsLocked => LockoutEnd > Now;
}

/// <summary>A producer to pick for a Producer user.</summary>
public sealed record ProducerChoice(int Id, string Name);

public static class PhoneNumbers
{
    /// <summary>Vietnamese and international numbers with optional spaces, dots or dashes (as the register form accepts).</summary>
    public const string Pattern = @"^\+?[0-9][0-9 .\-]{7,18}$";
}
