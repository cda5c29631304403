using System.Text.RegularExpressions;

namespace SiteErrorCms.Web.Features.Compare;

/// <summary>Reads code keys out of comparison slugs (<c>401-vs-403</c>, <c>nginx-499-vs-504</c>) and form input.</summary>
public static partial class ComparisonKeys
{
    public static (string A, string B)? Parse(string slug)
    {
        var parts = slug.Split("-vs-");
        return parts.Length == 2 && FromSlugPart(parts[0]) is { } a && FromSlugPart(parts[1]) is { } b && a != b ? (a, b) : null;
    }

    /// <summary>Accepts what a person types: "404", " 404 ", "iis/404.3", "IIS 404.3", "nginx-499".</summary>
    public static string? Normalize(string? input)
    {
        var text = input?.Trim().ToLowerInvariant().Replace(' ', '/');
        return string.IsNullOrEmpty(text) ? null : text.Contains('/', StringComparison.Ordinal) ? text : FromSlugPart(text);
    }

    private static string? FromSlugPart(string part)
    {
        var match = SlugPart().Match(part);
        if (!match.Success)
        {
            return null;
        }

        var vendor = match.Groups["vendor"].Value;
        var code = match.Groups["code"].Value;
        return vendor.Length == 0 ? code : $"{vendor}/{code}";
    }

    [GeneratedRegex(@"^(?:(?<vendor>[a-z][a-z0-9-]*)-)?(?<code>[1-9][0-9]{2}(?:\.[0-9]{1,4})?)$")]
    private static partial Regex SlugPart();
}
