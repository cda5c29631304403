using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteErrorCms.Core.Seed;

/// <summary>Builds YAML the way a person would write it: block scalars for multi-line text, fields in a fixed order.</summary>
internal static class YamlOut
{
    public static YamlMappingNode Map(params (string Key, YamlNode? Value)[] fields)
    {
        var map = new YamlMappingNode();
        foreach (var (key, value) in fields)
        {
            if (value is not null)
            {
                map.Add(new YamlScalarNode(key), value);
            }
        }

        return map;
    }

    public static YamlScalarNode Text(string value) => new(value)
    {
        Style = value.Contains('\n', StringComparison.Ordinal) ? ScalarStyle.Literal
            : value is "" or "~" or "null" || NeedsQuotes(value) ? ScalarStyle.DoubleQuoted
            : ScalarStyle.Any,
    };

    public static YamlScalarNode? OptionalText(string value) => value.Length == 0 ? null : Text(value);

    public static YamlScalarNode Number(int value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static YamlScalarNode Bool(bool value) => new(value ? "true" : "false");

    public static YamlSequenceNode List(IEnumerable<string> values) => new(values.Select(v => (YamlNode)Text(v)));

    public static YamlSequenceNode List(IEnumerable<YamlNode> values) => new(values);

    public static string Serialize(YamlNode root)
    {
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        var text = writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }

    // Keys of the seed look like numbers or dates ("401", "15.5.20"); quoting keeps them text for any YAML reader.
    private static bool NeedsQuotes(string value) =>
        value.Length > 0 && (char.IsDigit(value[0]) || value[0] is ' ' || value[^1] is ' ');
}
