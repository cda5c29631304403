using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Core.Editing;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Content;

public sealed partial class RevisionHistory
{
    private const string FirstPlainEnglish = "The connection was reused for a host this server does not serve.";
    private const string FirstSummary = "The server cannot answer for this host on this connection; open a new connection and send the request again.";
    private const string SecondSummary = "The server will not answer for this host on this connection; open a new connection and send the request again.";

    [Fact]
    public async Task TheDiffOfTwoSavesListsExactlyTheChangedFieldsWordByWord()
    {
        await using var app = new CmsAppFactory();
        var (editor, id, path) = await OpenCodeAsync(app);
        await SaveTwiceAsync(app, editor, path);
        var saves = await RevisionsAsync(app, "StatusCode", id);
        var baseline = saves.Single(r => r.Action == "baseline");
        var (first, second) = (saves.Where(r => r.Action == "save").ElementAt(0), saves.Where(r => r.Action == "save").ElementAt(1));

        var diff = await editor.GetPageAsync($"{path}/diff?from={first.Id}&to={second.Id}");

        Assert.Equal(["summary"], DiffFields(diff));
        Assert.Contains("<del>cannot</del><ins>will not</ins>", diff, StringComparison.Ordinal);
        Assert.Contains("The server ", diff, StringComparison.Ordinal);
        Assert.Equal(["summary", "plainEnglish"], DiffFields(await editor.GetPageAsync($"{path}/diff?from={baseline.Id}&to={second.Id}")));
        Assert.Contains("The two revisions are identical.", await editor.GetPageAsync($"{path}/diff?from={second.Id}&to={second.Id}"), StringComparison.Ordinal);
        var history = Html.Text(await editor.GetPageAsync($"{path}/history"));
        Assert.Contains("baseline", history, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.Get($"{path}/diff?from={first.Id}&to=999999")).StatusCode);
    }

    [Fact]
    public async Task RestoringAnOldRevisionOfAPublishedCodeMakesItThePendingChange()
    {
        await using var app = new CmsAppFactory();
        var (editor, id, path) = await OpenCodeAsync(app);
        await SaveTwiceAsync(app, editor, path);
        var first = (await RevisionsAsync(app, "StatusCode", id)).First(r => r.Action == "save");
        var publishedBefore = await app.WithDbAsync(db => db.StatusCodes.Where(c => c.Id == id).Select(c => c.Summary).SingleAsync(TestContext.Current.CancellationToken));

        var restored = await editor.PostFormAsync(path, $"{path}/revisions/{first.Id}/restore");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var current = await AdminPages.CurrentFieldsAsync(app, "codes", id);
        Assert.True(current.ValueEquals(FieldValues.FromJson(first.Snapshot)));
        Assert.Equal(FirstSummary, current["summary"]);
        var form = Forms.FormFields(await editor.GetPageAsync(path), "edit-form");
        Assert.Equal(FirstSummary, form.Single(f => f.Key == "summary").Value);
        Assert.Equal(FirstPlainEnglish, form.Single(f => f.Key == "plainEnglish").Value);
        var code = await app.WithDbAsync(db => db.StatusCodes.AsNoTracking().SingleAsync(c => c.Id == id, TestContext.Current.CancellationToken));
        Assert.Equal(WorkflowState.Published, code.State);
        Assert.Equal(publishedBefore, code.Summary);
        Assert.Contains("restore", (await RevisionsAsync(app, "StatusCode", id)).Select(r => r.Action));
    }

    [Fact]
    public async Task RestoringAnOldRevisionOfADraftRewritesItsColumns()
    {
        await using var app = new CmsAppFactory();
        var editor = app.CreateAdminClient(CmsRoles.Editor, "editor-1");
        var id = await AdminPages.CreatePostAsync(app, editor, "draft-with-history", "First title");
        var path = $"/admin/posts/{id}";
        await AdminPages.SaveAsync(app, editor, path, Forms.FormFields(await editor.GetPageAsync(path), "edit-form").With("title", "Second title"));
        await AdminPages.SaveAsync(app, editor, path, Forms.FormFields(await editor.GetPageAsync(path), "edit-form").With("title", "Third title").With("body", "Rewritten."));
        var created = (await RevisionsAsync(app, "BlogPost", id)).Single(r => r.Action == "create");

        var restored = await editor.PostFormAsync(path, $"{path}/revisions/{created.Id}/restore");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var columns = await app.WithDbAsync(async db =>
        {
            var type = ContentTypes.Find("posts")!;
            var post = (await type.FindDetachedAsync(db, id, TestContext.Current.CancellationToken))!;
            Assert.Null(post.PendingSnapshot);
            Assert.Equal(WorkflowState.Draft, post.State);
            return type.Read(post);
        });
        Assert.True(columns.ValueEquals(FieldValues.FromJson(created.Snapshot)));
        Assert.Equal("First title", columns["title"]);
    }

    private static async Task<(HttpClient Editor, int Id, string Path)> OpenCodeAsync(CmsAppFactory app)
    {
        var id = await AdminPages.IdOfCodeAsync(app, "421");
        return (app.CreateAdminClient(CmsRoles.Editor, "editor-1"), id, $"/admin/codes/{id}");
    }

    private static async Task SaveTwiceAsync(CmsAppFactory app, HttpClient editor, string path)
    {
        await AdminPages.SaveAsync(app, editor, path, Forms.FormFields(await editor.GetPageAsync(path), "edit-form")
            .With("plainEnglish", FirstPlainEnglish).With("summary", FirstSummary));
        await AdminPages.SaveAsync(app, editor, path, Forms.FormFields(await editor.GetPageAsync(path), "edit-form").With("summary", SecondSummary));
    }

    private static Task<List<Revision>> RevisionsAsync(CmsAppFactory app, string entityType, int id) =>
        app.WithDbAsync(db => db.Revisions.AsNoTracking().Where(r => r.EntityType == entityType && r.EntityId == id).OrderBy(r => r.Id).ToListAsync(TestContext.Current.CancellationToken));

    private static List<string> DiffFields(string html) => [.. DiffSection().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<section class=\"diff\" data-field=\"([^\"]+)\"")]
    private static partial Regex DiffSection();
}
