using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Web.Admin.Shared;
using SiteErrorCms.Web.Admin.TwoFactorSetup;
using SiteErrorCms.Web.Setup;

namespace SiteErrorCms.Web.Admin.SignIn;

/// <summary>Password sign-in, sign-out and the access-denied page. The second step is in <see cref="TwoFactorSignInController"/>.</summary>
public sealed class SignInController(CmsSignInManager signIn, UserManager<CmsUser> users, AuditLog audit, CmsDbContext db) : AdminController
{
    // One text for unknown email, wrong password and disabled account: the page must not tell which exists.
    internal const string Generic = "That email and password do not match an active account.";
    internal const string Locked = "Too many failed attempts: this account is locked for 15 minutes. Try again later.";

    [AllowAnonymous]
    [HttpGet("/admin/account/sign-in")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("/admin/account/sign-in")]
    [EnableRateLimiting(SignInRateLimit.Policy)]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await users.FindByEmailAsync(form.Email.Trim());
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        var actor = new Actor(user?.Id, user?.Email ?? form.Email, HttpContext.Connection.RemoteIpAddress?.ToString());
        if (result.Succeeded)
        {
            audit.Record(actor, "sign-in.succeeded", "User", user!.Id, "password");
            await db.SaveChangesAsync();
            var roles = await users.GetRolesAsync(user);
            return roles.Any(CmsRoles.RequiresTwoFactor) ? Redirect(TwoFactorEnrollment.SetupPath) : Redirect(ReturnUrls.Safe(Url, form.ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return Redirect("/admin/account/two-factor?returnUrl=" + Uri.EscapeDataString(ReturnUrls.Safe(Url, form.ReturnUrl)));
        }

        audit.Record(actor, result.IsLockedOut ? "sign-in.locked-out" : "sign-in.failed", "User", user?.Id, $"email: {form.Email}");
        await db.SaveChangesAsync();
        form.Problem = result.IsLockedOut ? Locked : Generic;
        return View(form);
    }

    /// <summary>New stamp first, so a copy of this cookie replayed later is refused, then the cookie goes.</summary>
    [HttpPost("/admin/account/sign-out")]
    public async Task<IActionResult> SignOutNow(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            audit.Record(CurrentActor, "sign-out", "User", user.Id);
            await db.SaveChangesAsync(cancellationToken);
        }

        await signIn.SignOutAsync();
        return Redirect("/admin/account/sign-in");
    }

    [AllowAnonymous]
    [HttpGet("/admin/account/denied")]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }
}
