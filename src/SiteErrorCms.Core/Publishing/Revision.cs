namespace SiteErrorCms.Core.Publishing;

public class Revision
{
    public int Id { get; set; }

    public required string EntityType { get; set; }

    public int EntityId { get; set; }

    /// <summary>The entry's editable fields as JSON, so any revision can be diffed or restored on its own.</summary>
    public required string Snapshot { get; set; }

    /// <summary>
    /// The entry's concurrency token right after this revision was saved. A form loaded at that
    /// version finds its base here when a colleague saved in between.
    /// </summary>
    public Guid Version { get; set; }

    /// <summary>What made the revision: save, publish, restore, baseline, schedule.</summary>
    public string Action { get; set; } = "save";

    public string? AuthorId { get; set; }

    public string? AuthorName { get; set; }

    public string? Note { get; set; }

    public DateTime CreatedUtc { get; set; }
}
