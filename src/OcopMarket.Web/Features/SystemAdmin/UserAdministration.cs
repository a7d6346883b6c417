using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Data;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.SystemAdmin;

/// <summary>The outcome of an account change: field errors (already in the user's language), or the account's id.</summary>
public sealed class UserAdminResult
{
    private UserAdminResult(int? userId, bool notFound, IReadOnlyList<KeyValuePair<string, string>> errors, string? warning = null)
    {
        UserId = userId;
        NotFound = notFound;
        Errors = errors;
        Warning = warning;
    }

    public int? UserId { get; }
    public bool NotFound { get; }
    /// <summary>Field name ("" for the whole form) and message.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Errors { get; }
    /// <summary>The change was saved but something after it (sending mail) did not work.</summary>
    public string? Warning { get; }
    public bool Succeeded => !NotFound && Errors.Count == 0;

    public static UserAdminResult Ok(int userId, string? warning = null) => new(userId, false, [], warning);
    public static readonly UserAdminResult Missing = new(null, true, []);
    public static UserAdminResult Fail(string field, string message) => new(null, false, [new(field, message)]);
    public static UserAdminResult Fail(IEnumerable<KeyValuePair<string, string>> errors) => new(null, false, [.. errors]);
}

/// <summary>
/// Creates and changes accounts through <see cref="UserManager{TUser}"/> (Identity hashes passwords and keeps
/// the security stamp; the audit trail records every row it touches). Each change is one transaction;
/// mail goes out only after the commit. An administrator cannot demote or lock themselves out.
/// </summary>
public sealed class UserAdministration(
    OcopDbContext db,
    UserManager<AppUser> users,
    AccountEmails emails,
    IStringLocalizer<SystemResource> l,
    TimeProvider time,
    ILogger<UserAdministration> logger)
{
    /// <summary>How long "lock" lasts: for good, until an administrator unlocks (Identity has no "forever").</summary>
    private static readonly TimeSpan LockDuration = TimeSpan.FromDays(365 * 100);

    public async Task<UserAdminResult> CreateAsync(UserCreateForm form, CancellationToken ct)
    {
        var producerError = await CheckProducerAsync(form, ct);
        if (producerError is not null) return producerError;

        var email = form.Email.Trim();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            // The office vouches for the address; the invitation link proves it anyway.
            EmailConfirmed = true,
            FullName = form.FullName.Trim(),
            PhoneNumber = Blank(form.PhoneNumber),
            ProducerId = form.Roles.Contains(Roles.Producer) ? form.ProducerId : null,
            CreatedAt = time.GetUtcNow(),
        };
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var created = form.PasswordMode == InitialPassword.SetNow
                ? await users.CreateAsync(user, form.Password!)
                : await users.CreateAsync(user);
            if (!created.Succeeded) return Fail(created);
            var roles = await users.AddToRolesAsync(user, form.Roles.Distinct());
            if (!roles.Succeeded) return Fail(roles);
            await tx.CommitAsync(ct);
        }
        logger.LogInformation("Account {UserId} created with roles {Roles}", user.Id, string.Join(",", form.Roles));
        if (form.PasswordMode == InitialPassword.EmailLink && !await TrySendAsync(() => emails.SendInvitationAsync(user, ct), user))
            return UserAdminResult.Ok(user.Id, l["The account was created but the email could not be sent. Use \"Reset password\" to send the link again."].Value);
        return UserAdminResult.Ok(user.Id);
    }

    public async Task<UserAdminResult> UpdateAsync(int id, UserEditForm form, ClaimsPrincipal actor, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString(CultureInfo.InvariantCulture));
        if (user is null) return UserAdminResult.Missing;
        if (IsSelf(actor, user) && !form.Roles.Contains(Roles.Administrator))
            return UserAdminResult.Fail(nameof(UserEditForm.Roles), l["You cannot remove your own Administrator role."].Value);
        var producerError = await CheckProducerAsync(form, ct);
        if (producerError is not null) return producerError;

        var current = await users.GetRolesAsync(user);
        var wanted = form.Roles.Distinct().ToList();
        var added = wanted.Except(current).ToList();
        var removed = current.Except(wanted).ToList();

        user.FullName = form.FullName.Trim();
        user.PhoneNumber = Blank(form.PhoneNumber);
        user.ProducerId = wanted.Contains(Roles.Producer) ? form.ProducerId : null;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) return Fail(updated);
        if (added.Count > 0 && await users.AddToRolesAsync(user, added) is { Succeeded: false } a) return Fail(a);
        if (removed.Count > 0 && await users.RemoveFromRolesAsync(user, removed) is { Succeeded: false } r) return Fail(r);
        // Roles travel in the sign-in cookie: a new stamp makes open sessions pick up the change.
        if ((added.Count > 0 || removed.Count > 0) && await users.UpdateSecurityStampAsync(user) is { Succeeded: false } s) return Fail(s);
        await tx.CommitAsync(ct);
        logger.LogInformation("Account {UserId} updated; roles added {Added}, removed {Removed}", user.Id, string.Join(",", added), string.Join(",", removed));
        return UserAdminResult.Ok(user.Id);
    }

    public async Task<UserAdminResult> LockAsync(int id, ClaimsPrincipal actor, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString(CultureInfo.InvariantCulture));
        if (user is null) return UserAdminResult.Missing;
        if (IsSelf(actor, user)) return UserAdminResult.Fail("", l["You cannot lock your own account."].Value);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await users.SetLockoutEnabledAsync(user, true) is { Succeeded: false } e) return Fail(e);
        if (await users.SetLockoutEndDateAsync(user, time.GetUtcNow().Add(LockDuration)) is { Succeeded: false } d) return Fail(d);
        // Ends the sessions the user already has (checked by the security stamp validator).
        if (await users.UpdateSecurityStampAsync(user) is { Succeeded: false } s) return Fail(s);
        await tx.CommitAsync(ct);
        logger.LogWarning("Account {UserId} locked by an administrator", user.Id);
        return UserAdminResult.Ok(user.Id);
    }

    public async Task<UserAdminResult> UnlockAsync(int id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString(CultureInfo.InvariantCulture));
        if (user is null) return UserAdminResult.Missing;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await users.SetLockoutEndDateAsync(user, null) is { Succeeded: false } d) return Fail(d);
        if (await users.ResetAccessFailedCountAsync(user) is { Succeeded: false } c) return Fail(c);
        await tx.CommitAsync(ct);
        logger.LogInformation("Account {UserId} unlocked", user.Id);
        return UserAdminResult.Ok(user.Id);
    }

    /// <summary>
    /// The old password stops working at once (removed, which also renews the security stamp and so ends
    /// open sessions), and the user gets a link to choose a new one.
    /// </summary>
    public async Task<UserAdminResult> ForcePasswordResetAsync(int id, ClaimsPrincipal actor, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString(CultureInfo.InvariantCulture));
        if (user is null) return UserAdminResult.Missing;
        if (IsSelf(actor, user)) return UserAdminResult.Fail("", l["To change your own password, use the reset link on the sign-in page."].Value);
        if (await users.HasPasswordAsync(user) && await users.RemovePasswordAsync(user) is { Succeeded: false } r) return Fail(r);
        logger.LogWarning("Password of account {UserId} reset by an administrator", user.Id);
        if (!await TrySendAsync(() => emails.SendForcedResetAsync(user, ct), user))
            return UserAdminResult.Ok(user.Id, l["The password was reset but the email could not be sent. Try again later."].Value);
        return UserAdminResult.Ok(user.Id);
    }

    private async Task<UserAdminResult?> CheckProducerAsync(UserEditForm form, CancellationToken ct)
    {
        if (!form.Roles.Contains(Roles.Producer)) return null;
        var exists = form.ProducerId is int producerId && await db.Producers.AnyAsync(p => p.Id == producerId, ct);
        return exists ? null : UserAdminResult.Fail(nameof(UserEditForm.ProducerId), l["Choose the producer this user acts for."].Value);
    }

    private async Task<bool> TrySendAsync(Func<Task> send, AppUser user)
    {
        try
        {
            await send();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            logger.LogError(ex, "Could not send the account email to user {UserId}", user.Id);
            return false;
        }
    }

    private bool IsSelf(ClaimsPrincipal actor, AppUser user) => users.GetUserId(actor) == user.Id.ToString(CultureInfo.InvariantCulture);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Identity's errors are already localised (LocalizedIdentityErrorDescriber); they go to the field they are about.</summary>
    private static UserAdminResult Fail(IdentityResult result)
    {
        var codes = result.Errors.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        return UserAdminResult.Fail(result.Errors
            // The user name is the email: a duplicate would be reported twice.
            .Where(e => !(e.Code == nameof(IdentityErrorDescriber.DuplicateUserName) && codes.Contains(nameof(IdentityErrorDescriber.DuplicateEmail))))
            .Select(e => new KeyValuePair<string, string>(e.Code switch
            {
                nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)
                    or nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => nameof(UserCreateForm.Email),
                _ when e.Code.StartsWith("Password", StringComparison.Ordinal) => nameof(UserCreateForm.Password),
                _ => "",
            }, e.Description)));
    }
}
