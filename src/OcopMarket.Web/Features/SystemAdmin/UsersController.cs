using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Data;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.SystemAdmin;

/// <summary>Accounts and roles, /admin/nguoi-dung. Administrators only: office staff are refused on every action.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Administrator)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class UsersController(OcopDbContext db, UserManager<AppUser> users, UserAdministration admin,
    IStringLocalizer<SystemResource> l, TimeProvider time) : Controller
{
    public const string ListPath = "/admin/nguoi-dung";

    private static readonly SortMap<AppUser> Sorts = new SortMap<AppUser>()
        .Add("name", u => u.FullName)
        .Add("email", u => u.Email)
        .Add("created", u => u.CreatedAt);

    [HttpGet(ListPath)]
    public async Task<IActionResult> Index([FromQuery] UserListQuery query, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var rows = db.Users.AsNoTracking().AsQueryable();
        if (query.Text is { } text)
        {
            var lower = text.ToLowerInvariant();
            var upper = text.ToUpperInvariant();
            rows = rows.Where(u => u.NormalizedEmail!.Contains(upper) || u.FullName.ToLower().Contains(lower));
        }
        if (Roles.All.Contains(query.Role))
        {
            var roleName = query.Role;
            rows = rows.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == roleName)));
        }
        else query.Role = null;
        rows = query.Status switch
        {
            "locked" => rows.Where(u => u.LockoutEnd != null && u.LockoutEnd > now),
            "active" => rows.Where(u => u.LockoutEnd == null || u.LockoutEnd <= now),
            _ => rows,
        };
        var page = await rows.ToPagedListAsync(query, Sorts, ct);

        // Roles and producer names of the page's users only, one query each.
        var ids = page.Items.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        var byUser = roles.ToLookup(x => x.UserId, x => x.Name!);
        var producerIds = page.Items.Where(u => u.ProducerId is not null).Select(u => u.ProducerId!.Value).Distinct().ToList();
        var producers = await db.Producers.Where(p => producerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var rowsPage = page.Map(u => new UserRow(u.Id, u.Email ?? "", u.FullName,
            u.ProducerId is int pid ? producers.GetValueOrDefault(pid) : null, u.LockoutEnd, u.CreatedAt)
        {
            Roles = [.. byUser[u.Id].OrderBy(r => Array.IndexOf(Roles.All, r))],
        });
        return View(new UserListModel(rowsPage, query, now));
    }

    [HttpGet(ListPath + "/them")]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        await LoadProducersAsync(ct);
        return View(new UserCreateForm());
    }

    [HttpPost(ListPath + "/them")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(UserCreateForm form, CancellationToken ct)
    {
        CheckCrossFieldRules(form);
        if (ModelState.IsValid)
        {
            var result = await admin.CreateAsync(form, ct);
            if (result.Succeeded)
            {
                Status(result.Warning ?? (form.PasswordMode == InitialPassword.EmailLink
                    ? l["Account created. A link to choose a password was sent to {0}.", form.Email.Trim()].Value
                    : l["Account created."].Value), result.Warning is null ? "success" : "warning");
                return Redirect($"{ListPath}/{result.UserId}");
            }
            AddErrors(result);
        }
        await LoadProducersAsync(ct);
        // Never send a typed password back to the browser.
        form.Password = form.ConfirmPassword = null;
        return View(form);
    }

    [HttpGet(ListPath + "/{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null) return NotFound();
        var form = new UserEditForm
        {
            FullName = user.FullName,
            PhoneNumber = user.PhoneNumber,
            Roles = [.. await users.GetRolesAsync(user)],
            ProducerId = user.ProducerId,
        };
        return await EditPageAsync(user, form, ct);
    }

    [HttpPost(ListPath + "/{id:int}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = nameof(UserEditPage.Form))] UserEditForm form, CancellationToken ct)
    {
        CheckCrossFieldRules(form, nameof(UserEditPage.Form) + ".");
        if (ModelState.IsValid)
        {
            var result = await admin.UpdateAsync(id, form, User, ct);
            if (result.NotFound) return NotFound();
            if (result.Succeeded)
            {
                Status(l["Changes saved."].Value);
                return Redirect($"{ListPath}/{id}");
            }
            AddErrors(result, nameof(UserEditPage.Form) + ".");
        }
        var user = await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null) return NotFound();
        return await EditPageAsync(user, form, ct);
    }

    [HttpPost(ListPath + "/{id:int}/khoa")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Lock(int id, CancellationToken ct) =>
        Done(await admin.LockAsync(id, User, ct), id, l["The account is locked: it can no longer sign in."].Value);

    [HttpPost(ListPath + "/{id:int}/mo-khoa")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Unlock(int id, CancellationToken ct) =>
        Done(await admin.UnlockAsync(id, ct), id, l["The account is unlocked."].Value);

    [HttpPost(ListPath + "/{id:int}/dat-lai-mat-khau")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ResetPassword(int id, CancellationToken ct) =>
        Done(await admin.ForcePasswordResetAsync(id, User, ct), id, l["The old password no longer works; a link to choose a new one was emailed to the user."].Value);

    private IActionResult Done(UserAdminResult result, int id, string message)
    {
        if (result.NotFound) return NotFound();
        if (result.Succeeded) Status(result.Warning ?? message, result.Warning is null ? "success" : "warning");
        else Status(string.Join(" ", result.Errors.Select(e => e.Value)), "danger");
        return Redirect($"{ListPath}/{id}");
    }

    private async Task<IActionResult> EditPageAsync(AppUser user, UserEditForm form, CancellationToken ct)
    {
        await LoadProducersAsync(ct);
        var page = new UserEditPage(user.Id, user.Email ?? "", form, user.CreatedAt, user.LockoutEnd, user.AccessFailedCount,
            await users.HasPasswordAsync(user), users.GetUserId(User) == user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), time.GetUtcNow());
        return View("Edit", page);
    }

    private async Task LoadProducersAsync(CancellationToken ct) =>
        ViewData["Producers"] = await db.Producers.AsNoTracking().OrderBy(p => p.Name).Select(p => new ProducerChoice(p.Id, p.Name)).ToListAsync(ct);

    private void CheckCrossFieldRules(UserEditForm form, string prefix = "")
    {
        foreach (var (field, key) in form.CrossFieldErrors()) ModelState.AddModelError(prefix + field, l[key]);
    }

    private void AddErrors(UserAdminResult result, string prefix = "")
    {
        foreach (var (field, message) in result.Errors) ModelState.AddModelError(field.Length == 0 ? "" : prefix + field, message);
    }

    private void Status(string message, string kind = "success")
    {
        TempData["Status"] = message;
        TempData["StatusKind"] = kind;
    }
}
