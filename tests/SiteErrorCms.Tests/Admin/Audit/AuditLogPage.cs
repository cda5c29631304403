using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Audit;

public sealed partial class AuditLogPage(SeededSite site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Actor Ann = new("u-ann", "ann@example.test", "192.0.2.1");
    private static readonly Actor Bob = new("u-bob", "bob@example.test", "192.0.2.2");

    /// <summary>Writes entries through the real <see cref="AuditLog"/>, one clock minute apart, in the order given.</summary>
    private static async Task RecordAsync(CmsAppFactory app, params (Actor Actor, string Action, string Details)[] entries)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<AuditLog>();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        foreach (var (actor, action, details) in entries)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(1));
            log.Record(actor, action, "BlogPost", "42", details);
            await db.SaveChangesAsync(Ct);
        }
    }

    [Fact]
    public async Task FiltersByActionAndUserNewestFirst()
    {
        await using var app = new CmsAppFactory();
        await RecordAsync(app,
            (Ann, "post.publish", "first"),
            (Bob, "post.publish", "second"),
            (Ann, "post.delete", "third"),
            (Ann, "post.publish", "fourth"));
        var admin = app.CreateAdminClient(CmsRoles.Admin);

        var all = Details(await admin.GetPageAsync("/admin/audit"));
        var filtered = await admin.GetPageAsync("/admin/audit?action=post.publish&user=ann");

        Assert.Equal(["fourth", "third", "second", "first"], all.Take(4));
        Assert.Equal(["fourth", "first"], Details(filtered));
        Assert.Contains("<option value=\"post.delete\">post.delete</option>", filtered, StringComparison.Ordinal);
        Assert.Contains("<option value=\"post.publish\" selected=\"selected\">post.publish</option>", filtered, StringComparison.Ordinal);
        Assert.Contains("2026-11-25 12:04:00 UTC", filtered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiltersByEntityAndUtcDates()
    {
        await using var app = new CmsAppFactory();
        await RecordAsync(app, (Ann, "post.publish", "on the 25th"));
        app.Clock.Advance(TimeSpan.FromDays(1));
        await RecordAsync(app, (Ann, "post.publish", "on the 26th"));
        var admin = app.CreateAdminClient(CmsRoles.Admin);

        Assert.Equal(["on the 25th"], Details(await admin.GetPageAsync("/admin/audit?from=2026-11-25&to=2026-11-25")));
        Assert.Equal(["on the 26th"], Details(await admin.GetPageAsync("/admin/audit?from=2026-11-26&entityType=BlogPost&entityId=42")));
        Assert.Empty(Details(await admin.GetPageAsync("/admin/audit?entityId=43")));
    }

    [Fact]
    public async Task PagesFiftyAtATime()
    {
        await using var app = new CmsAppFactory();
        await RecordAsync(app, Enumerable.Range(1, 60).Select(i => (Ann, "page.test", $"entry {i}")).ToArray());
        var admin = app.CreateAdminClient(CmsRoles.Admin);

        var first = await admin.GetPageAsync("/admin/audit?action=page.test");
        var second = await admin.GetPageAsync("/admin/audit?action=page.test&page=2");

        Assert.Equal(50, Details(first).Count);
        Assert.Equal("entry 60", Details(first)[0]);
        Assert.Contains("href=\"/admin/audit?action=page.test&amp;page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 10).Reverse().Select(i => $"entry {i}"), Details(second));
    }

    [Fact]
    public async Task ShowsLineBreaksAsTheEscapesStoredSoARowCannotBeForged()
    {
        await using var app = new CmsAppFactory();
        await RecordAsync(app, (Ann, "post.publish", "title\r\n</td><td>forged <b>row</b>"));

        var html = await app.CreateAdminClient(CmsRoles.Admin).GetPageAsync("/admin/audit?action=post.publish");

        var cell = DetailsCell().Match(html);
        Assert.True(cell.Success);
        Assert.Equal("title\\r\\n&lt;/td&gt;&lt;td&gt;forged &lt;b&gt;row&lt;/b&gt;", cell.Groups[1].Value);
        Assert.DoesNotContain('\n', cell.Groups[1].Value);
    }

    [Theory]
    [InlineData(CmsRoles.Editor)]
    [InlineData(CmsRoles.Author)]
    public async Task OnlyAdminsMaySeeIt(string role)
    {
        var response = await site.CreateAdminClient(role).Get("/admin/audit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static List<string> Details(string html) =>
        DetailsCell().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [GeneratedRegex("<td class=\"audit-details\">([^<]*)</td>")]
    private static partial Regex DetailsCell();
}
