using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteErrorCms.Core.Seed;

/// <summary>A Markdown file with a YAML front-matter block, split with the line numbers of both parts kept.</summary>
internal sealed class FrontMatterFile
{
    private FrontMatterFile(YamlFields fields, string body, int bodyLine)
    {
        Fields = fields;
        Body = body;
        BodyLine = bodyLine;
    }

    public YamlFields Fields { get; }

    public string Body { get; }

    /// <summary>The 1-based file line where the body starts.</summary>
    public int BodyLine { get; }

    public static FrontMatterFile Parse(string path, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            throw new SeedException(path, 1, "the file must start with a '---' line opening the YAML front matter");
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (close < 0)
        {
            throw new SeedException(path, lines.Length, "the YAML front matter is never closed by a '---' line");
        }

        var yaml = string.Join('\n', lines[1..close]);
        var fields = YamlFields.Parse(path, yaml, lineOffset: 1);
        var body = string.Join('\n', lines[(close + 1)..]);
        return new FrontMatterFile(fields, body, close + 2);
    }
}

/// <summary>Reads typed fields from a YAML mapping and reports what is wrong with the file's own line numbers.</summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode node;
    private readonly int lineOffset;

    private YamlFields(string path, YamlMappingNode node, int lineOffset)
    {
        Path = path;
        this.node = node;
        this.lineOffset = lineOffset;
    }

    public string Path { get; }

    public int Line => LineOf(node);

    public static YamlFields Parse(string path, string yaml, int lineOffset) =>
        new(path, LoadRoot(path, yaml, lineOffset) as YamlMappingNode
            ?? throw new SeedException(path, lineOffset + 1, "expected a YAML mapping of fields (key: value)"), lineOffset);

    public static IReadOnlyList<YamlFields> ParseList(string path, string yaml) =>
        LoadRoot(path, yaml, 0) is YamlSequenceNode sequence
            ? sequence.Children.Select(child => child is YamlMappingNode map
                ? new YamlFields(path, map, 0)
                : throw new SeedException(path, (int)child.Start.Line, "each list item must be a mapping of fields")).ToList()
            : throw new SeedException(path, 1, "expected a YAML list ('- key: value' items)");

    public string RequiredString(string name) =>
        OptionalString(name) is { Length: > 0 } value ? value : throw Error(name, $"'{name}' is required and must not be empty");

    public string? OptionalString(string name)
    {
        if (!TryGet(name, out var value) || IsNull(value))
        {
            return null;
        }

        return value is YamlScalarNode scalar
            ? Normalize(scalar.Value ?? "")
            : throw Error(name, $"'{name}' must be a single value, not a list or mapping");
    }

    public int RequiredInt(string name, int min, int max) =>
        OptionalInt(name, min, max) ?? throw Error(name, $"'{name}' is required");

    public int? OptionalInt(string name, int min, int max)
    {
        var text = OptionalString(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max
            ? value
            : throw Error(name, $"'{name}' must be a whole number from {min} to {max}, not '{text}'");
    }

    public bool OptionalBool(string name, bool fallback)
    {
        var text = OptionalString(name);
        return text switch
        {
            null => fallback,
            "true" => true,
            "false" => false,
            _ => throw Error(name, $"'{name}' must be true or false, not '{text}'"),
        };
    }

    public DateTime? OptionalUtc(string name)
    {
        var text = OptionalString(name);
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var value)
            ? value.UtcDateTime
            : throw Error(name, $"'{name}' must be a date and time such as 2026-11-20T09:00:00Z, not '{text}'");
    }

    public IReadOnlyList<string> StringList(string name)
    {
        if (!TryGet(name, out var value) || IsNull(value))
        {
            return [];
        }

        return value is YamlSequenceNode sequence
            ? sequence.Children.Select(item => item is YamlScalarNode { Value: { Length: > 0 } text }
                ? Normalize(text)
                : throw new SeedException(Path, LineOf(item), $"every item of '{name}' must be a non-empty text")).ToList()
            : throw Error(name, $"'{name}' must be a list");
    }

    public IReadOnlyList<YamlFields> MappingList(string name)
    {
        if (!TryGet(name, out var value) || IsNull(value))
        {
            return [];
        }

        return value is YamlSequenceNode sequence
            ? sequence.Children.Select(item => item is YamlMappingNode map
                ? new YamlFields(Path, map, lineOffset)
                : throw new SeedException(Path, LineOf(item), $"every item of '{name}' must be a mapping of fields")).ToList()
            : throw Error(name, $"'{name}' must be a list");
    }

    public YamlFields? Mapping(string name)
    {
        if (!TryGet(name, out var value) || IsNull(value))
        {
            return null;
        }

        return value is YamlMappingNode map ? new YamlFields(Path, map, lineOffset) : throw Error(name, $"'{name}' must be a mapping of fields");
    }

    /// <summary>Typos must not pass silently: a field the format does not know is an error.</summary>
    public void RejectUnknown(params string[] known)
    {
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                throw new SeedException(Path, LineOf(key), $"unknown field '{name}'; expected one of: {string.Join(", ", known)}");
            }
        }
    }

    public int LineOf(string name) =>
        node.Children.Keys.FirstOrDefault(k => (k as YamlScalarNode)?.Value == name) is { } key ? LineOf(key) : Line;

    public SeedException Error(string name, string reason) => new(Path, LineOf(name), reason);

    private static YamlNode LoadRoot(string path, string yaml, int lineOffset)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException ex)
        {
            var reason = ex.InnerException?.Message ?? ex.Message;
            throw new SeedException(path, (int)ex.Start.Line + lineOffset, $"invalid YAML: {FirstLine(reason)}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet reports some malformed input (an unclosed flow sequence) without a position;
            // the scanner still knows where it stopped.
            var stoppedAt = (int)scanner.CurrentPosition.Line;
            throw new SeedException(path, UnclosedLine(yaml, stoppedAt) + lineOffset, "invalid YAML: a bracket or quote is not closed");
        }

        return stream.Documents.Count == 0
            ? throw new SeedException(path, lineOffset + 1, "the YAML is empty")
            : stream.Documents[0].RootNode;
    }

    /// <summary>The parser notices an unclosed bracket only lines later; point at the line that opened it.</summary>
    private static int UnclosedLine(string yaml, int stoppedAt)
    {
        var lines = yaml.Split('\n');
        for (var i = Math.Min(stoppedAt, lines.Length) - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (line.Count(c => c == '[') > line.Count(c => c == ']') || line.Count(c => c == '{') > line.Count(c => c == '}')
                || line.Count(c => c == '"') % 2 == 1)
            {
                return i + 1;
            }
        }

        return stoppedAt;
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    private static bool IsNull(YamlNode value) =>
        value is YamlScalarNode { Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) } scalar
        && scalar.Value is null or "" or "~" or "null";

    // Seed text is compared by fingerprint, so trailing newlines YAML block scalars add must not count.
    private static string Normalize(string value) => value.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();

    private bool TryGet(string name, out YamlNode value) =>
        node.Children.TryGetValue(new YamlScalarNode(name), out value!);

    private int LineOf(YamlNode item) => (int)item.Start.Line + lineOffset;
}
