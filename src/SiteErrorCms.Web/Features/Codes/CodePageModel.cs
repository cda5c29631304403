using SiteErrorCms.Core.Codes;
using SiteErrorCms.Web.Features.Shared;

namespace SiteErrorCms.Web.Features.Codes;

public sealed record RenderedSnippet(string Key, string Framework, string Platform, string Language, string Code);

public sealed class CodePageModel : IPageModel
{
    public required PageMeta Meta { get; set; }

    /// <summary>Read without tracking; the view only reads it.</summary>
    public required StatusCode Code { get; init; }

    public required CategoryLink Category { get; init; }

    public required IReadOnlyList<RenderedSnippet> Snippets { get; init; }

    public required IReadOnlyList<CodeLink> Related { get; init; }

    public required IReadOnlyList<ComparisonLink> Comparisons { get; init; }

    public CodeLink? Previous { get; init; }

    public CodeLink? Next { get; init; }
}

public sealed record CategorySection(CategoryLink Category, IReadOnlyList<CodeLink> Codes);

public sealed class CodeIndexModel : IPageModel
{
    public required PageMeta Meta { get; set; }

    public required IReadOnlyList<CategorySection> Sections { get; init; }
}
