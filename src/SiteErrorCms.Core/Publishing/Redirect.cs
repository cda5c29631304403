namespace SiteErrorCms.Core.Publishing;

/// <summary>An old public path that now answers with a redirect (or 410 Gone when <see cref="ToPath"/> is null).</summary>
public class Redirect
{
    public int Id { get; set; }

    public required string FromPath { get; set; }

    public string? ToPath { get; set; }

    public DateTime CreatedUtc { get; set; }
}
