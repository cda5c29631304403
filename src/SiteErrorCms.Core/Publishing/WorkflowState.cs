namespace SiteErrorCms.Core.Publishing;

/// <summary>Where an entry stands in the editorial workflow. Readers and the API only ever see <see cref="Published"/>.</summary>
public enum WorkflowState
{
    Draft,
    Published,
    Archived,
    Scheduled,
}
