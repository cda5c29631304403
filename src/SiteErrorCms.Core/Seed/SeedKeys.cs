using SiteErrorCms.Core.Codes;

namespace SiteErrorCms.Core.Seed;

public static class SeedKeys
{
    /// <summary>A code's key: its number for the classes of the standard, <c>vendor/number[.sub]</c> for a vendor's codes.</summary>
    public static string CodeKey(int code, int? subCode, string categorySlug, CategoryKind kind) =>
        kind == CategoryKind.Vendor
            ? $"{categorySlug}/{StatusCode.FormatCode(code, subCode)}"
            : StatusCode.FormatCode(code, subCode);

    public static string ComparisonSlug(string a, string b) => $"{a.Replace('/', '-')}-vs-{b.Replace('/', '-')}";
}
