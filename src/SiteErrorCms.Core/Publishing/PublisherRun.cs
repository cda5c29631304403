namespace SiteErrorCms.Core.Publishing;

/// <summary>One pass of the scheduled publisher, kept so editors can see it ran and what it did.</summary>
public class PublisherRun
{
    public long Id { get; set; }

    public DateTime StartedUtc { get; set; }

    public DateTime FinishedUtc { get; set; }

    public int Published { get; set; }

    public int Failed { get; set; }

    /// <summary>Which entries were published or failed, and why; empty for a pass with nothing due.</summary>
    public string Details { get; set; } = "";

    /// <summary>Which instance ran it, when several share the database.</summary>
    public string Instance { get; set; } = "";
}
