using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Core.Editing;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Content;

public sealed class SchedulingAPost
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PublishesWhenTheClockPassesItsTimeExactlyOnceAndRecordsTheRun()
    {
        await using var app = new CmsAppFactory();
        var editor = app.CreateAdminClient(CmsRoles.Editor);
        var id = await CreateDraftPostAsync(app, editor, "scheduled-post");

        var due = app.Clock.GetUtcNow().UtcDateTime.AddHours(2);
        var scheduled = await editor.PostFormAsync($"/admin/posts/{id}", $"/admin/posts/{id}/schedule", ("publishAt", due.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        Assert.Equal(WorkflowState.Scheduled, await app.WithDbAsync(db => db.BlogPosts.Where(p => p.Id == id).Select(p => p.State).SingleAsync(Ct)));
        Assert.Contains("Scheduled publication test post", await editor.GetPageAsync("/admin/calendar"), StringComparison.Ordinal);

        var publisher = app.Services.GetRequiredService<ScheduledPublisher>();
        var early = await publisher.RunOnceAsync(Ct);
        Assert.Equal(0, early.Published);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateReader().Get("/blog/scheduled-post")).StatusCode);

        app.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromSeconds(1));
        var run = await publisher.RunOnceAsync(Ct);
        var again = await publisher.RunOnceAsync(Ct);

        Assert.Equal(1, run.Published);
        Assert.Equal(0, again.Published);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateReader().Get("/blog/scheduled-post")).StatusCode);
        var post = await app.WithDbAsync(db => db.BlogPosts.SingleAsync(p => p.Id == id, Ct));
        Assert.Equal(due.AddSeconds(-due.Second), post.PublishedUtc!.Value, TimeSpan.FromMinutes(1));
        Assert.Null(post.PublishAtUtc);
        Assert.Equal(3, await app.WithDbAsync(db => db.PublisherRuns.CountAsync(Ct)));
    }

    [Fact]
    public async Task AnItemWhoseTimePassedWithoutPublishingShowsAsMissedOnTheDashboard()
    {
        await using var app = new CmsAppFactory();
        var editor = app.CreateAdminClient(CmsRoles.Editor);
        var id = await CreateDraftPostAsync(app, editor, "missed-post");
        var due = app.Clock.GetUtcNow().UtcDateTime.AddMinutes(30);
        await editor.PostFormAsync($"/admin/posts/{id}", $"/admin/posts/{id}/schedule", ("publishAt", due.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture)));

        app.Clock.Advance(TimeSpan.FromHours(1));
        var dashboard = await editor.GetPageAsync("/admin");

        Assert.Contains("missed-heading", dashboard, StringComparison.Ordinal);
        Assert.Contains("Scheduled publication test post", Html.Text(dashboard[dashboard.IndexOf("missed-heading", StringComparison.Ordinal)..]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATimeInThePastIsRefused()
    {
        await using var app = new CmsAppFactory();
        var editor = app.CreateAdminClient(CmsRoles.Editor);
        var id = await CreateDraftPostAsync(app, editor, "past-post");
        var past = app.Clock.GetUtcNow().UtcDateTime.AddHours(-1);

        await editor.PostFormAsync($"/admin/posts/{id}", $"/admin/posts/{id}/schedule", ("publishAt", past.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(WorkflowState.Draft, await app.WithDbAsync(db => db.BlogPosts.Where(p => p.Id == id).Select(p => p.State).SingleAsync(Ct)));
        Assert.Contains("Choose a time in the future", await editor.GetPageAsync($"/admin/posts/{id}"), StringComparison.Ordinal);
    }

    internal static async Task<int> CreateDraftPostAsync(CmsAppFactory app, HttpClient client, string slug)
    {
        var form = await client.Get("/admin/posts/new");
        Assert.True(form.StatusCode == HttpStatusCode.OK, string.Join("\n", app.Log.Errors));
        var response = await client.PostFormAsync("/admin/posts/new", "/admin/posts/new",
            ("title", "Scheduled publication test post"),
            ("slug", slug),
            ("summary", "A post written in the admin to test scheduled publication end to end, from draft to live."),
            ("author", "Test Editor"),
            ("tags", "testing"),
            ("codes", "503"),
            ("body", "A body long enough to publish, linking to [503](/codes/503)."));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join("\n", app.Log.Errors) + await response.Body());
        return await AdminPages.IdOfPostAsync(app, slug);
    }
}
