using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Core.Editing;

/// <summary>Full snapshots of an entry's fields, one per save, findable by the version they produced.</summary>
public sealed class Revisions(CmsDbContext db, TimeProvider clock)
{
    public Revision Add(IEditable type, ContentEntity entity, FieldValues values, string action, Actor actor, string? note)
    {
        var revision = new Revision
        {
            EntityType = type.EntityType,
            EntityId = entity.Id,
            Snapshot = values.ToJson(),
            Version = entity.Version,
            Action = action,
            AuthorId = actor.UserId,
            AuthorName = AuditLog.Clean(actor.Name, 256),
            Note = string.IsNullOrWhiteSpace(note) ? null : AuditLog.Clean(note.Trim(), 500),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Revisions.Add(revision);
        return revision;
    }

    /// <summary>
    /// Seeded entries have no history yet: before the first change, the state it changes from is kept,
    /// so the first edit can be diffed, restored, and merged against.
    /// </summary>
    public async Task EnsureBaselineAsync(IEditable type, ContentEntity entity, FieldValues current, CancellationToken ct)
    {
        var version = entity.Version;
        if (!await db.Revisions.AnyAsync(r => r.EntityType == type.EntityType && r.EntityId == entity.Id && r.Version == version && r.Action != "conflict", ct))
        {
            Add(type, entity, current, "baseline", Actor.Seed, "As it was before the first edit in the admin");
        }
    }

    public async Task<FieldValues?> AtVersionAsync(IEditable type, int id, Guid version, CancellationToken ct)
    {
        var snapshot = await db.Revisions.AsNoTracking()
            .Where(r => r.EntityType == type.EntityType && r.EntityId == id && r.Version == version && r.Action != "conflict")
            .OrderByDescending(r => r.Id).Select(r => r.Snapshot).FirstOrDefaultAsync(ct);
        return snapshot is null ? null : FieldValues.FromJson(snapshot);
    }
}
