using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Web.Admin.Shared;

namespace SiteErrorCms.Web.Admin.Settings;

[Authorize(Policy = AdminPolicies.ManageSite)]
public sealed class SettingsController(CmsDbContext db, SiteSettings settings, AuditLog audit, TimeProvider clock) : AdminController
{
    [HttpGet("/admin/settings")]
    public async Task<IActionResult> Index()
    {
        var current = await settings.GetAsync();
        return View(new SettingsForm { Name = current.Name, Tagline = current.Tagline });
    }

    [HttpPost("/admin/settings")]
    public async Task<IActionResult> Index(SettingsForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var before = await settings.GetAsync();
        await SetAsync(SiteSettings.NameKey, form.Name.Trim());
        await SetAsync(SiteSettings.TaglineKey, form.Tagline?.Trim() ?? "");
        audit.Record(CurrentActor, "settings.changed", "Settings", "site",
            $"name: {before.Name} -> {form.Name.Trim()}; tagline: {before.Tagline} -> {form.Tagline?.Trim()}");
        await db.SaveChangesAsync();
        settings.Invalidate();
        TempData["Flash"] = "Settings saved.";
        return Redirect("/admin/settings");
    }

    private async Task SetAsync(string key, string value)
    {
        var row = await db.SiteSettings.FindAsync(key);
        if (row is null)
        {
            row = new SiteSetting { Key = key };
            db.SiteSettings.Add(row);
        }

        row.Value = value;
        row.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        row.UpdatedById = CurrentActor.UserId;
    }
}

public sealed class SettingsForm
{
    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "The site needs a name.")]
    [System.ComponentModel.DataAnnotations.StringLength(100, ErrorMessage = "Keep the name under 100 characters.")]
    public string Name { get; set; } = "";

    [System.ComponentModel.DataAnnotations.StringLength(200, ErrorMessage = "Keep the tagline under 200 characters.")]
    public string? Tagline { get; set; }
}
