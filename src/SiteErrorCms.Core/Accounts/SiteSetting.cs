namespace SiteErrorCms.Core.Accounts;

/// <summary>A setting an admin changes at run time (site name, tagline); configuration stays the default.</summary>
public class SiteSetting
{
    public required string Key { get; set; }

    public string Value { get; set; } = "";

    public DateTime UpdatedUtc { get; set; }

    public string? UpdatedById { get; set; }
}
