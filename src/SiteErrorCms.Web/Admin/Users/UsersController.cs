using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Web.Admin.Shared;

namespace SiteErrorCms.Web.Admin.Users;

/// <summary>Who has an account, in which role, and the levers to change that. Invitations are in <see cref="InvitesController"/>.</summary>
[Authorize(Policy = AdminPolicies.ManageSite)]
public sealed class UsersController(CmsDbContext db, UserManager<CmsUser> users, AuditLog audit, TimeProvider clock) : AdminController
{
    internal const string LastAdmin = "The last enabled admin cannot be demoted or disabled. Make someone else an admin first.";

    [HttpGet("/admin/users")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await UsersPage.LoadAsync(db, clock, cancellationToken));

    [HttpPost("/admin/users/{id}/role")]
    public async Task<IActionResult> ChangeRole(string id, string role)
    {
        if (await users.FindByIdAsync(id) is not { } user || !CmsRoles.All.Contains(role))
        {
            return NotFound();
        }

        var current = await users.GetRolesAsync(user);
        if (current.SequenceEqual([role]))
        {
            return Redirect("/admin/users");
        }

        if (current.Contains(CmsRoles.Admin) && !await AnotherEnabledAdminAsync(user))
        {
            return Back(LastAdmin);
        }

        await users.RemoveFromRolesAsync(user, current);
        await users.AddToRoleAsync(user, role);
        // A new stamp ends the user's sessions now; they sign in again with the new role (and enrol in 2FA if it needs it).
        await users.UpdateSecurityStampAsync(user);
        audit.Record(CurrentActor, "user.role-changed", "User", user.Id, $"{string.Join(",", current)} -> {role}");
        await db.SaveChangesAsync();
        return Back($"{user.Email} is now {role}.");
    }

    [HttpPost("/admin/users/{id}/disable")]
    public Task<IActionResult> Disable(string id) => SetDisabledAsync(id, true);

    [HttpPost("/admin/users/{id}/enable")]
    public Task<IActionResult> Enable(string id) => SetDisabledAsync(id, false);

    [HttpPost("/admin/users/{id}/end-sessions")]
    public async Task<IActionResult> EndSessions(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        await users.UpdateSecurityStampAsync(user);
        audit.Record(CurrentActor, "user.sessions-ended", "User", user.Id);
        await db.SaveChangesAsync();
        return Back($"Every session of {user.Email} has ended.");
    }

    private async Task<IActionResult> SetDisabledAsync(string id, bool disabled)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (disabled && await users.IsInRoleAsync(user, CmsRoles.Admin) && !await AnotherEnabledAdminAsync(user))
        {
            return Back(LastAdmin);
        }

        user.IsDisabled = disabled;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        audit.Record(CurrentActor, disabled ? "user.disabled" : "user.enabled", "User", user.Id);
        await db.SaveChangesAsync();
        return Back($"{user.Email} is {(disabled ? "disabled" : "enabled")}.");
    }

    private async Task<bool> AnotherEnabledAdminAsync(CmsUser user) =>
        (await users.GetUsersInRoleAsync(CmsRoles.Admin)).Any(u => u.Id != user.Id && !u.IsDisabled);

    private RedirectResult Back(string flash)
    {
        TempData["Flash"] = flash;
        return Redirect("/admin/users");
    }
}
