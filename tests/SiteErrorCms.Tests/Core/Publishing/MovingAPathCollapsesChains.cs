using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Tests.Core.Publishing;

public sealed class MovingAPathCollapsesChains
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheOldPathRedirectsToTheNewOne()
    {
        await using var db = await RedirectDb.CreateAsync();

        await db.ChangeAsync(t => t.PathMovedAsync("/blog/a", "/blog/b", Ct));

        Assert.Equal(["/blog/a → /blog/b"], await db.RowsAsync());
        var row = await db.RowAsync("/blog/a");
        Assert.Equal(RedirectOrigin.SlugChange, row.Origin);
        Assert.Equal(db.Clock.GetUtcNow().UtcDateTime, row.CreatedUtc);
    }

    [Fact]
    public async Task AcrossSavesEveryOldPathPointsAtTheLatest()
    {
        await using var db = await RedirectDb.CreateAsync();

        await db.ChangeAsync(t => t.PathMovedAsync("/blog/a", "/blog/b", Ct));
        await db.ChangeAsync(t => t.PathMovedAsync("/blog/b", "/blog/c", Ct));
        await db.ChangeAsync(t => t.PathMovedAsync("/blog/c", "/blog/d", Ct));

        Assert.Equal(["/blog/a → /blog/d", "/blog/b → /blog/d", "/blog/c → /blog/d"], await db.RowsAsync());
    }

    [Fact]
    public async Task WithinOneSaveTooBecauseTheTrackerCounts()
    {
        await using var db = await RedirectDb.CreateAsync();

        await db.ChangeAsync(async t =>
        {
            await t.PathMovedAsync("/blog/a", "/blog/b", Ct);
            await t.PathMovedAsync("/blog/b", "/blog/c", Ct);
            await t.PathMovedAsync("/blog/c", "/blog/d", Ct);
        });

        Assert.Equal(["/blog/a → /blog/d", "/blog/b → /blog/d", "/blog/c → /blog/d"], await db.RowsAsync());
    }

    [Fact]
    public async Task MixingSavedAndUnsavedRedirects()
    {
        await using var db = await RedirectDb.CreateAsync();
        await db.ChangeAsync(t => t.PathMovedAsync("/blog/a", "/blog/b", Ct));

        await db.ChangeAsync(async t =>
        {
            await t.PathMovedAsync("/blog/b", "/blog/c", Ct);
            await t.PathMovedAsync("/blog/c", "/blog/d", Ct);
        });

        Assert.Equal(["/blog/a → /blog/d", "/blog/b → /blog/d", "/blog/c → /blog/d"], await db.RowsAsync());
    }

    [Fact]
    public async Task MovingBackDropsTheSelfLoopAndTheRedirectInFrontOfTheContent()
    {
        await using var db = await RedirectDb.CreateAsync();
        await db.ChangeAsync(t => t.PathMovedAsync("/blog/a", "/blog/b", Ct));

        await db.ChangeAsync(t => t.PathMovedAsync("/blog/b", "/blog/a", Ct));

        Assert.Equal(["/blog/b → /blog/a"], await db.RowsAsync());
    }

    [Fact]
    public async Task MovingBackAndForthInOneSave()
    {
        await using var db = await RedirectDb.CreateAsync();

        await db.ChangeAsync(async t =>
        {
            await t.PathMovedAsync("/blog/a", "/blog/b", Ct);
            await t.PathMovedAsync("/blog/b", "/blog/a", Ct);
            await t.PathMovedAsync("/blog/a", "/blog/b", Ct);
        });

        Assert.Equal(["/blog/a → /blog/b"], await db.RowsAsync());
    }

    [Fact]
    public async Task ARedirectOrGoneMarkerAtTheNewPathIsRemoved()
    {
        await using var db = await RedirectDb.CreateAsync();
        await db.ChangeAsync(async t =>
        {
            await t.PathGoneAsync("/blog/b", Ct);
            await t.PathMovedAsync("/blog/x", "/blog/y", Ct);
        });

        await db.ChangeAsync(async t =>
        {
            await t.PathMovedAsync("/blog/a", "/blog/b", Ct);
            await t.PathMovedAsync("/blog/z", "/blog/x", Ct);
        });

        Assert.Equal(["/blog/a → /blog/b", "/blog/z → /blog/x"], await db.RowsAsync());
    }

    [Fact]
    public async Task AnExistingRedirectFromTheOldPathIsReusedAsASlugChange()
    {
        await using var db = await RedirectDb.CreateAsync();
        await db.ChangeAsync(t => t.PathGoneAsync("/blog/a", Ct));
        db.Clock.Advance(TimeSpan.FromHours(1));

        await db.ChangeAsync(t => t.PathMovedAsync("/blog/a", "/blog/b", Ct));

        var row = await db.RowAsync("/blog/a");
        Assert.Equal("/blog/b", row.ToPath);
        Assert.Equal(RedirectOrigin.SlugChange, row.Origin);
        Assert.True(row.UpdatedUtc > row.CreatedUtc);
    }

    [Fact]
    public async Task PathsAreNormalizedBeforeTheyAreStored()
    {
        await using var db = await RedirectDb.CreateAsync();

        await db.ChangeAsync(t => t.PathMovedAsync(" /blog/a/ ", "/blog/b?x=1", Ct));
        await db.ChangeAsync(t => t.PathMovedAsync("/blog/b/", "/blog/c", Ct));

        Assert.Equal(["/blog/a → /blog/c", "/blog/b → /blog/c"], await db.RowsAsync());
    }

    [Fact]
    public async Task AnExternalTargetIsRefused()
    {
        await using var db = await RedirectDb.CreateAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => db.ChangeAsync(t => t.PathMovedAsync("/blog/a", "//evil.example/b", Ct)));
    }
}
