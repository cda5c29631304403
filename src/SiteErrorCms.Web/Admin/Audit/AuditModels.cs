using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Web.Admin.Audit;

/// <summary>The audit page's filters; dates are whole UTC days, both ends included.</summary>
public sealed record AuditQuery
{
    public string? Action { get; init; }

    public string? User { get; init; }

    public string? EntityType { get; init; }

    public string? EntityId { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int Page { get; init; } = 1;

    public string Url(int page) => "/admin/audit" + QueryString.Create(new Dictionary<string, string?>
    {
        ["action"] = Action,
        ["user"] = User,
        ["entityType"] = EntityType,
        ["entityId"] = EntityId,
        ["from"] = Date(From),
        ["to"] = Date(To),
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record AuditListModel(AuditQuery Query, IReadOnlyList<string> Actions, IReadOnlyList<AuditEntry> Rows, int Total, int Pages)
{
    /// <summary>
    /// Entries are escaped when written; escaping again on display (idempotent) also covers rows that reached
    /// the table another way, so no stored line break can split or forge a row here.
    /// </summary>
    public static string Show(string? value) => value is null ? "" : AuditLog.Clean(value, int.MaxValue);

    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + " UTC";
}
