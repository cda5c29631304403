using System.Net;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Core.Editing;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Content;

/// <summary>Two editors open 421 at the same version; the second to save never overwrites the first.</summary>
public sealed class ConcurrentEditsOfACode
{
    private const string Theirs = "Editor A says the connection was reused for a host the server does not serve.";
    private const string Mine = "Editor B says a pooled connection landed on the wrong virtual host.";
    private const string MySummary = "Editor B rewrote the summary: the server will not answer for this host on this connection, so retry on a new one.";
    private const string Merged = "Both editors agree a pooled connection reached a server that does not serve this host name.";

    private sealed record Editors(CmsAppFactory App, int Id, string Path, HttpClient A, HttpClient B, List<KeyValuePair<string, string>> FormA, List<KeyValuePair<string, string>> FormB)
    {
        public static async Task<Editors> OpenAsync(CmsAppFactory app)
        {
            var id = await AdminPages.IdOfCodeAsync(app, "421");
            var path = $"/admin/codes/{id}";
            var a = app.CreateAdminClient(CmsRoles.Editor, "editor-a");
            var b = app.CreateAdminClient(CmsRoles.Editor, "editor-b");
            var formA = Forms.FormFields(await a.GetPageAsync(path), "edit-form");
            var formB = Forms.FormFields(await b.GetPageAsync(path), "edit-form");
            Assert.Equal(formA.Single(f => f.Key == "version").Value, formB.Single(f => f.Key == "version").Value);
            return new Editors(app, id, path, a, b, formA, formB);
        }

        /// <summary>A saves plainEnglish; B then saves a different plainEnglish and a new summary from the old version.</summary>
        public async Task<string> ConflictAsync()
        {
            await AdminPages.SaveAsync(App, A, Path, FormA.With("plainEnglish", Theirs));
            var response = await B.PostFormAsync(Path, Path, FormB.With("plainEnglish", Mine).With("summary", MySummary));
            var html = await response.Body();
            Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"{(int)response.StatusCode} {Html.Text(html)} {string.Join("\n", App.Log.Errors)}");
            return html;
        }
    }

    [Fact]
    public async Task ASecondSaveOfTheSameFieldIsAConflictThatOverwritesNothingAndItsMergeIsWhatGetsPublished()
    {
        await using var app = new CmsAppFactory();
        var editors = await Editors.OpenAsync(app);
        var original = (await AdminPages.CurrentFieldsAsync(app, "codes", editors.Id))["plainEnglish"];

        var html = await editors.ConflictAsync();

        var conflict = html[html.IndexOf("id=\"c-plainEnglish\"", StringComparison.Ordinal)..];
        conflict = Html.Text(conflict[..conflict.IndexOf("</fieldset>", StringComparison.Ordinal)]);
        Assert.Contains(original.Trim(), conflict, StringComparison.Ordinal);
        Assert.Contains(Theirs, conflict, StringComparison.Ordinal);
        Assert.Contains(Mine, conflict, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"c-summary\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"resolve.summary\"", html, StringComparison.Ordinal);
        var conflictForm = Forms.FormFields(html, "edit-form");
        Assert.Equal(MySummary, conflictForm.Single(f => f.Key == "summary").Value);
        Assert.Equal("mine", conflictForm.Single(f => f.Key == "resolve.plainEnglish").Value);

        var pending = await AdminPages.CurrentFieldsAsync(app, "codes", editors.Id);
        Assert.Equal(Theirs, pending["plainEnglish"]);
        Assert.NotEqual(MySummary, pending["summary"]);
        var kept = await app.WithDbAsync(db => db.Revisions.Where(r => r.EntityType == "StatusCode" && r.EntityId == editors.Id && r.Action == "conflict")
            .Select(r => r.Snapshot).ToListAsync(TestContext.Current.CancellationToken));
        var keptValues = FieldValues.FromJson(Assert.Single(kept));
        Assert.Equal(Mine, keptValues["plainEnglish"]);
        Assert.Equal(MySummary, keptValues["summary"]);

        await AdminPages.SaveAsync(app, editors.B, editors.Path, conflictForm.With("plainEnglish", Merged));

        pending = await AdminPages.CurrentFieldsAsync(app, "codes", editors.Id);
        Assert.Equal(Merged, pending["plainEnglish"]);
        Assert.Equal(MySummary, pending["summary"]);

        var published = await editors.A.PostFormAsync(editors.Path, $"{editors.Path}/publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var page = Html.Text(await app.CreateReader().GetPageAsync("/codes/421"));
        Assert.Contains(Merged, page, StringComparison.Ordinal);
        Assert.Contains(MySummary, page, StringComparison.Ordinal);
        Assert.DoesNotContain(Theirs, page, StringComparison.Ordinal);
        Assert.DoesNotContain(Mine, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoosingTheirsKeepsTheColleaguesTextAndStillSavesMyOtherChanges()
    {
        await using var app = new CmsAppFactory();
        var editors = await Editors.OpenAsync(app);
        var html = await editors.ConflictAsync();

        await AdminPages.SaveAsync(app, editors.B, editors.Path, Forms.FormFields(html, "edit-form").With("resolve.plainEnglish", "theirs"));

        var pending = await AdminPages.CurrentFieldsAsync(app, "codes", editors.Id);
        Assert.Equal(Theirs, pending["plainEnglish"]);
        Assert.Equal(MySummary, pending["summary"]);
    }

    [Fact]
    public async Task EditsToDifferentFieldsFromTheSameVersionBothSurviveWithoutAConflict()
    {
        await using var app = new CmsAppFactory();
        var editors = await Editors.OpenAsync(app);
        const string summary = "Editor A: the server cannot answer for this host on this connection; open a new connection and retry.";
        const string causes = "A certificate covering several hosts let the client reuse a connection\nA CDN edge that serves only some of the hosts on its certificate";

        await AdminPages.SaveAsync(app, editors.A, editors.Path, editors.FormA.With("summary", summary));
        var response = await editors.B.PostFormAsync(editors.Path, editors.Path, editors.FormB.With("causes", causes));

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode} {Html.Text(await response.Body())}");
        var pending = await AdminPages.CurrentFieldsAsync(app, "codes", editors.Id);
        Assert.Equal(summary, pending["summary"]);
        Assert.Equal(causes, pending["causes"]);
        Assert.Contains("merged in", await editors.B.GetPageAsync(editors.Path), StringComparison.Ordinal);
    }
}
