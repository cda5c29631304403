using System.Net;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Content;

public sealed class EditingACode
{
    private const string Edited = "A shared connection reached a server that does not serve this host name.";

    [Fact]
    public async Task PendingChangesShowInPreviewButNotOnThePublicPageUntilPublished()
    {
        await using var app = new CmsAppFactory();
        var editor = app.CreateAdminClient(CmsRoles.Editor);
        var reader = app.CreateReader();
        var id = await AdminPages.IdOfCodeAsync(app, "421");

        var form = Forms.FormFields(await editor.GetPageAsync($"/admin/codes/{id}"), "edit-form");
        var saved = await editor.PostFormAsync($"/admin/codes/{id}", $"/admin/codes/{id}", form.With("plainEnglish", Edited));
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, Html.Text(await saved.Body()));

        var preview = await editor.Get($"/admin/codes/{id}/preview");
        Assert.True(preview.StatusCode == HttpStatusCode.OK, string.Join("\n", app.Log.Errors));
        Assert.Contains("no-store", preview.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var previewHtml = await preview.Body();
        Assert.Contains(Edited, previewHtml, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", previewHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(Edited, await reader.GetPageAsync("/codes/421"), StringComparison.Ordinal);

        var published = await editor.PostFormAsync($"/admin/codes/{id}", $"/admin/codes/{id}/publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains(Edited, await reader.GetPageAsync("/codes/421"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreviewIsRefusedToReaders()
    {
        await using var app = new CmsAppFactory();
        var id = await AdminPages.IdOfCodeAsync(app, "421");
        var response = await app.CreateReader().Get($"/admin/codes/{id}/preview");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnInvalidSaveShowsTheErrorBesideTheFieldAndKeepsTheInput()
    {
        await using var app = new CmsAppFactory();
        var editor = app.CreateAdminClient(CmsRoles.Editor);
        var id = await AdminPages.IdOfCodeAsync(app, "421");
        var form = Forms.FormFields(await editor.GetPageAsync($"/admin/codes/{id}"), "edit-form");

        var response = await editor.PostFormAsync($"/admin/codes/{id}", $"/admin/codes/{id}", form.With("code", "forty-two").With("reason", "Kept Reason Text"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Body();
        Assert.Contains("id=\"f-code-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Enter a whole number.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"forty-two\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Kept Reason Text\"", html, StringComparison.Ordinal);
        Assert.Contains("<h1>421 Misdirected Request</h1>", html, StringComparison.Ordinal);
    }
}
