using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Web.Admin.Shared;
using SiteErrorCms.Web.Admin.SignIn;

namespace SiteErrorCms.Web.Admin.Account;

/// <summary>One's own account: password, time zone, two-factor status and recovery codes.</summary>
public sealed class AccountController(UserManager<CmsUser> users, CmsSignInManager signIn, AuditLog audit, CmsDbContext db) : AdminController
{
    [HttpGet("/admin/account")]
    public async Task<IActionResult> Index() =>
        await users.GetUserAsync(User) is { } user ? View(await ModelAsync(user)) : Challenge();

    [HttpPost("/admin/account/password")]
    public async Task<IActionResult> ChangePassword(string? currentPassword, string? newPassword)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(currentPassword))
        {
            ModelState.AddModelError(nameof(currentPassword), "Enter your current password.");
        }

        if (string.IsNullOrEmpty(newPassword))
        {
            ModelState.AddModelError(nameof(newPassword), "Enter a new password.");
        }

        if (ModelState.IsValid)
        {
            var result = await users.ChangePasswordAsync(user, currentPassword!, newPassword!);
            if (result.Succeeded)
            {
                audit.Record(CurrentActor, "password.changed", "User", user.Id);
                await db.SaveChangesAsync();
                // The change gave the account a new stamp, which ends every other session; this one gets a fresh cookie.
                await signIn.RefreshSignInAsync(user);
                TempData["Flash"] = "Password changed. Other sessions of this account have been signed out.";
                return Redirect("/admin/account");
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(currentPassword) : nameof(newPassword),
                    error.Code == "PasswordMismatch" ? "That is not your current password." : error.Description);
            }
        }

        return View("Index", await ModelAsync(user));
    }

    [HttpPost("/admin/account/time-zone")]
    public async Task<IActionResult> ChangeTimeZone(string? timeZoneId)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (timeZoneId is null || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _))
        {
            ModelState.AddModelError(nameof(timeZoneId), "Choose a time zone from the list.");
            return View("Index", await ModelAsync(user) with { TimeZoneId = timeZoneId ?? "" });
        }

        user.TimeZoneId = timeZoneId;
        await users.UpdateAsync(user);
        TempData["Flash"] = $"Times are now shown in {timeZoneId}.";
        return Redirect("/admin/account");
    }

    [HttpPost("/admin/account/recovery-codes")]
    public async Task<IActionResult> RegenerateRecoveryCodes()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return Redirect(TwoFactorSetup.TwoFactorEnrollment.SetupPath);
        }

        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        audit.Record(CurrentActor, "two-factor.recovery-codes-regenerated", "User", user.Id);
        await db.SaveChangesAsync();
        return View("/Admin/TwoFactorSetup/RecoveryCodes.cshtml", codes);
    }

    private async Task<AccountModel> ModelAsync(CmsUser user) => new(
        user.Email ?? "",
        user.DisplayName,
        user.TimeZoneId,
        user.TwoFactorEnabled,
        user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0,
        (await users.GetRolesAsync(user)).FirstOrDefault() ?? "");
}

public sealed record AccountModel(string Email, string DisplayName, string TimeZoneId, bool TwoFactorEnabled, int RecoveryCodesLeft, string Role)
{
    public static IReadOnlyList<string> TimeZoneIds { get; } =
        TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Append("UTC").Distinct().Order(StringComparer.Ordinal).ToList();
}
