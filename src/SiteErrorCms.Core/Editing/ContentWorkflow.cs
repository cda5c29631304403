using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Blog;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Core.Editing;

/// <summary>
/// Every change an editor makes to content: save (with merge), publish, schedule, unpublish, archive,
/// trash and restore. Each step writes its revision, audit entry and redirects in one transaction.
/// </summary>
public sealed class ContentWorkflow(CmsDbContext db, TimeProvider clock, AuditLog audit, RedirectTable redirects, PrePublishChecklist checklist, Revisions revisions)
{
    /// <summary>The fields an editor sees: the pending edit of a published entry, else its columns.</summary>
    public static FieldValues Current(IEditable type, ContentEntity entity) =>
        entity.PendingSnapshot is { } pending ? FieldValues.FromJson(pending) : type.Read(entity);

    public async Task<SaveOutcome> CreateAsync(IEditable type, FieldValues values, Actor actor, string? note, CancellationToken ct)
    {
        var errors = await type.ValidateAsync(db, null, values, ct);
        if (errors.Count > 0)
        {
            return new SaveOutcome.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var entity = await type.CreateAsync(db, values, actor, ct);
        await db.SaveChangesAsync(ct);
        revisions.Add(type, entity, type.Read(entity), "create", actor, note);
        audit.Record(actor, "content.create", type.EntityType, Id(entity), type.Title(values));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new SaveOutcome.Saved(entity, []);
    }

    /// <summary>
    /// Saves an edit made from <paramref name="baseVersion"/>. When a colleague saved since, fields only
    /// one side changed merge; if both changed a field differently nothing is written to the entry, the
    /// editor's text is kept as a conflict revision, and the three versions go back for a decision.
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(IEditable type, int id, FieldValues mine, Guid baseVersion, Actor actor, string? note, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var entity = await type.FindAsync(db, id, ct);
        if (entity is null || entity.State == WorkflowState.Trashed)
        {
            return new SaveOutcome.Missing();
        }

        var current = Current(type, entity);
        var values = mine;
        IReadOnlyList<string> fromTheirs = [];
        if (entity.Version != baseVersion)
        {
            var @base = await revisions.AtVersionAsync(type, id, baseVersion, ct) ?? new FieldValues();
            var merge = ThreeWayMerge.Merge(@base, current, mine);
            if (merge.Conflicts.Count > 0)
            {
                // Nothing the editor typed is lost, even if they close the tab now.
                revisions.Add(type, entity, mine, "conflict", actor, "Kept when a colleague's newer save conflicted");
                await db.SaveChangesAsync(ct);
                return new SaveOutcome.Conflict(@base, current, mine, merge, entity.Version);
            }

            values = merge.Merged;
            fromTheirs = merge.TakenFromTheirs;
        }

        var errors = await type.ValidateAsync(db, id, values, ct);
        if (errors.Count > 0)
        {
            return new SaveOutcome.Invalid(errors);
        }

        if (values.ValueEquals(current))
        {
            return new SaveOutcome.Unchanged(entity);
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await revisions.EnsureBaselineAsync(type, entity, current, ct);
            if (entity.State == WorkflowState.Published)
            {
                // Readers keep the published columns until someone publishes this.
                entity.PendingSnapshot = values.ToJson();
            }
            else
            {
                await type.ApplyAsync(db, entity, values, ct);
            }

            db.Entry(entity).State = EntityState.Modified;
            await db.SaveChangesAsync(ct);
            revisions.Add(type, entity, values, "save", actor, note);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A colleague saved between our read and write: go round again, merging against theirs.
            return await SaveAsync(type, id, mine, baseVersion, actor, note, ct);
        }

        return new SaveOutcome.Saved(entity, fromTheirs);
    }

    public async Task<StepOutcome> PublishAsync(IEditable type, int id, Actor actor, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var entity = await type.FindAsync(db, id, ct);
        if (entity is null || entity.State == WorkflowState.Trashed)
        {
            return StepOutcome.Refused("That entry no longer exists.");
        }

        if (entity.State == WorkflowState.Published && entity.PendingSnapshot is null)
        {
            return StepOutcome.Ok("Already published; nothing was waiting.");
        }

        var values = Current(type, entity);
        var checks = await checklist.CheckAsync(type, id, values, ct);
        if (checks.Any(c => c.Severity == CheckSeverity.Blocker))
        {
            return StepOutcome.Refused("Not published: fix the items marked as blocking first.", checks);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await revisions.EnsureBaselineAsync(type, entity, values, ct);
        var oldPath = entity.State == WorkflowState.Published ? type.PublicPath(entity) : null;
        if (entity.PendingSnapshot is not null)
        {
            await type.ApplyAsync(db, entity, values, ct);
            entity.PendingSnapshot = null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (entity is BlogPost post && (post.PublishedUtc is null || entity.State != WorkflowState.Published))
        {
            post.PublishedUtc = entity.PublishAtUtc is { } due && due <= now ? due : now;
        }

        entity.State = WorkflowState.Published;
        entity.PublishAtUtc = null;
        db.Entry(entity).State = EntityState.Modified;
        if (type.PublicPath(entity) is { } newPath)
        {
            if (oldPath is not null && oldPath != newPath)
            {
                await redirects.PathMovedAsync(oldPath, newPath, ct);
            }
            else
            {
                await redirects.PathLiveAsync(newPath, ct);
            }
        }

        audit.Record(actor, "content.publish", type.EntityType, Id(entity), type.Title(values));
        await db.SaveChangesAsync(ct);
        revisions.Add(type, entity, values, "publish", actor, null);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return StepOutcome.Ok($"Published. Readers see it now{(oldPath is not null && oldPath != type.PublicPath(entity) ? $"; {oldPath} redirects to the new address" : "")}.", checks);
    }

    /// <summary>Publishes the entry (or its pending changes) at <paramref name="whenUtc"/>; the scheduler does the rest.</summary>
    public async Task<StepOutcome> ScheduleAsync(IEditable type, int id, DateTime whenUtc, Actor actor, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var entity = await type.FindAsync(db, id, ct);
        if (entity is null || entity.State is WorkflowState.Trashed)
        {
            return StepOutcome.Refused("That entry no longer exists.");
        }

        if (whenUtc <= clock.GetUtcNow().UtcDateTime)
        {
            return StepOutcome.Refused("Choose a time in the future, or publish now.");
        }

        if (entity.State == WorkflowState.Published && entity.PendingSnapshot is null)
        {
            return StepOutcome.Refused("It is already published and nothing is waiting to be published.");
        }

        var checks = await checklist.CheckAsync(type, id, Current(type, entity), ct);
        if (checks.Any(c => c.Severity == CheckSeverity.Blocker))
        {
            return StepOutcome.Refused("Not scheduled: fix the items marked as blocking first.", checks);
        }

        entity.PublishAtUtc = DateTime.SpecifyKind(whenUtc, DateTimeKind.Utc);
        if (entity.State != WorkflowState.Published)
        {
            entity.State = WorkflowState.Scheduled;
        }

        audit.Record(actor, "content.schedule", type.EntityType, Id(entity), $"{type.Title(Current(type, entity))} at {whenUtc:yyyy-MM-dd HH:mm} UTC");
        await db.SaveChangesAsync(ct);
        return StepOutcome.Ok($"Scheduled for {whenUtc:yyyy-MM-dd HH:mm} UTC.", checks);
    }

    public Task<StepOutcome> UnscheduleAsync(IEditable type, int id, Actor actor, CancellationToken ct) =>
        MoveAsync(type, id, actor, "content.unschedule", e => e.PublishAtUtc is not null, e =>
        {
            e.PublishAtUtc = null;
            if (e.State == WorkflowState.Scheduled)
            {
                e.State = WorkflowState.Draft;
            }
        }, "No longer scheduled.", ct);

    public Task<StepOutcome> SubmitForReviewAsync(IEditable type, int id, Actor actor, CancellationToken ct) =>
        MoveAsync(type, id, actor, "content.submit", e => e.State == WorkflowState.Draft, e => e.State = WorkflowState.InReview,
            "Submitted: an editor will review and publish it.", ct);

    public Task<StepOutcome> ReturnToDraftAsync(IEditable type, int id, Actor actor, CancellationToken ct) =>
        MoveAsync(type, id, actor, "content.return", e => e.State is WorkflowState.InReview or WorkflowState.Archived, e => e.State = WorkflowState.Draft,
            "Back to draft.", ct);

    /// <summary>Takes a published entry off the site; waiting changes become the draft, nothing is lost.</summary>
    public Task<StepOutcome> UnpublishAsync(IEditable type, int id, Actor actor, CancellationToken ct) =>
        MoveAsync(type, id, actor, "content.unpublish", e => e.State == WorkflowState.Published, e =>
        {
            e.State = WorkflowState.Draft;
            e.PublishAtUtc = null;
        }, "Unpublished: readers no longer see it; it is a draft again.", ct, leavesSite: true, refusal: "Only a published entry can be unpublished.");

    public Task<StepOutcome> ArchiveAsync(IEditable type, int id, Actor actor, CancellationToken ct) =>
        MoveAsync(type, id, actor, "content.archive", e => e.State is not (WorkflowState.Trashed or WorkflowState.Archived), e =>
        {
            e.State = WorkflowState.Archived;
            e.PublishAtUtc = null;
        }, "Archived: off the site, kept for reference.", ct, leavesSite: true, refusal: "That entry cannot be archived.");

    /// <summary>Moves the entry to the trash; a published one answers 410 Gone at its address from now on.</summary>
    public async Task<StepOutcome> TrashAsync(IEditable type, int id, Actor actor, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var entity = await type.FindAsync(db, id, ct);
        if (entity is null || entity.State == WorkflowState.Trashed)
        {
            return StepOutcome.Refused("That entry is already in the trash.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (entity.State == WorkflowState.Published && type.PublicPath(entity) is { } path)
        {
            await redirects.PathGoneAsync(path, ct);
        }

        await FoldPendingAsync(type, entity, ct);
        entity.State = WorkflowState.Trashed;
        entity.PublishAtUtc = null;
        entity.TrashedUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record(actor, "content.delete", type.EntityType, Id(entity), type.Title(type.Read(entity)));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return StepOutcome.Ok("Moved to the trash. It can be restored from there.");
    }

    public Task<StepOutcome> RestoreFromTrashAsync(IEditable type, int id, Actor actor, CancellationToken ct) =>
        MoveAsync(type, id, actor, "content.restore", e => e.State == WorkflowState.Trashed, e =>
        {
            e.State = WorkflowState.Draft;
            e.TrashedUtc = null;
        }, "Restored from the trash as a draft.", ct);

    /// <summary>Makes an old revision the current draft (the pending change, for a published entry). History is kept.</summary>
    public async Task<StepOutcome> RestoreRevisionAsync(IEditable type, int id, int revisionId, Actor actor, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var entity = await type.FindAsync(db, id, ct);
        var revision = await db.Revisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == revisionId && r.EntityType == type.EntityType && r.EntityId == id, ct);
        if (entity is null || entity.State == WorkflowState.Trashed || revision is null)
        {
            return StepOutcome.Refused("That revision or entry no longer exists.");
        }

        var values = FieldValues.FromJson(revision.Snapshot);
        var errors = await type.ValidateAsync(db, id, values, ct);
        if (errors.Count > 0)
        {
            return StepOutcome.Refused(
                "That revision cannot be restored as it is: " + string.Join(" ", errors.Values),
                [.. errors.Select(e => new CheckItem(CheckSeverity.Blocker, e.Key, e.Value))]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await revisions.EnsureBaselineAsync(type, entity, Current(type, entity), ct);
        if (entity.State == WorkflowState.Published)
        {
            entity.PendingSnapshot = values.ToJson();
        }
        else
        {
            await type.ApplyAsync(db, entity, values, ct);
            entity.State = WorkflowState.Draft;
            entity.PublishAtUtc = null;
        }

        db.Entry(entity).State = EntityState.Modified;
        audit.Record(actor, "content.restore-revision", type.EntityType, Id(entity), $"revision {revision.Id} of {revision.CreatedUtc:yyyy-MM-dd HH:mm} UTC");
        await db.SaveChangesAsync(ct);
        revisions.Add(type, entity, values, "restore", actor, $"Restored revision #{revision.Id}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return StepOutcome.Ok(entity.State == WorkflowState.Published
            ? $"Revision #{revision.Id} restored as pending changes; readers see it once you publish."
            : $"Revision #{revision.Id} restored as the draft.");
    }

    /// <summary>Publishes everything due at <paramref name="nowUtc"/>. Safe to run on several instances at once.</summary>
    public async Task<IReadOnlyList<(IEditable Type, int Id, StepOutcome Outcome)>> PublishDueAsync(DateTime nowUtc, CancellationToken ct)
    {
        var results = new List<(IEditable, int, StepOutcome)>();
        foreach (var type in ContentTypes.All)
        {
            var due = await DueQuery(db, type, nowUtc).Select(e => e.Id).ToListAsync(ct);
            foreach (var id in due)
            {
                try
                {
                    results.Add((type, id, await PublishAsync(type, id, Actor.Scheduler, ct)));
                }
                catch (DbUpdateConcurrencyException)
                {
                    // Another instance, or an editor, got there first: nothing to do.
                }
            }
        }

        return results;
    }

    public static IQueryable<ContentEntity> DueQuery(CmsDbContext db, IEditable type, DateTime nowUtc) =>
        type.Entries(db).Where(e => e.PublishAtUtc != null && e.PublishAtUtc <= nowUtc
            && (e.State == WorkflowState.Scheduled || (e.State == WorkflowState.Published && e.PendingSnapshot != null)));

    /// <param name="leavesSite">The step takes the entry off the site, so its pending edit becomes the entry first.</param>
    private async Task<StepOutcome> MoveAsync(
        IEditable type,
        int id,
        Actor actor,
        string action,
        Func<ContentEntity, bool> allowed,
        Action<ContentEntity> move,
        string message,
        CancellationToken ct,
        bool leavesSite = false,
        string refusal = "That step does not apply to the entry as it stands now.")
    {
        db.ChangeTracker.Clear();
        var entity = await type.FindAsync(db, id, ct);
        if (entity is null || !allowed(entity))
        {
            return StepOutcome.Refused(refusal);
        }

        if (leavesSite)
        {
            await FoldPendingAsync(type, entity, ct);
        }

        move(entity);
        audit.Record(actor, action, type.EntityType, Id(entity), type.Title(Current(type, entity)));
        await db.SaveChangesAsync(ct);
        return StepOutcome.Ok(message);
    }

    // When an entry leaves the site, its waiting edit becomes the entry: nobody reads it any more.
    private async Task FoldPendingAsync(IEditable type, ContentEntity entity, CancellationToken ct)
    {
        if (entity.PendingSnapshot is { } pending)
        {
            await type.ApplyAsync(db, entity, FieldValues.FromJson(pending), ct);
            entity.PendingSnapshot = null;
        }

        db.Entry(entity).State = EntityState.Modified;
    }

    private static string Id(ContentEntity entity) => entity.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
