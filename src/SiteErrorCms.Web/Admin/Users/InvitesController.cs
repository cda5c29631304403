using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Web.Admin.Shared;
using SiteErrorCms.Web.Setup;

namespace SiteErrorCms.Web.Admin.Users;

/// <summary>Invitations: a one-time link valid for 7 days. The page shows it to copy, since this server sends no mail.</summary>
[Authorize(Policy = AdminPolicies.ManageSite)]
public sealed class InvitesController(
    CmsDbContext db, UserManager<CmsUser> users, AccountTokens tokens, AuditLog audit, TimeProvider clock, IOptions<SiteOptions> site) : AdminController
{
    private const string View_ = "/Admin/Users/Index.cshtml";

    [HttpPost("/admin/users/invite")]
    public async Task<IActionResult> Create(string? email, string? role, CancellationToken cancellationToken)
    {
        email = email?.Trim() ?? "";
        if (!new EmailAddressAttribute().IsValid(email) || email.Length is 0 or > 256)
        {
            ModelState.AddModelError(nameof(email), "Enter a valid email address.");
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            ModelState.AddModelError(nameof(email), "Someone already has an account with this address.");
        }

        if (role is null || !CmsRoles.All.Contains(role))
        {
            ModelState.AddModelError(nameof(role), "Choose a role.");
        }

        var page = await UsersPage.LoadAsync(db, clock, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View(View_, page with { InviteEmail = email, InviteRole = role ?? CmsRoles.Author });
        }

        var secret = tokens.Issue(AccountTokenPurpose.Invite, role!, email, CurrentActor.UserId);
        audit.Record(CurrentActor, "invite.created", "Invite", email, $"role: {role}");
        await db.SaveChangesAsync(cancellationToken);
        var link = site.Value.Origin(Request) + $"/admin/invite/{secret}";
        return View(View_, await UsersPage.LoadAsync(db, clock, cancellationToken) with { NewInviteLink = link, InviteEmail = email });
    }

    [HttpPost("/admin/users/invites/{id:int}/revoke")]
    public async Task<IActionResult> Revoke(int id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var invite = await db.AccountTokens.SingleOrDefaultAsync(
            t => t.Id == id && t.Purpose == AccountTokenPurpose.Invite && t.UsedUtc == null && t.ExpiresUtc > now, cancellationToken);
        if (invite is null)
        {
            return NotFound();
        }

        invite.ExpiresUtc = now;
        audit.Record(CurrentActor, "invite.revoked", "Invite", invite.Email);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = $"The invitation for {invite.Email} no longer works.";
        return Redirect("/admin/users");
    }
}
