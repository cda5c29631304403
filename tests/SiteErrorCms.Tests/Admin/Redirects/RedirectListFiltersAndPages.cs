using System.Net;
using System.Text.RegularExpressions;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Redirects;

public sealed partial class RedirectListFiltersAndPages
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FiftyToAPageFilteredBySQL()
    {
        await using var app = new CmsAppFactory();
        await app.WithDbAsync(async db =>
        {
            var start = app.Clock.GetUtcNow().UtcDateTime;
            db.Redirects.AddRange(Enumerable.Range(0, 120).Select(i => new Redirect
            {
                FromPath = $"/blog/post-{i:D3}",
                ToPath = i % 3 == 0 ? null : "/blog",
                Origin = i % 3 == 0 ? RedirectOrigin.Deleted : RedirectOrigin.SlugChange,
                CreatedUtc = start.AddMinutes(i),
                UpdatedUtc = start.AddMinutes(i),
            }));
            db.Redirects.Add(new Redirect { FromPath = "/old-home", ToPath = "/", CreatedUtc = start, UpdatedUtc = start });
            await db.SaveChangesAsync(Ct);
        });
        var editor = app.CreateAdminClient(CmsRoles.Editor);

        var first = Froms(await editor.GetPageAsync("/admin/redirects"));
        var third = Froms(await editor.GetPageAsync("/admin/redirects?page=3"));
        var newest = Froms(await editor.GetPageAsync("/admin/redirects?sort=created"));
        var deleted = await editor.GetPageAsync("/admin/redirects?origin=Deleted&page=1");
        var search = Froms(await editor.GetPageAsync("/admin/redirects?q=post-11"));

        Assert.Equal(50, first.Count);
        Assert.Equal("/blog/post-000", first[0]);
        Assert.Equal(21, third.Count);
        Assert.Equal("/old-home", third[^1]);
        Assert.Equal("/blog/post-119", newest[0]);
        Assert.Equal(40, Froms(deleted).Count);
        Assert.Contains("40 redirects", deleted, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", deleted, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(110, 10).Select(i => $"/blog/post-{i}"), search);
    }

    [Fact]
    public async Task ThePagerKeepsTheFilters()
    {
        await using var app = new CmsAppFactory();
        await app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            db.Redirects.AddRange(Enumerable.Range(0, 60).Select(i => new Redirect { FromPath = $"/p/{i:D2}", ToPath = "/", CreatedUtc = now, UpdatedUtc = now }));
            await db.SaveChangesAsync(Ct);
        });

        var html = await app.CreateAdminClient(CmsRoles.Editor).GetPageAsync("/admin/redirects?q=%2Fp%2F&sort=created");

        Assert.Contains("href=\"/admin/redirects?q=%2Fp%2F&amp;sort=created&amp;page=2\" rel=\"next\"", html, StringComparison.Ordinal);
    }

    private static List<string> Froms(string html) =>
        FromCell().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [GeneratedRegex("<tr>\\s*<td><code>([^<]*)</code></td>")]
    private static partial Regex FromCell();
}
