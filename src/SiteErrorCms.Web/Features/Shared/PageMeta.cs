namespace SiteErrorCms.Web.Features.Shared;

public sealed record Breadcrumb(string Name, string? Path);

/// <summary>What the layout needs to know about a page: its title, description, canonical path and structured data.</summary>
public sealed class PageMeta
{
    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>The page's one URL; null for error pages, which must not claim a canonical address.</summary>
    public required string? CanonicalPath { get; init; }

    public IReadOnlyList<Breadcrumb> Breadcrumbs { get; init; } = [];

    /// <summary>Extra JSON-LD objects besides the BreadcrumbList, e.g. a FAQPage.</summary>
    public IReadOnlyList<object> StructuredData { get; init; } = [];

    public string OpenGraphType { get; init; } = "website";

    public bool NoIndex { get; init; }

    /// <summary>An editor's preview of unpublished content: never indexed, never canonical, clearly labelled.</summary>
    public bool Preview => PreviewEditPath is not null;

    /// <summary>The admin page the previewed draft is edited on.</summary>
    public string? PreviewEditPath { get; init; }

    public PageMeta AsPreview(string editPath) => new()
    {
        Title = Title,
        Description = Description,
        CanonicalPath = null,
        Breadcrumbs = Breadcrumbs,
        StructuredData = StructuredData,
        OpenGraphType = OpenGraphType,
        NoIndex = true,
        PreviewEditPath = editPath,
    };
}

/// <summary>Every view model rendered in the site layout implements this.</summary>
public interface IPageModel
{
    PageMeta Meta { get; }
}
