using System.ComponentModel.DataAnnotations.Schema;

namespace SiteErrorCms.Core.Markdown;

/// <summary>
/// A Markdown field: the source an editor wrote and the sanitized HTML rendered from it when it was
/// saved, so pages never render Markdown on a GET. Create one only through <see cref="From"/>.
/// </summary>
[ComplexType]
public sealed record MarkdownText
{
    public static readonly MarkdownText Empty = new() { Source = "", Html = "" };

    public required string Source { get; init; }

    public required string Html { get; init; }

    public static MarkdownText From(string? source)
    {
        var text = (source ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return new MarkdownText { Source = text, Html = MarkdownRenderer.ToSafeHtml(text) };
    }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Source);
}
