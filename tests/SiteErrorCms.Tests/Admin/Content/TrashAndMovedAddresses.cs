using System.Net;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Content;

/// <summary>Old public addresses keep answering: a deleted page is remembered as gone, a moved one points at its new address.</summary>
public sealed class TrashAndMovedAddresses
{
    [Fact]
    public async Task TrashingAPublishedCodeTakesItOffTheSiteAndRemembersItsAddressAsGone()
    {
        await using var app = new CmsAppFactory();
        var editor = app.CreateAdminClient(CmsRoles.Editor, "editor-1");
        var reader = app.CreateReader();
        var id = await AdminPages.IdOfCodeAsync(app, "421");
        var path = $"/admin/codes/{id}";
        await reader.GetPageAsync("/codes/421");

        var deleted = await editor.PostFormAsync(path, $"{path}/delete");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(WorkflowState.Trashed, await StateAsync(app, id));
        var gone = Assert.Single(await RedirectsAsync(app, "/codes/421"));
        Assert.Null(gone.ToPath);
        Assert.Equal(RedirectOrigin.Deleted, gone.Origin);
        Assert.NotEqual(HttpStatusCode.OK, (await reader.Get("/codes/421")).StatusCode);
        Assert.Contains("421", await editor.GetPageAsync("/admin/codes?state=trashed"), StringComparison.Ordinal);

        var restored = await editor.PostFormAsync(path, $"{path}/restore");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(WorkflowState.Draft, await StateAsync(app, id));
        Assert.NotEqual(HttpStatusCode.OK, (await reader.Get("/codes/421")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync(path, $"{path}/publish")).StatusCode);
        Assert.Equal(WorkflowState.Published, await StateAsync(app, id));
        Assert.Empty(await RedirectsAsync(app, "/codes/421"));
        await reader.GetPageAsync("/codes/421");
    }

    [Fact]
    public async Task APostedIdCannotPointAStepAtAnotherEntry()
    {
        await using var app = new CmsAppFactory();
        var editor = app.CreateAdminClient(CmsRoles.Editor, "editor-1");
        var target = await AdminPages.IdOfCodeAsync(app, "421");
        var bystander = await AdminPages.IdOfCodeAsync(app, "404");

        var deleted = await editor.PostFormAsync($"/admin/codes/{target}", $"/admin/codes/{target}/delete", ("id", bystander.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(WorkflowState.Trashed, await StateAsync(app, target));
        Assert.Equal(WorkflowState.Published, await StateAsync(app, bystander));
    }

    [Fact]
    public async Task ChangingAPublishedComparisonsSlugRedirectsEveryOldAddressToTheNewestOne()
    {
        await using var app = new CmsAppFactory();
        var editor = app.CreateAdminClient(CmsRoles.Editor, "editor-1");
        var reader = app.CreateReader();
        var id = await AdminPages.IdOfComparisonAsync(app, "401-vs-403");
        var path = $"/admin/comparisons/{id}";

        await AdminPages.SaveAsync(app, editor, path, Forms.FormFields(await editor.GetPageAsync(path), "edit-form").With("slug", "403-vs-401").With("a", "403").With("b", "401"));
        Assert.Empty(await RedirectsAsync(app, "/compare/401-vs-403"));
        await reader.GetPageAsync("/compare/401-vs-403");

        await PublishAsync(app, editor, path);

        var moved = Assert.Single(await RedirectsAsync(app, "/compare/401-vs-403"));
        Assert.Equal("/compare/403-vs-401", moved.ToPath);
        Assert.Equal(RedirectOrigin.SlugChange, moved.Origin);
        await reader.GetPageAsync("/compare/403-vs-401");

        await AdminPages.SaveAsync(app, editor, path, Forms.FormFields(await editor.GetPageAsync(path), "edit-form").With("slug", "401-vs-404").With("b", "404").With("a", "401"));
        await PublishAsync(app, editor, path);

        var all = await app.WithDbAsync(db => db.Redirects.AsNoTracking().Where(r => r.Origin == RedirectOrigin.SlugChange).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(
            ["/compare/401-vs-403 → /compare/401-vs-404", "/compare/403-vs-401 → /compare/401-vs-404"],
            all.Select(r => $"{r.FromPath} → {r.ToPath}").Order(StringComparer.Ordinal));
        await reader.GetPageAsync("/compare/401-vs-404");
    }

    private static async Task PublishAsync(CmsAppFactory app, HttpClient editor, string path)
    {
        var response = await editor.PostFormAsync(path, $"{path}/publish");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join("\n", app.Log.Errors));
        Assert.Contains("Published", await editor.GetPageAsync(path), StringComparison.Ordinal);
    }

    private static Task<WorkflowState> StateAsync(CmsAppFactory app, int id) =>
        app.WithDbAsync(db => db.StatusCodes.Where(c => c.Id == id).Select(c => c.State).SingleAsync(TestContext.Current.CancellationToken));

    private static Task<List<Redirect>> RedirectsAsync(CmsAppFactory app, string from) =>
        app.WithDbAsync(db => db.Redirects.AsNoTracking().Where(r => r.FromPath == from).ToListAsync(TestContext.Current.CancellationToken));
}
