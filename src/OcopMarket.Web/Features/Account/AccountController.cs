using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Account;

/// <summary>Sign-in, registration, sign-out, password reset and the "my account" page, under /tai-khoan.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class AccountController(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    PasswordResetEmail resetEmail,
    IStringLocalizer<AccountResource> a,
    IOptions<SiteOptions> site,
    TimeProvider time,
    ILogger<AccountController> logger) : Controller
{
    public const string LoginPath = "/tai-khoan/dang-nhap";
    public const string ResetPath = "/tai-khoan/dat-lai-mat-khau";

    [Authorize]
    [HttpGet("/tai-khoan")]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            await signIn.SignOutAsync();
            return Redirect(LoginPath);
        }
        var roles = await users.GetRolesAsync(user);
        return View(new MyAccountModel(user.FullName, user.Email ?? "", user.PhoneNumber, [.. roles.Order(StringComparer.Ordinal)], user.CreatedAt));
    }

    [HttpGet("/tai-khoan/dang-nhap")]
    public IActionResult Login(string? returnUrl)
    {
        var safe = SafeReturnUrl(returnUrl);
        if (User.Identity?.IsAuthenticated == true) return LocalRedirect(safe ?? "/tai-khoan");
        ModelState.Clear(); // else the hidden field would echo the raw (possibly foreign) returnUrl
        return View(new LoginModel { ReturnUrl = safe });
    }

    [HttpPost("/tai-khoan/dang-nhap")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Login(LoginModel model)
    {
        model.ReturnUrl = SafeReturnUrl(model.ReturnUrl);
        ModelState.Remove(nameof(model.ReturnUrl));
        if (!ModelState.IsValid) return View(model);

        var user = await users.FindByEmailAsync(model.Email.Trim());
        if (user is not null)
        {
            var result = await signIn.PasswordSignInAsync(user, model.Password, model.RememberMe, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                logger.LogInformation("User {UserId} signed in", user.Id);
                return LocalRedirect(model.ReturnUrl ?? await StartPageAsync(user));
            }
            if (result.IsLockedOut)
            {
                logger.LogWarning("User {UserId} is locked out", user.Id);
                ModelState.AddModelError("", a["Too many failed attempts: this account is locked for a few minutes. Try again later or reset your password."]);
                return View(model);
            }
            if (result.IsNotAllowed)
            {
                ModelState.AddModelError("", a["This account is not allowed to sign in yet."]);
                return View(model);
            }
        }
        ModelState.AddModelError("", a["Incorrect email or password."]);
        return View(model);
    }

    /// <summary>Where a sign-in without a return address lands: staff in /admin, producers in /portal, customers on the shop.</summary>
    private async Task<string> StartPageAsync(AppUser user)
    {
        var roles = await users.GetRolesAsync(user);
        if (roles.Any(r => r is Roles.Administrator or Roles.OfficeStaff or Roles.TradePromotion or Roles.Inspector)) return "/admin";
        return roles.Contains(Roles.Producer) ? "/portal" : "/";
    }

    [HttpGet("/tai-khoan/dang-ky")]
    public IActionResult Register(string? returnUrl)
    {
        var safe = SafeReturnUrl(returnUrl);
        if (User.Identity?.IsAuthenticated == true) return LocalRedirect(safe ?? "/tai-khoan");
        ModelState.Clear();
        return View(new RegisterModel { ReturnUrl = safe });
    }

    [HttpPost("/tai-khoan/dang-ky")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Register(RegisterModel model)
    {
        model.ReturnUrl = SafeReturnUrl(model.ReturnUrl);
        ModelState.Remove(nameof(model.ReturnUrl));
        if (!ModelState.IsValid) return View(model);

        var email = model.Email.Trim();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            FullName = model.FullName.Trim(),
            PhoneNumber = string.IsNullOrWhiteSpace(model.PhoneNumber) ? null : model.PhoneNumber.Trim(),
            CreatedAt = time.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, model.Password);
        if (!created.Succeeded)
        {
            AddErrors(created);
            return View(model);
        }
        var role = await users.AddToRoleAsync(user, Roles.Customer);
        if (!role.Succeeded)
        {
            logger.LogError("Could not add new user {UserId} to role {Role}: {Errors}", user.Id, Roles.Customer, string.Join("; ", role.Errors.Select(e => e.Code)));
            await users.DeleteAsync(user);
            AddErrors(role);
            return View(model);
        }
        logger.LogInformation("New customer account {UserId}", user.Id);
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(model.ReturnUrl ?? "/tai-khoan");
    }

    [HttpPost("/tai-khoan/dang-xuat")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet("/tai-khoan/quen-mat-khau")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordModel());

    [HttpPost("/tai-khoan/quen-mat-khau")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordModel model, CancellationToken ct)
    {
        if (!ModelState.IsValid) return View(model);

        // The answer is the same whether or not the address has an account: no account enumeration.
        var user = await users.FindByEmailAsync(model.Email.Trim());
        if (user?.Email is not null)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = ResetLink(user.Email, token);
            try
            {
                await resetEmail.SendAsync(user, link, ct);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
            {
                // Do not reveal the failure (it would tell that the account exists); the log has it.
                logger.LogError(ex, "Could not send the password reset email to user {UserId}", user.Id);
            }
        }
        ModelState.Clear();
        return View(new ForgotPasswordModel { Email = model.Email, Sent = true });
    }

    [HttpGet("/tai-khoan/dat-lai-mat-khau")]
    public IActionResult ResetPassword(string? email, string? token)
    {
        if (string.IsNullOrEmpty(email) || string.IsNullOrEmpty(token))
            ModelState.AddModelError("", a["The reset link is invalid or has expired."]);
        return View(new ResetPasswordModel { Email = email ?? "", Token = token ?? "" });
    }

    [HttpPost("/tai-khoan/dat-lai-mat-khau")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ResetPassword(ResetPasswordModel model)
    {
        if (!ModelState.IsValid) return View(model);

        var user = await users.FindByEmailAsync(model.Email.Trim());
        var token = DecodeToken(model.Token);
        if (user is null || token is null)
        {
            ModelState.AddModelError("", a["The reset link is invalid or has expired."]);
            return View(model);
        }
        var result = await users.ResetPasswordAsync(user, token, model.Password);
        if (!result.Succeeded)
        {
            AddErrors(result);
            return View(model);
        }
        // A successful reset proves control of the mailbox: lift any lockout.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        logger.LogInformation("User {UserId} reset the password", user.Id);
        ModelState.Clear();
        return View(new ResetPasswordModel { Email = model.Email, Done = true });
    }

    [HttpGet("/tai-khoan/tu-choi")]
    public IActionResult AccessDenied(string? returnUrl)
    {
        ModelState.Clear();
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View(new AccessDeniedModel(SafeReturnUrl(returnUrl)));
    }

    private string? SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.Length <= 2048 && Url.IsLocalUrl(returnUrl) ? returnUrl : null;

    private string ResetLink(string email, string token)
    {
        var encoded = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var baseUrl = site.Value.BaseUrl.TrimEnd('/');
        if (string.IsNullOrEmpty(baseUrl)) baseUrl = $"{Request.Scheme}://{Request.Host.ToUriComponent()}{Request.PathBase.ToUriComponent()}";
        return QueryHelpers.AddQueryString(baseUrl + ResetPath, new Dictionary<string, string?> { ["email"] = email, ["token"] = encoded });
    }

    private static string? DecodeToken(string token)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private void AddErrors(IdentityResult result)
    {
        var codes = result.Errors.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var error in result.Errors)
        {
            // The user name is the email, so a duplicate shows up twice: keep the email one.
            if (error.Code == nameof(IdentityErrorDescriber.DuplicateUserName) && codes.Contains(nameof(IdentityErrorDescriber.DuplicateEmail))) continue;
            var key = error.Code switch
            {
                nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)
                    or nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => "Email",
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => "Password",
                _ => "",
            };
            ModelState.AddModelError(key, error.Description);
        }
    }
}
