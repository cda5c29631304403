namespace SiteErrorCms.Core.Publishing;

/// <summary>An old public path that now answers with a 301 (or 410 Gone when <see cref="ToPath"/> is null).</summary>
public class Redirect
{
    public int Id { get; set; }

    public required string FromPath { get; set; }

    public string? ToPath { get; set; }

    /// <summary>Why it exists: a slug change, a deletion, or an editor's hand.</summary>
    public RedirectOrigin Origin { get; set; } = RedirectOrigin.Manual;

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}

public enum RedirectOrigin
{
    Manual,
    SlugChange,
    Deleted,
}
