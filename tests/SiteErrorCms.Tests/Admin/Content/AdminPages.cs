using System.Net;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Editing;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Content;

internal static class AdminPages
{
    public static Task<int> IdOfCodeAsync(CmsAppFactory app, string key) =>
        app.WithDbAsync(db => db.StatusCodes.Where(c => c.Key == key).Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken));

    public static Task<int> IdOfPostAsync(CmsAppFactory app, string slug) =>
        app.WithDbAsync(db => db.BlogPosts.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken));

    public static Task<int> IdOfComparisonAsync(CmsAppFactory app, string slug) =>
        app.WithDbAsync(db => db.Comparisons.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken));

    /// <summary>The fields the editor works on now: the pending change of a published entry, else its columns.</summary>
    public static Task<FieldValues> CurrentFieldsAsync(CmsAppFactory app, string typeName, int id) =>
        app.WithDbAsync(async db =>
        {
            var type = ContentTypes.Find(typeName)!;
            return ContentWorkflow.Current(type, (await type.FindDetachedAsync(db, id, TestContext.Current.CancellationToken))!);
        });

    /// <summary>Writes a new post through the form, as <paramref name="client"/>; returns its id.</summary>
    public static async Task<int> CreatePostAsync(CmsAppFactory app, HttpClient client, string slug, string title = "Reading a 421 in the logs")
    {
        var form = Forms.FormFields(await client.GetPageAsync("/admin/posts/new"), "edit-form")
            .With("title", title)
            .With("slug", slug)
            .With("summary", "What a Misdirected Request in your access log says about connection reuse, and how to stop it.")
            .With("author", "Test Author")
            .With("tags", "http2")
            .With("body", "A **421** comes back when a reused connection reaches the wrong host.");
        var response = await client.PostFormAsync("/admin/posts/new", "/admin/posts/new", form);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"creating {slug}: {(int)response.StatusCode} {Html.Text(await response.Body())} {string.Join("\n", app.Log.Errors)}");
        return await IdOfPostAsync(app, slug);
    }

    /// <summary>Posts the form and insists on the redirect a successful save gives.</summary>
    public static async Task SaveAsync(CmsAppFactory app, HttpClient client, string editPath, List<KeyValuePair<string, string>> form)
    {
        var response = await client.PostFormAsync(editPath, editPath, form);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"saving {editPath}: {(int)response.StatusCode} {Html.Text(await response.Body())} {string.Join("\n", app.Log.Errors)}");
    }
}
