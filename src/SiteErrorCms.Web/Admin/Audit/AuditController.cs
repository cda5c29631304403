using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Web.Admin.Shared;

namespace SiteErrorCms.Web.Admin.Audit;

[Authorize(Policy = AdminPolicies.ManageSite)]
public sealed class AuditController(CmsDbContext db) : AdminController
{
    [HttpGet("/admin/audit")]
    public async Task<IActionResult> Index([FromQuery] AuditQuery query, CancellationToken ct)
    {
        var rows = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            rows = rows.Where(a => a.Action == query.Action);
        }

        if (!string.IsNullOrWhiteSpace(query.User))
        {
            var user = query.User.Trim();
            rows = rows.Where(a => (a.UserName != null && a.UserName.Contains(user)) || a.UserId == user);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            rows = rows.Where(a => a.EntityType == query.EntityType.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            rows = rows.Where(a => a.EntityId == query.EntityId.Trim());
        }

        if (query.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            rows = rows.Where(a => a.CreatedUtc >= start);
        }

        if (query.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            rows = rows.Where(a => a.CreatedUtc < end);
        }

        var page = await rows.OrderByDescending(a => a.CreatedUtc).ThenByDescending(a => a.Id).ToPageAsync(query.Page, ct);
        var actions = await db.AuditEntries.Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync(ct);
        return View("Index", new AuditListModel(query with { Page = page.Number }, actions, page.Rows, page.Total, page.Count));
    }
}
