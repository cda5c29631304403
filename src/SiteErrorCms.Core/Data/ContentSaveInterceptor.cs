using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Core.Data;

/// <summary>The save rules every editable entry shares: timestamps from the injected clock and a fresh concurrency token.</summary>
public sealed class ContentSaveInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in context.ChangeTracker.Entries<ContentEntity>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.CreatedUtc = now;
                entry.Entity.UpdatedUtc = now;
                entry.Entity.Version = Guid.NewGuid();
            }
            else if (entry.State == EntityState.Modified || HasChangedChildren(entry))
            {
                entry.State = EntityState.Modified;
                entry.Entity.UpdatedUtc = now;
                entry.Entity.Version = Guid.NewGuid();
            }
        }
    }

    // A FAQ or snippet edit is an edit of its status code: the parent's token must move too, or a
    // colleague holding the old version could overwrite it without a conflict. Collections of other
    // editable entries (a category's codes) are entries in their own right and do not count.
    private static bool HasChangedChildren(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<ContentEntity> entry) =>
        entry.Navigations
            .OfType<Microsoft.EntityFrameworkCore.ChangeTracking.CollectionEntry>()
            .Where(n => n.CurrentValue is not null && !typeof(ContentEntity).IsAssignableFrom(n.Metadata.TargetEntityType.ClrType))
            .SelectMany(n => n.CurrentValue!.Cast<object>())
            .Any(child => entry.Context.Entry(child).State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
}
