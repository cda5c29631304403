using System.Net;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Markdown;
using SiteErrorCms.Core.Seed;
using Microsoft.Extensions.DependencyInjection;
using SiteErrorCms.PostgresTests.Infrastructure;

namespace SiteErrorCms.PostgresTests;

/// <summary>The behaviours the SQLite suite checks, on real PostgreSQL: migrate, import, read pages, keep edits.</summary>
[Collection(PostgresGroup.Name)]
public sealed class OnPostgres(PostgresServer server)
{
    [Fact]
    public async Task StartUpMigratesWithoutPendingChanges()
    {
        await using var site = new PostgresSite(await server.CreateDatabaseAsync());

        var (pending, applied) = await site.WithDbAsync(async db =>
            ((await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken)).Count(),
             (await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken)).Count()));

        Assert.Equal(0, pending);
        Assert.True(applied > 0);
        Assert.False(await site.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges())));
    }

    [Fact]
    public async Task StartUpImportsTheSeedAndServesCodePages()
    {
        await using var site = new PostgresSite(await server.CreateDatabaseAsync());
        var client = site.CreateReader();

        var page = await client.GetAsync(new Uri("/codes/421", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var category = await client.GetAsync(new Uri("/category/client-error", UriKind.Relative), TestContext.Current.CancellationToken);
        var missing = await client.GetAsync(new Uri("/codes/999", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("421 Misdirected Request", html, StringComparison.Ordinal);
        Assert.Contains("id=\"snippet-flask\"", html, StringComparison.Ordinal);
        Assert.Contains("rfc9110.html#section-15.5.20", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, category.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task ASecondImportChangesNothingAndEditsSurvive()
    {
        await using var site = new PostgresSite(await server.CreateDatabaseAsync());
        await site.WithDbAsync(async db =>
        {
            var code = await db.StatusCodes.SingleAsync(c => c.Key == "421", TestContext.Current.CancellationToken);
            code.PlainEnglish = MarkdownText.From("Edited on PostgreSQL.");
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        var report = await site.WithDbAsync(db => new SeedImporter(db).ImportAsync(Path.Combine(AppContext.BaseDirectory, "seed"), TestContext.Current.CancellationToken));

        Assert.Equal(0, report.Created);
        Assert.Equal(0, report.Updated);
        Assert.Equal(["code 421"], report.KeptEditorChanges);
        Assert.Equal("Edited on PostgreSQL.", await site.WithDbAsync(db =>
            db.StatusCodes.Where(c => c.Key == "421").Select(c => c.PlainEnglish.Source).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task AStaleSaveIsRefusedByTheConcurrencyToken()
    {
        await using var site = new PostgresSite(await server.CreateDatabaseAsync());
        await using var scope1 = site.Services.CreateAsyncScope();
        await using var scope2 = site.Services.CreateAsyncScope();
        var first = scope1.ServiceProvider.GetRequiredService<SiteErrorCms.Core.Data.CmsDbContext>();
        var second = scope2.ServiceProvider.GetRequiredService<SiteErrorCms.Core.Data.CmsDbContext>();
        var mine = await first.StatusCodes.SingleAsync(c => c.Key == "404", TestContext.Current.CancellationToken);
        var theirs = await second.StatusCodes.SingleAsync(c => c.Key == "404", TestContext.Current.CancellationToken);

        theirs.Summary = "Saved first.";
        await second.SaveChangesAsync(TestContext.Current.CancellationToken);
        mine.Summary = "Saved second, from a stale copy.";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync(TestContext.Current.CancellationToken));
    }
}
