using System.Text.Json;

namespace SiteErrorCms.Core.Editing;

/// <summary>
/// An entry as the editor sees it: named text fields in form order. Drafts, revisions, diffs and the
/// three-way merge all work on this one shape, whatever the content type.
/// </summary>
/// <remarks>Lists are one item per line; booleans are "true"/"false"; absent and empty are the same.</remarks>
public sealed class FieldValues
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private readonly List<string> order = [];

    public FieldValues()
    {
    }

    public FieldValues(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        foreach (var (key, value) in pairs)
        {
            this[key] = value;
        }
    }

    public IReadOnlyList<string> Names => order;

    public string this[string name]
    {
        get => values.TryGetValue(name, out var value) ? value : "";
        set
        {
            if (!values.ContainsKey(name))
            {
                order.Add(name);
            }

            values[name] = Normalize(value);
        }
    }

    public bool Has(string name) => values.ContainsKey(name);

    public FieldValues Clone() => new(order.Select(n => KeyValuePair.Create(n, values[n])));

    public bool ValueEquals(FieldValues other) =>
        order.Concat(other.order).Distinct(StringComparer.Ordinal).All(n => this[n] == other[n]);

    public string ToJson() => JsonSerializer.Serialize(order.Select(n => new[] { n, values[n] }));

    public static FieldValues FromJson(string json) =>
        new((JsonSerializer.Deserialize<string[][]>(json) ?? []).Select(p => KeyValuePair.Create(p[0], p[1])));

    // Browsers post CRLF; the database and the diff should not see a change where nothing changed.
    private static string Normalize(string? value) => (value ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
