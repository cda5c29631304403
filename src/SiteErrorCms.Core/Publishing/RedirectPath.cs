namespace SiteErrorCms.Core.Publishing;

/// <summary>The one spelling of a path the redirect table stores and looks up.</summary>
public static class RedirectPath
{
    public const int MaxLength = 400;

    /// <summary>
    /// Trims, drops any query or fragment and a trailing slash ("/blog/x/" and "/blog/x" are one page).
    /// Refuses anything that is not a local path: a browser reads "//host" and "/\host" as another site,
    /// so storing them would make the site an open redirect.
    /// </summary>
    public static bool TryNormalize(string? raw, out string path)
    {
        path = "";
        var value = raw?.Trim() ?? "";
        var cut = value.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            value = value[..cut];
        }

        if (value.Length > 1)
        {
            value = value.TrimEnd('/');
        }

        if (value.Length == 0 || value[0] != '/' || value.StartsWith("//", StringComparison.Ordinal)
            || value.Length > MaxLength || value.Any(c => c == '\\' || char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }

        path = value;
        return true;
    }

    /// <summary>For callers whose paths come from the site itself: a bad one is a bug, not user input.</summary>
    public static string Normalize(string raw, string paramName) =>
        TryNormalize(raw, out var path) ? path : throw new ArgumentException($"'{raw}' is not a local path for a redirect.", paramName);
}
