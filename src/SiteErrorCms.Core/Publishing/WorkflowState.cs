namespace SiteErrorCms.Core.Publishing;

/// <summary>Where an entry stands in the editorial workflow. Readers and the API only ever see <see cref="Published"/>.</summary>
/// <remarks>
/// Stored as text, so adding a state never renumbers rows. "Published with pending changes" is not a
/// state of its own: it is <see cref="Published"/> with <see cref="ContentEntity.PendingSnapshot"/> set,
/// because readers must keep seeing the published columns while the edit waits.
/// </remarks>
public enum WorkflowState
{
    Draft,
    Published,
    Archived,

    /// <summary>Never published yet and due at <see cref="ContentEntity.PublishAtUtc"/>.</summary>
    Scheduled,

    /// <summary>An author asked an editor to publish it.</summary>
    InReview,

    /// <summary>Deleted: hidden everywhere but the trash, from where it can be restored as a draft.</summary>
    Trashed,
}
