using System.Net;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Content;

public sealed class InvalidNewEntries
{
    [Fact]
    public async Task ANewComparisonWithATakenSlugAndAnUnknownCodeIsRefusedBesideEachFieldWithTheInputKept()
    {
        await using var app = new CmsAppFactory();
        var editor = app.CreateAdminClient(CmsRoles.Editor, "editor-1");
        var form = Forms.FormFields(await editor.GetPageAsync("/admin/comparisons/new"), "edit-form")
            .With("slug", "401-vs-403").With("a", "401").With("b", "799")
            .With("title", "Kept title of a refused comparison").With("summary", "Kept summary.").With("body", "Kept body text.");

        var response = await editor.PostFormAsync("/admin/comparisons/new", "/admin/comparisons/new", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Body();
        Assert.Contains("id=\"f-slug-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Another comparison already uses /compare/401-vs-403.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"f-b-error\"", html, StringComparison.Ordinal);
        Assert.Contains("There is no code 799.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"f-a-error\"", html, StringComparison.Ordinal);
        var kept = Forms.FormFields(html, "edit-form");
        Assert.Equal("799", kept.Single(f => f.Key == "b").Value);
        Assert.Equal("Kept title of a refused comparison", kept.Single(f => f.Key == "title").Value);
        Assert.Equal("Kept body text.", kept.Single(f => f.Key == "body").Value);
        Assert.Equal(1, await app.WithDbAsync(db => db.Comparisons.CountAsync(c => c.Slug == "401-vs-403", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task AComparisonWhoseSlugDoesNotNameItsCodesIsRefused()
    {
        await using var app = new CmsAppFactory();
        var editor = app.CreateAdminClient(CmsRoles.Editor, "editor-1");
        var form = Forms.FormFields(await editor.GetPageAsync("/admin/comparisons/new"), "edit-form")
            .With("slug", "unauthorized-or-not-found").With("a", "401").With("b", "404")
            .With("title", "401 vs 404").With("summary", "When to say who you are and when to say nothing is there.").With("body", "Body.");

        var response = await editor.PostFormAsync("/admin/comparisons/new", "/admin/comparisons/new", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("use 401-vs-404", await response.Body(), StringComparison.Ordinal);
        var created = await editor.PostFormAsync("/admin/comparisons/new", "/admin/comparisons/new", form.With("slug", "401-vs-404"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
    }

    [Fact]
    public async Task AQuizAnswerThatIsNotAmongTheChoicesIsRefused()
    {
        await using var app = new CmsAppFactory();
        var editor = app.CreateAdminClient(CmsRoles.Editor, "editor-1");
        var form = Forms.FormFields(await editor.GetPageAsync("/admin/quiz/new"), "edit-form")
            .With("key", "which-code-for-a-missing-page").With("question", "Which code says the page does not exist?")
            .With("choices", "404 Not Found\n410 Gone\n400 Bad Request").With("answer", "404 Missing")
            .With("explanation", "404 is the general not-found answer.").With("difficulty", "easy");

        var response = await editor.PostFormAsync("/admin/quiz/new", "/admin/quiz/new", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Body();
        Assert.Contains("id=\"f-answer-error\"", html, StringComparison.Ordinal);
        Assert.Contains("The right answer must be one of the choices", html, StringComparison.Ordinal);
        Assert.Equal("404 Missing", Forms.FormFields(html, "edit-form").Single(f => f.Key == "answer").Value);

        var fixedForm = form.With("answer", "404 Not Found");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync("/admin/quiz/new", "/admin/quiz/new", fixedForm)).StatusCode);
    }
}
