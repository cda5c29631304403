namespace SiteErrorCms.Core.Publishing;

public class Revision
{
    public int Id { get; set; }

    public required string EntityType { get; set; }

    public int EntityId { get; set; }

    /// <summary>The whole entry as JSON, so any revision can be diffed or restored on its own.</summary>
    public required string Snapshot { get; set; }

    public string? AuthorId { get; set; }

    public string? AuthorName { get; set; }

    public string? Note { get; set; }

    public DateTime CreatedUtc { get; set; }
}
