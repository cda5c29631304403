using SiteErrorCms.Core.Codes;

namespace SiteErrorCms.Web.Features.Shared;

public sealed record CodeLink(string Key, string DisplayCode, string Reason, string Emoji, string Summary)
{
    public string Url => Paths.Code(Key);

    public static CodeLink From(StatusCode code) => new(code.Key, code.DisplayCode, code.Reason, code.Emoji, code.Summary);
}

public sealed record CategoryLink(string Slug, string Name, string Summary, CategoryKind Kind, int CodeCount)
{
    public string Url => Paths.Category(Slug);
}

public sealed record ComparisonLink(string Slug, string Title, string Summary)
{
    public string Url => Paths.Comparison(Slug);
}

public sealed record PostLink(string Slug, string Title, string Summary, DateTime? PublishedUtc, string AuthorName)
{
    public string Url => Paths.Post(Slug);
}

/// <summary>The URL map in one place, so a link and its route never drift apart.</summary>
public static class Paths
{
    public static string Code(string key) => $"/codes/{key}";

    public static string Category(string slug) => $"/category/{slug}";

    public static string Comparison(string slug) => $"/compare/{slug}";

    public static string Post(string slug) => $"/blog/{slug}";
}
