namespace SiteErrorCms.Core.Publishing;

/// <summary>Base of every editable entry: workflow state, timestamps and the concurrency token.</summary>
public abstract class ContentEntity
{
    public int Id { get; set; }

    public WorkflowState State { get; set; } = WorkflowState.Published;

    /// <summary>
    /// App-managed concurrency token: replaced on every save by <c>ContentSaveInterceptor</c>, so it
    /// behaves the same on SQLite (no rowversion) and PostgreSQL (no need for xmin).
    /// </summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>
    /// Fingerprint of the seed document this entry was last imported from. When the entry's own
    /// fingerprint differs, an editor changed it and the importer leaves it alone.
    /// </summary>
    public string? SeedFingerprint { get; set; }

    /// <summary>
    /// The edited fields (JSON) of a published entry that are not published yet. Readers keep seeing
    /// the columns; publishing applies this and clears it.
    /// </summary>
    public string? PendingSnapshot { get; set; }

    /// <summary>When the scheduler publishes the entry (or its pending changes). UTC.</summary>
    public DateTime? PublishAtUtc { get; set; }

    /// <summary>When the entry went to the trash. UTC.</summary>
    public DateTime? TrashedUtc { get; set; }

    public bool HasPendingChanges => PendingSnapshot is not null;
}
