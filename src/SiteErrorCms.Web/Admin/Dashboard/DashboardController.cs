using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Editing;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Web.Admin.Shared;

namespace SiteErrorCms.Web.Admin.Dashboard;

public sealed class DashboardModel
{
    public required IReadOnlyList<(Revision Revision, IEditable? Type)> RecentChanges { get; init; }

    public required IReadOnlyList<IndexedEntry> MyDrafts { get; init; }

    public required IReadOnlyList<IndexedEntry> AwaitingReview { get; init; }

    public required IReadOnlyList<IndexedEntry> Scheduled { get; init; }

    public required IReadOnlyList<IndexedEntry> Missed { get; init; }

    public PublisherRun? LastRun { get; init; }

    public required bool SchedulerLate { get; init; }

    public required bool IsEditor { get; init; }

    public required TimeZoneInfo Zone { get; init; }
}

public sealed class DashboardController(CmsDbContext db, EditorClock editorClock, IAuthorizationService authorization) : AdminController
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var isEditor = (await authorization.AuthorizeAsync(User, AdminPolicies.EditContent)).Succeeded;
        var now = editorClock.UtcNow;
        var missedBefore = now - ScheduledPublisher.MissedAfter;
        var posts = ContentTypes.Find("posts");

        var recent = await db.Revisions.AsNoTracking().Where(r => r.Action != "baseline" && (isEditor || r.AuthorId == me))
            .OrderByDescending(r => r.Id).Take(15).ToListAsync(ct);

        // "Mine": entries whose latest save was mine and that are not live as saved.
        var mySaves = await db.Revisions.AsNoTracking().Where(r => r.AuthorId == me && r.Action != "conflict")
            .OrderByDescending(r => r.Id).Select(r => new { r.EntityType, r.EntityId }).Take(200).ToListAsync(ct);
        var myDrafts = new List<IndexedEntry>();
        foreach (var group in mySaves.Distinct().GroupBy(s => s.EntityType))
        {
            if (ContentTypes.ForEntityType(group.Key) is { } type && (isEditor || type.ForAuthors))
            {
                var ids = group.Select(g => g.EntityId).ToList();
                myDrafts.AddRange(await ContentIndex.FindAsync(db, r => ids.Contains(r.Id) && (r.State == WorkflowState.Draft || r.State == WorkflowState.InReview || r.Pending), 20, ct, type));
            }
        }

        var lastRun = await db.PublisherRuns.AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        var scheduled = isEditor
            ? await ContentIndex.FindAsync(db, r => r.PublishAtUtc != null && r.PublishAtUtc >= missedBefore, 50, ct)
            : await ContentIndex.FindAsync(db, r => r.PublishAtUtc != null && r.OwnerId == me, 50, ct, posts);
        return View(new DashboardModel
        {
            RecentChanges = recent.Select(r => (r, ContentTypes.ForEntityType(r.EntityType))).ToList(),
            MyDrafts = myDrafts.OrderByDescending(e => e.Row.UpdatedUtc).Take(20).ToList(),
            AwaitingReview = isEditor ? await ContentIndex.FindAsync(db, r => r.State == WorkflowState.InReview, 50, ct) : [],
            Scheduled = scheduled.Where(e => e.Row.PublishAtUtc >= missedBefore).OrderBy(e => e.Row.PublishAtUtc).ToList(),
            Missed = isEditor ? (await ContentIndex.FindAsync(db, r => r.PublishAtUtc != null && r.PublishAtUtc < missedBefore
                && (r.State == WorkflowState.Scheduled || (r.State == WorkflowState.Published && r.Pending)), 50, ct)).OrderBy(e => e.Row.PublishAtUtc).ToList() : [],
            LastRun = lastRun,
            SchedulerLate = lastRun is null || lastRun.StartedUtc < now - TimeSpan.FromMinutes(5),
            IsEditor = isEditor,
            Zone = await editorClock.ZoneAsync(ct),
        });
    }
}
