using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Tests.Core.Publishing;

public sealed class GoneAndLivePaths
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ADeletedPathAnswersGone()
    {
        await using var db = await RedirectDb.CreateAsync();

        await db.ChangeAsync(t => t.PathGoneAsync("/blog/a", Ct));

        Assert.Equal(["/blog/a → 410"], await db.RowsAsync());
        Assert.Equal(RedirectOrigin.Deleted, (await db.RowAsync("/blog/a")).Origin);
    }

    [Fact]
    public async Task GoneKeepsARedirectThatAlreadyLeadsOn()
    {
        await using var db = await RedirectDb.CreateAsync();
        await db.ChangeAsync(t => t.PathMovedAsync("/blog/a", "/blog/b", Ct));

        await db.ChangeAsync(t => t.PathGoneAsync("/blog/a", Ct));

        Assert.Equal(["/blog/a → /blog/b"], await db.RowsAsync());
    }

    [Fact]
    public async Task GoneTwiceInOneSaveAddsOneRow()
    {
        await using var db = await RedirectDb.CreateAsync();

        await db.ChangeAsync(async t =>
        {
            await t.PathGoneAsync("/blog/a", Ct);
            await t.PathGoneAsync("/blog/a/", Ct);
        });

        Assert.Equal(["/blog/a → 410"], await db.RowsAsync());
    }

    [Fact]
    public async Task LiveContentRemovesARedirectOrGoneMarkerFromItsPath()
    {
        await using var db = await RedirectDb.CreateAsync();
        await db.ChangeAsync(async t =>
        {
            await t.PathMovedAsync("/blog/a", "/blog/b", Ct);
            await t.PathGoneAsync("/blog/c", Ct);
        });

        await db.ChangeAsync(async t =>
        {
            await t.PathLiveAsync("/blog/a", Ct);
            await t.PathLiveAsync("/blog/c", Ct);
        });

        Assert.Empty(await db.RowsAsync());
    }

    [Fact]
    public async Task LiveThenMovedAgainInOneSaveReusesTheRow()
    {
        await using var db = await RedirectDb.CreateAsync();
        await db.ChangeAsync(t => t.PathGoneAsync("/blog/a", Ct));

        await db.ChangeAsync(async t =>
        {
            await t.PathLiveAsync("/blog/a", Ct);
            await t.PathMovedAsync("/blog/a", "/blog/b", Ct);
        });

        Assert.Equal(["/blog/a → /blog/b"], await db.RowsAsync());
    }

    [Fact]
    public async Task FindUsesTheSameSpellingAsTheTable()
    {
        await using var db = await RedirectDb.CreateAsync();
        await db.ChangeAsync(t => t.PathMovedAsync("/blog/a", "/blog/b", Ct));
        await using var context = db.Context();
        var table = new RedirectTable(context, db.Clock);

        Assert.Equal("/blog/b", (await table.FindAsync("/blog/a/", Ct))?.ToPath);
        Assert.Null(await table.FindAsync("/Blog/a", Ct));
        Assert.Null(await table.FindAsync("not a path", Ct));
    }
}
