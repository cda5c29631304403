using System.Net;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Redirects;

public sealed class EditorsManageRedirects
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> AddAsync(HttpClient client, string from, string to) =>
        client.PostFormAsync("/admin/redirects/new", "/admin/redirects/new", ("From", from), ("To", to));

    private static Task<Redirect[]> RowsAsync(CmsAppFactory app) =>
        app.WithDbAsync(db => db.Redirects.AsNoTracking().OrderBy(r => r.FromPath).ToArrayAsync(Ct));

    private static Task<AuditEntry[]> AuditAsync(CmsAppFactory app) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action.StartsWith("redirect.")).OrderBy(a => a.Id).ToArrayAsync(Ct));

    [Fact]
    public async Task AddingOneSavesItAuditsItAndListsIt()
    {
        await using var app = new CmsAppFactory();
        var editor = app.CreateAdminClient(CmsRoles.Editor, name: "eve@example.test");

        var saved = await AddAsync(editor, "/blog/old/", "/blog/new");
        var gone = await AddAsync(editor, "/blog/removed", "");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/admin/redirects", saved.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, gone.StatusCode);
        var rows = await RowsAsync(app);
        Assert.Equal(["/blog/old → /blog/new", "/blog/removed → 410"], rows.Select(r => $"{r.FromPath} → {r.ToPath ?? "410"}"));
        Assert.All(rows, r => Assert.Equal(RedirectOrigin.Manual, r.Origin));

        var audit = await AuditAsync(app);
        Assert.Equal(["redirect.create", "redirect.create"], audit.Select(a => a.Action));
        Assert.Equal("eve@example.test", audit[0].UserName);
        Assert.Equal(rows[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), audit[0].EntityId);
        Assert.Equal("/blog/old → /blog/new", audit[0].Details);

        var list = await editor.GetPageAsync("/admin/redirects");
        Assert.Contains("Saved /blog/removed → 410 Gone.", list, StringComparison.Ordinal);
        Assert.Contains("<code>/blog/old</code>", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddingThroughAnExistingRedirectStoresTheEndOfTheChain()
    {
        await using var app = new CmsAppFactory();
        var editor = app.CreateAdminClient(CmsRoles.Editor);
        await AddAsync(editor, "/b", "/x");

        var response = await AddAsync(editor, "/a", "/b");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var a = (await RowsAsync(app)).Single(r => r.FromPath == "/a");
        Assert.Equal("/x", a.ToPath);
    }

    [Theory]
    [InlineData("https://evil.example/", "/x", "From", "Enter a path on this site")]
    [InlineData("/a", "//evil.example", "To", "Enter a path on this site")]
    [InlineData("/a", "/a/", "To", "cannot point to its own path")]
    [InlineData("/b", "/c", "From", "There is already a redirect from /b")]
    [InlineData("/c", "/b", "To", "That would make a loop")]
    public async Task InvalidInputComesBackBesideTheFieldAndIsKept(string from, string to, string field, string message)
    {
        await using var app = new CmsAppFactory();
        var editor = app.CreateAdminClient(CmsRoles.Editor);
        await AddAsync(editor, "/b", "/c");

        var response = await AddAsync(editor, from, to);
        var html = await response.Body();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var id = field == "From" ? "redirect-from" : "redirect-to";
        Assert.Matches($"<p class=\"field-error\" id=\"{id}-error\">[^<]*{System.Text.RegularExpressions.Regex.Escape(message)}", html);
        Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
        var fields = Forms.FormFields(html, "redirect-form");
        Assert.Contains(KeyValuePair.Create("From", from), fields);
        Assert.Contains(KeyValuePair.Create("To", to), fields);
        Assert.Single(await RowsAsync(app));
        Assert.Single(await AuditAsync(app));
    }

    [Fact]
    public async Task EditingAndDeletingAreAudited()
    {
        await using var app = new CmsAppFactory();
        var editor = app.CreateAdminClient(CmsRoles.Editor);
        await AddAsync(editor, "/a", "/b");
        var id = (await RowsAsync(app)).Single().Id;

        // The helper posts a fresh antiforgery token of its own.
        var form = Forms.FormFields(await editor.GetPageAsync($"/admin/redirects/{id}/edit"), "redirect-form")
            .Where(f => f.Key != "__RequestVerificationToken").ToList();
        Assert.Contains(KeyValuePair.Create("From", "/a"), form);
        var edited = await editor.PostFormAsync($"/admin/redirects/{id}/edit", $"/admin/redirects/{id}/edit", form.With("To", "/c"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal("/c", (await RowsAsync(app)).Single().ToPath);

        var deleted = await editor.PostFormAsync("/admin/redirects", $"/admin/redirects/{id}/delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Empty(await RowsAsync(app));

        var audit = await AuditAsync(app);
        Assert.Equal(["redirect.create", "redirect.update", "redirect.delete"], audit.Select(a => a.Action));
        Assert.Equal("/a → /b ⇒ /a → /c", audit[1].Details);
        Assert.Equal("/a → /c", audit[2].Details);
    }

    [Fact]
    public async Task EditingMayKeepItsOwnFromPath()
    {
        await using var app = new CmsAppFactory();
        var editor = app.CreateAdminClient(CmsRoles.Editor);
        await AddAsync(editor, "/a", "/b");
        var id = (await RowsAsync(app)).Single().Id;

        var edited = await editor.PostFormAsync($"/admin/redirects/{id}/edit", $"/admin/redirects/{id}/edit", ("From", "/a"), ("To", ""));

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Null((await RowsAsync(app)).Single().ToPath);
    }
}
