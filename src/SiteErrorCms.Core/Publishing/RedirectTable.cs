using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Data;

namespace SiteErrorCms.Core.Publishing;

/// <summary>Keeps old public URLs working: 301s after a slug change, 410 after a deletion. Changes join the caller's save.</summary>
public sealed class RedirectTable(CmsDbContext db, TimeProvider clock)
{
    public async Task PathMovedAsync(string oldPath, string newPath, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var pointing in await db.Redirects.Where(r => r.ToPath == oldPath).ToListAsync(ct))
        {
            pointing.ToPath = newPath;
            pointing.UpdatedUtc = now;
        }

        var existing = await db.Redirects.FirstOrDefaultAsync(r => r.FromPath == oldPath, ct);
        if (existing is null)
        {
            db.Redirects.Add(new Redirect { FromPath = oldPath, ToPath = newPath, Origin = RedirectOrigin.SlugChange, CreatedUtc = now, UpdatedUtc = now });
        }
        else
        {
            existing.ToPath = newPath;
            existing.UpdatedUtc = now;
        }

        await PathLiveAsync(newPath, ct);
    }

    public async Task PathGoneAsync(string path, CancellationToken ct)
    {
        if (!await db.Redirects.AnyAsync(r => r.FromPath == path, ct))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            db.Redirects.Add(new Redirect { FromPath = path, ToPath = null, Origin = RedirectOrigin.Deleted, CreatedUtc = now, UpdatedUtc = now });
        }
    }

    public async Task PathLiveAsync(string path, CancellationToken ct) =>
        db.Redirects.RemoveRange(await db.Redirects.Where(r => r.FromPath == path).ToListAsync(ct));

    public Task<Redirect?> FindAsync(string path, CancellationToken ct) =>
        db.Redirects.AsNoTracking().FirstOrDefaultAsync(r => r.FromPath == path, ct);
}
