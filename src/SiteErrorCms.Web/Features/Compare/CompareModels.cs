using SiteErrorCms.Core.Codes;
using SiteErrorCms.Web.Features.Shared;

namespace SiteErrorCms.Web.Features.Compare;

public sealed class ComparePageModel : IPageModel
{
    public required PageMeta Meta { get; init; }

    public required string Title { get; init; }

    public required StatusCode A { get; init; }

    public required StatusCode B { get; init; }

    /// <summary>The curated article, when editors wrote one for this pair; otherwise the page is built from the two codes.</summary>
    public string? BodyHtml { get; init; }
}

public sealed class CompareIndexModel : IPageModel
{
    public required PageMeta Meta { get; init; }

    public required IReadOnlyList<ComparisonLink> Curated { get; init; }

    public required IReadOnlyList<CodeLink> Codes { get; init; }

    public string? Error { get; init; }

    public string? A { get; init; }

    public string? B { get; init; }
}
