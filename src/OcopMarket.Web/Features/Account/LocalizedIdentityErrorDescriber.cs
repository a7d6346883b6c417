using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Account;

/// <summary>Identity's error messages in the request's language (Vietnamese by default, English second).</summary>
internal sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<AccountResource> a) : IdentityErrorDescriber
{
    private IdentityError Error(string code, string key, params object[] args) => new() { Code = code, Description = a[key, args] };

    public override IdentityError DefaultError() => Error(nameof(DefaultError), "An unknown error occurred. Please try again.");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "The account was changed by someone else. Please reload and try again.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Incorrect password.");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "The reset link is invalid or has expired.");
    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "The recovery code is not valid.");
    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), "This external login is already linked to another account.");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "The user name '{0}' is not valid.", userName ?? "");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "The email address '{0}' is not valid.", email ?? "");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "An account with the email '{0}' already exists.", userName);
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "An account with the email '{0}' already exists.", email);
    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), "The role name '{0}' is not valid.", role ?? "");
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), "The role '{0}' already exists.", role);
    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "This account already has a password.");
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "Lockout is not enabled for this account.");
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), "The account already has the role '{0}'.", role);
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), "The account does not have the role '{0}'.", role);
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), "Passwords must be at least {0} characters.", length);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), "Passwords must use at least {0} different characters.", uniqueChars);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Passwords must have at least one character that is not a letter or digit.");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Passwords must have at least one digit ('0'-'9').");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Passwords must have at least one lowercase letter ('a'-'z').");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Passwords must have at least one uppercase letter ('A'-'Z').");
}
