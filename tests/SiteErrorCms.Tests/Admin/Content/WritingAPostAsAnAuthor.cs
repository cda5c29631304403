using System.Net;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Content;

public sealed class WritingAPostAsAnAuthor
{
    [Fact]
    public async Task WorkflowFieldsPostedWithTheFormAreIgnored()
    {
        await using var app = new CmsAppFactory();
        var author = app.CreateAdminClient(CmsRoles.Author, "author-1");
        var id = await AdminPages.CreatePostAsync(app, author, "over-posted");
        var path = $"/admin/posts/{id}";
        var form = Forms.FormFields(await author.GetPageAsync(path), "edit-form").With("title", "Retitled by its author");
        var before = await app.WithDbAsync(db => db.BlogPosts.AsNoTracking().SingleAsync(p => p.Id == id, TestContext.Current.CancellationToken));

        var response = await author.PostFormAsync(path, path, form.Concat(
        [
            KeyValuePair.Create("State", "Published"),
            KeyValuePair.Create("AuthorId", "someone-else"),
            KeyValuePair.Create("PublishedUtc", "2020-01-01T00:00:00Z"),
            KeyValuePair.Create("PublishAtUtc", "2020-01-01T00:00:00Z"),
            KeyValuePair.Create("Id", "1"),
            KeyValuePair.Create("CreatedUtc", "2001-01-01T00:00:00Z"),
            KeyValuePair.Create("PendingSnapshot", "[[\"title\",\"smuggled\"]]"),
        ]));

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode} {Html.Text(await response.Body())}");
        var post = await app.WithDbAsync(db => db.BlogPosts.AsNoTracking().SingleAsync(p => p.Id == id, TestContext.Current.CancellationToken));
        Assert.Equal("Retitled by its author", post.Title);
        Assert.Equal(WorkflowState.Draft, post.State);
        Assert.Equal("author-1", post.AuthorId);
        Assert.Null(post.PublishedUtc);
        Assert.Null(post.PublishAtUtc);
        Assert.Null(post.PendingSnapshot);
        Assert.Equal(before.CreatedUtc, post.CreatedUtc);
        Assert.NotEqual(before.Version, post.Version);
        Assert.Equal(1, await app.WithDbAsync(db => db.BlogPosts.CountAsync(p => p.Title == "Retitled by its author", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task ASecondVersionPostedBesideTheFormsOwnChangesNothing()
    {
        await using var app = new CmsAppFactory();
        var author = app.CreateAdminClient(CmsRoles.Author, "author-1");
        var id = await AdminPages.CreatePostAsync(app, author, "version-smuggled");
        var path = $"/admin/posts/{id}";
        var form = Forms.FormFields(await author.GetPageAsync(path), "edit-form").With("title", "Saved against a made-up version");

        var response = await author.PostFormAsync(path, path, form.Append(KeyValuePair.Create("Version", Guid.NewGuid().ToString())));

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        var post = await app.WithDbAsync(db => db.BlogPosts.AsNoTracking().SingleAsync(p => p.Id == id, TestContext.Current.CancellationToken));
        Assert.NotEqual("Saved against a made-up version", post.Title);
        Assert.Equal(WorkflowState.Draft, post.State);
    }

    [Fact]
    public async Task AnAuthorSubmitsForReviewAndOnlyAnEditorCanPublish()
    {
        await using var app = new CmsAppFactory();
        var author = app.CreateAdminClient(CmsRoles.Author, "author-1");
        var editor = app.CreateAdminClient(CmsRoles.Editor, "editor-1");
        var reader = app.CreateReader();
        var id = await AdminPages.CreatePostAsync(app, author, "submitted-by-an-author", "Submitted by an author");
        var path = $"/admin/posts/{id}";
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Get("/blog/submitted-by-an-author")).StatusCode);

        var submitted = await author.PostFormAsync(path, $"{path}/submit");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(WorkflowState.InReview, await StateAsync(app, id));
        Assert.Contains("Waiting for an editor", await author.GetPageAsync(path), StringComparison.Ordinal);

        var refused = await author.PostFormAsync(path, $"{path}/publish");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(WorkflowState.InReview, await StateAsync(app, id));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Get("/blog/submitted-by-an-author")).StatusCode);

        var published = await editor.PostFormAsync(path, $"{path}/publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(WorkflowState.Published, await StateAsync(app, id));
        var page = await reader.GetPageAsync("/blog/submitted-by-an-author");
        Assert.Contains("Submitted by an author", page, StringComparison.Ordinal);
        Assert.Contains("Submitted by an author", await reader.GetPageAsync("/blog"), StringComparison.Ordinal);
    }

    private static Task<WorkflowState> StateAsync(CmsAppFactory app, int id) =>
        app.WithDbAsync(db => db.BlogPosts.Where(p => p.Id == id).Select(p => p.State).SingleAsync(TestContext.Current.CancellationToken));
}
