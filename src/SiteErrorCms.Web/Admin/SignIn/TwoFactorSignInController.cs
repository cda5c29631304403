using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Web.Admin.Shared;
using SiteErrorCms.Web.Setup;

namespace SiteErrorCms.Web.Admin.SignIn;

/// <summary>The second step after a correct password: an authenticator code or a one-time recovery code.</summary>
[AllowAnonymous]
public sealed class TwoFactorSignInController(CmsSignInManager signIn, AuditLog audit, CmsDbContext db) : AdminController
{
    [HttpGet("/admin/account/two-factor")]
    public async Task<IActionResult> TwoFactor(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? Redirect("/admin/account/sign-in")
            : View("/Admin/SignIn/TwoFactor.cshtml", new SecondFactorForm { ReturnUrl = returnUrl });

    [HttpPost("/admin/account/two-factor")]
    [EnableRateLimiting(SignInRateLimit.Policy)]
    public Task<IActionResult> TwoFactor(SecondFactorForm form) =>
        CheckAsync(form, "/Admin/SignIn/TwoFactor.cshtml", "authenticator", code => signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false));

    [HttpGet("/admin/account/recovery")]
    public async Task<IActionResult> Recovery(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? Redirect("/admin/account/sign-in")
            : View("/Admin/SignIn/Recovery.cshtml", new SecondFactorForm { ReturnUrl = returnUrl });

    [HttpPost("/admin/account/recovery")]
    [EnableRateLimiting(SignInRateLimit.Policy)]
    public Task<IActionResult> Recovery(SecondFactorForm form) =>
        CheckAsync(form, "/Admin/SignIn/Recovery.cshtml", "recovery code", signIn.TwoFactorRecoveryCodeSignInAsync);

    private async Task<IActionResult> CheckAsync(
        SecondFactorForm form, string view, string method, Func<string, Task<Microsoft.AspNetCore.Identity.SignInResult>> check)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Redirect("/admin/account/sign-in");
        }

        if (!ModelState.IsValid)
        {
            return View(view, form);
        }

        var result = await check(form.CleanCode);
        var actor = new Actor(user.Id, user.Email ?? user.Id, HttpContext.Connection.RemoteIpAddress?.ToString());
        var action = result.Succeeded ? "sign-in.succeeded" : result.IsLockedOut ? "sign-in.locked-out" : "sign-in.failed";
        audit.Record(actor, action, "User", user.Id, method);
        await db.SaveChangesAsync();
        if (result.Succeeded)
        {
            return Redirect(ReturnUrls.Safe(Url, form.ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            form.Problem = SignInController.Locked;
        }
        else
        {
            ModelState.AddModelError(nameof(form.Code), "That code is not valid. Check the clock on your device and try the newest code.");
        }

        return View(view, form);
    }
}
