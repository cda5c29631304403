using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Web.Admin.Shared;

namespace SiteErrorCms.Web.Admin.Dashboard;

public sealed record CalendarModel(IReadOnlyList<IGrouping<DateOnly, IndexedEntry>> Days, TimeZoneInfo Zone);

/// <summary>Upcoming scheduled publications, by day in the editor's own time zone.</summary>
[Authorize(Policy = AdminPolicies.EditContent)]
public sealed class CalendarController(CmsDbContext db, EditorClock editorClock) : AdminController
{
    [HttpGet("/admin/calendar")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var zone = await editorClock.ZoneAsync(ct);
        var entries = await ContentIndex.FindAsync(db, r => r.PublishAtUtc != null
            && (r.State == WorkflowState.Scheduled || (r.State == WorkflowState.Published && r.Pending)), 500, ct);
        var days = entries.OrderBy(e => e.Row.PublishAtUtc)
            .GroupBy(e => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(e.Row.PublishAtUtc!.Value, DateTimeKind.Utc), zone)))
            .ToList();
        ViewData["Title"] = "Calendar";
        return View(new CalendarModel(days, zone));
    }
}
