using System.ComponentModel.DataAnnotations.Schema;

namespace SiteErrorCms.Core.Codes;

/// <summary>Where the standard defines a code: document, section, a link to that section and a short quotation.</summary>
[ComplexType]
public sealed record RfcReference
{
    public static readonly RfcReference None = new();

    public string Document { get; init; } = "";

    public string Section { get; init; } = "";

    public string Url { get; init; } = "";

    public string Quote { get; init; } = "";

    public bool IsEmpty => string.IsNullOrWhiteSpace(Document);
}
