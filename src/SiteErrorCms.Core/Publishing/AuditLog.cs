using System.Text;
using Microsoft.Extensions.Logging;
using SiteErrorCms.Core.Data;

namespace SiteErrorCms.Core.Publishing;

/// <summary>
/// Records who did what. Entries join the caller's unit of work, so an action and its audit entry
/// are saved together or not at all.
/// </summary>
public sealed partial class AuditLog(CmsDbContext db, TimeProvider clock, ILogger<AuditLog> logger)
{
    public AuditEntry Record(Actor actor, string action, string? entityType = null, string? entityId = null, string? details = null)
    {
        var entry = new AuditEntry
        {
            Action = Clean(action, 64),
            EntityType = entityType is null ? null : Clean(entityType, 64),
            EntityId = entityId is null ? null : Clean(entityId, 200),
            UserId = actor.UserId,
            UserName = Clean(actor.Name, 256),
            IpAddress = actor.IpAddress is null ? null : Clean(actor.IpAddress, 64),
            Details = details is null ? null : Clean(details, 2000),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.AuditEntries.Add(entry);
        LogAudit(logger, entry.Action, entry.UserName ?? "", entry.EntityType ?? "", entry.EntityId ?? "", entry.Details ?? "");
        return entry;
    }

    /// <summary>
    /// Control characters (CR, LF, tabs, escapes) become visible escapes, so text a user typed — a user
    /// name, a slug, a note — can never start a forged line in a log file or the audit page.
    /// </summary>
    public static string Clean(string value, int maxLength)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var ch in value)
        {
            if (char.IsControl(ch) || ch is '\u2028' or '\u2029' or '\u0085')
            {
                builder.Append(ch switch { '\r' => "\\r", '\n' => "\\n", '\t' => "\\t", _ => $"\\u{(int)ch:x4}" });
            }
            else
            {
                builder.Append(ch);
            }
        }

        return builder.Length <= maxLength ? builder.ToString() : builder.ToString(0, maxLength - 1) + "…";
    }

    [LoggerMessage(EventId = 5000, Level = LogLevel.Information, Message = "Audit {Action} by {User} on {EntityType} {EntityId}: {Details}")]
    private static partial void LogAudit(ILogger logger, string action, string user, string entityType, string entityId, string details);
}
