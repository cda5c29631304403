using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Web.Admin.Shared;

namespace SiteErrorCms.Web.Admin.Dashboard;

public sealed record TrashModel(IReadOnlyList<IndexedEntry> Entries, TimeZoneInfo Zone);

/// <summary>Deleted entries of every type, each restorable as a draft.</summary>
[Authorize(Policy = AdminPolicies.EditContent)]
public sealed class TrashController(CmsDbContext db, EditorClock editorClock) : AdminController
{
    [HttpGet("/admin/trash")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        ViewData["Title"] = "Trash";
        var entries = await ContentIndex.FindAsync(db, r => r.State == WorkflowState.Trashed, 500, ct);
        return View(new TrashModel(entries.OrderByDescending(e => e.Row.UpdatedUtc).ToList(), await editorClock.ZoneAsync(ct)));
    }
}
