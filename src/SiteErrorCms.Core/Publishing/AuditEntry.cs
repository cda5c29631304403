namespace SiteErrorCms.Core.Publishing;

public class AuditEntry
{
    public long Id { get; set; }

    public required string Action { get; set; }

    public string? EntityType { get; set; }

    public string? EntityId { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public string? IpAddress { get; set; }

    public string? Details { get; set; }

    public DateTime CreatedUtc { get; set; }
}
