using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Web.Admin.Redirects;

public sealed record RedirectListQuery
{
    public string? Q { get; init; }

    public RedirectOrigin? Origin { get; init; }

    /// <summary>"path" (A→Z) or "created" (newest first).</summary>
    public string? Sort { get; init; }

    public int Page { get; init; } = 1;

    public bool ByCreated => Sort == "created";

    public string Url(int page) => "/admin/redirects" + QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = string.IsNullOrEmpty(Q) ? null : Q,
        ["origin"] = Origin?.ToString(),
        ["sort"] = ByCreated ? "created" : null,
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null)).ToUriComponent();
}

public sealed record RedirectListModel(RedirectListQuery Query, IReadOnlyList<Redirect> Rows, int Total, int Pages);

public sealed record RedirectEditModel(int? Id, RedirectInput Input, IReadOnlyDictionary<string, string> Errors)
{
    public string Action => Id is null ? "/admin/redirects/new" : $"/admin/redirects/{Id}/edit";

    public string? Error(string field) => Errors.GetValueOrDefault(field);
}
