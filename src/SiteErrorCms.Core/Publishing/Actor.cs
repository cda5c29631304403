namespace SiteErrorCms.Core.Publishing;

/// <summary>Who did something, for revisions and the audit log: a signed-in user, or the scheduler.</summary>
public sealed record Actor(string? UserId, string Name, string? IpAddress)
{
    public static readonly Actor Scheduler = new(null, "scheduler", null);

    public static readonly Actor Seed = new(null, "seed import", null);
}
