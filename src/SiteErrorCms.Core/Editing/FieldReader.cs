using System.Globalization;

namespace SiteErrorCms.Core.Editing;

/// <summary>
/// Reads typed values out of <see cref="FieldValues"/> and collects a message per field that does not
/// parse or breaks its definition, so the form can show each one beside its field.
/// </summary>
public sealed class FieldReader(FieldValues values, IReadOnlyList<FieldDef> fields)
{
    private readonly Dictionary<string, string> errors = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Errors => errors;

    public FieldValues Values => values;

    public string Text(string name) => values[name].Trim();

    /// <summary>Text as typed (code keeps its indentation), only trailing blank lines dropped.</summary>
    public string Raw(string name) => values[name].TrimEnd('\n', ' ');

    public List<string> Lines(string name) =>
        [.. values[name].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    public bool Bool(string name) => values[name] is "true" or "on";

    public bool? OptionalBool(string name) => values[name] switch { "true" => true, "false" => false, _ => null };

    public int? OptionalNumber(string name)
    {
        var text = Text(name);
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Fail(name, "Enter a whole number.");
        return null;
    }

    public int Number(string name) => OptionalNumber(name) ?? 0;

    public void Fail(string name, string message) => errors.TryAdd(name, message);

    /// <summary>Required and length rules from the field definitions, for every field at once.</summary>
    public void CheckDefinitions()
    {
        foreach (var field in fields)
        {
            var value = values[field.Name];
            if (field.Required && string.IsNullOrWhiteSpace(value))
            {
                Fail(field.Name, $"{field.Label} is required.");
            }
            else if (field.MaxLength > 0 && value.Trim().Length > field.MaxLength)
            {
                Fail(field.Name, $"{field.Label} is {value.Trim().Length} characters; the limit is {field.MaxLength}.");
            }
            else if (field.Kind == FieldKind.Select && value.Length > 0 && field.Options.Count > 0 && !field.Options.Any(o => o.Key == value))
            {
                Fail(field.Name, $"Choose one of the listed values for {field.Label}.");
            }
        }
    }

    public static string Lines(IEnumerable<string> items) => string.Join('\n', items);
}
