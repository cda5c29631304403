using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Data;

namespace SiteErrorCms.Core.Publishing;

/// <summary>
/// Keeps old public paths answering when content moves or goes. Changes are only tracked: the caller
/// saves, so a publish and its redirects commit together or not at all.
/// </summary>
/// <remarks>
/// Every method reads the change tracker as well as the database, so several moves before one save
/// (A→B, then B→C) see each other. Chains are collapsed as they form, so a reader gets one hop.
/// </remarks>
public sealed class RedirectTable(CmsDbContext db, TimeProvider clock)
{
    /// <summary>Content at <paramref name="oldPath"/> now lives at <paramref name="newPath"/>.</summary>
    public async Task PathMovedAsync(string oldPath, string newPath, CancellationToken ct)
    {
        var from = RedirectPath.Normalize(oldPath, nameof(oldPath));
        var to = RedirectPath.Normalize(newPath, nameof(newPath));
        if (from == to)
        {
            return;
        }

        await LoadAsync(r => r.FromPath == from || r.FromPath == to || r.ToPath == from, ct);
        var now = clock.GetUtcNow().UtcDateTime;

        foreach (var pointing in Tracked().Where(r => r.ToPath == from).ToList())
        {
            pointing.ToPath = to;
            pointing.UpdatedUtc = now;
        }

        Put(Tracked().FirstOrDefault(r => r.FromPath == from) ?? Revive(from), from, to, RedirectOrigin.SlugChange, now);

        // The content lives at the new path now; a redirect away from it would hide it, and one that
        // pointed at the old path has just become a self-loop.
        foreach (var stale in Tracked().Where(r => r.FromPath == to || r.FromPath == r.ToPath).ToList())
        {
            db.Redirects.Remove(stale);
        }
    }

    /// <summary>
    /// A published entry at <paramref name="path"/> was deleted: answer 410 Gone, unless the path already
    /// redirects somewhere. Redirects pointing at the path are left alone: if it comes back they work again.
    /// </summary>
    public async Task PathGoneAsync(string path, CancellationToken ct)
    {
        var from = RedirectPath.Normalize(path, nameof(path));
        await LoadAsync(r => r.FromPath == from, ct);
        if (Tracked().Any(r => r.FromPath == from))
        {
            return;
        }

        Put(Revive(from), from, null, RedirectOrigin.Deleted, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>Content is live at <paramref name="path"/> (again): no redirect or 410 may stand in front of it.</summary>
    public async Task PathLiveAsync(string path, CancellationToken ct)
    {
        var from = RedirectPath.Normalize(path, nameof(path));
        await LoadAsync(r => r.FromPath == from, ct);
        foreach (var stale in Tracked().Where(r => r.FromPath == from).ToList())
        {
            db.Redirects.Remove(stale);
        }
    }

    /// <summary>The saved redirect for a request path, or null; for the middleware, so it reads without tracking.</summary>
    public async Task<Redirect?> FindAsync(string path, CancellationToken ct) =>
        RedirectPath.TryNormalize(path, out var from)
            ? await db.Redirects.AsNoTracking().FirstOrDefaultAsync(r => r.FromPath == from, ct)
            : null;

    // Brings matching rows into the tracker. Rows already tracked keep their in-memory values, and the
    // filters on Tracked() then run on those current values, not on what the database last saw.
    private Task LoadAsync(System.Linq.Expressions.Expression<Func<Redirect, bool>> match, CancellationToken ct) =>
        db.Redirects.Where(match).LoadAsync(ct);

    private IEnumerable<Redirect> Tracked() =>
        db.ChangeTracker.Entries<Redirect>()
            .Where(e => e.State is not (EntityState.Deleted or EntityState.Detached))
            .Select(e => e.Entity);

    // Points an existing (or revived) row at the target, or adds one.
    private void Put(Redirect? row, string from, string? to, RedirectOrigin origin, DateTime now)
    {
        if (row is null)
        {
            db.Redirects.Add(new Redirect { FromPath = from, ToPath = to, Origin = origin, CreatedUtc = now, UpdatedUtc = now });
            return;
        }

        row.ToPath = to;
        row.Origin = origin;
        row.UpdatedUtc = now;
    }

    // A row removed earlier in this unit of work is reused rather than deleted and re-added, so the
    // save never has to order a DELETE before an INSERT on the unique FromPath.
    private Redirect? Revive(string from)
    {
        var deleted = db.ChangeTracker.Entries<Redirect>().FirstOrDefault(e => e.State == EntityState.Deleted && e.Entity.FromPath == from);
        if (deleted is null)
        {
            return null;
        }

        deleted.State = EntityState.Modified;
        return deleted.Entity;
    }
}
