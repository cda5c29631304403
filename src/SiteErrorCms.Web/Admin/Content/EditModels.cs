using SiteErrorCms.Core.Editing;
using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Web.Admin.Content;

public sealed class ListModel
{
    public required IEditable Type { get; init; }

    public required IReadOnlyList<EntryRow> Rows { get; init; }

    public required int Total { get; init; }

    public required ListQuery Query { get; init; }

    public required IReadOnlyList<KeyValuePair<string, string>> Groups { get; init; }

    public required TimeZoneInfo Zone { get; init; }

    public bool OwnOnly { get; init; }

    public required int Pages { get; init; }
}

/// <summary>The list's filters as they arrive in the query string; anything unknown falls back to a default.</summary>
public sealed class ListQuery
{
    public string? Q { get; set; }

    public string? State { get; set; }

    public string? Group { get; set; }

    public string Sort { get; set; } = "updated";

    public int Page { get; set; } = 1;

    public string Link(int page) =>
        "?" + string.Join("&", new[] { ("q", Q), ("state", State), ("group", Group), ("sort", Sort), ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)) }
            .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
}

public sealed class EditModel
{
    public required IEditable Type { get; init; }

    public required string BasePath { get; init; }

    public ContentEntity? Entity { get; init; }

    public required FieldValues Values { get; init; }

    public required IReadOnlyList<FieldDef> Fields { get; init; }

    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<CheckItem> Checks { get; init; } = [];

    public SaveOutcome.Conflict? Conflict { get; init; }

    public Guid Version { get; init; }

    public bool CanPublish { get; init; }

    public required TimeZoneInfo Zone { get; init; }

    public string? PublicPath { get; init; }

    public string? Note { get; init; }

    public bool IsNew => Entity is null;

    public string Action => IsNew ? $"{BasePath}/new" : $"{BasePath}/{Entity!.Id}";

    // The heading names the entry as saved, not as typed: an invalid or half-merged form must not rename it.
    public string Title => IsNew ? $"New {Type.Singular}" : Type.Title(ContentWorkflow.Current(Type, Entity!)) is { Length: > 0 } t ? t : $"{Type.Singular} #{Entity!.Id}";
}

public sealed class HistoryModel
{
    public required IEditable Type { get; init; }

    public required string BasePath { get; init; }

    public required ContentEntity Entity { get; init; }

    public required string Title { get; init; }

    public required IReadOnlyList<Revision> Revisions { get; init; }

    public required TimeZoneInfo Zone { get; init; }
}

public sealed class DiffModel
{
    public required IEditable Type { get; init; }

    public required string BasePath { get; init; }

    public required ContentEntity Entity { get; init; }

    public required string Title { get; init; }

    public required Revision From { get; init; }

    public required Revision To { get; init; }

    public required IReadOnlyList<FieldChange> Changes { get; init; }

    public required TimeZoneInfo Zone { get; init; }
}

public sealed record FieldView(FieldDef Field, string Value, string? Error);
