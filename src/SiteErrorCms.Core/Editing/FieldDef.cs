namespace SiteErrorCms.Core.Editing;

/// <summary>How a field is edited and checked. The admin form, the diff labels and validation all read it.</summary>
public sealed record FieldDef(string Name, string Label, FieldKind Kind)
{
    public bool Required { get; init; }

    public int MaxLength { get; init; }

    public string? Hint { get; init; }

    /// <summary>Choices of a <see cref="FieldKind.Select"/> field: value and label.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Options { get; init; } = [];

    /// <summary>Form section the field sits in ("Content", "FAQ", "Snippets").</summary>
    public string Group { get; init; } = "Content";
}

public enum FieldKind
{
    Text,
    TextArea,
    Markdown,
    Code,

    /// <summary>One item per line.</summary>
    Lines,
    Number,
    Bool,
    Select,
    DateTime,
}
