using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Core.Data;

public sealed class ConcurrencyTokenMoves
{
    [Fact]
    public async Task WhenAFaqOfTheCodeChangesButNotTheCategorysToken()
    {
        await using var site = new CmsAppFactory();
        var ct = TestContext.Current.CancellationToken;
        var before = await site.WithDbAsync(db => db.StatusCodes.Where(c => c.Key == "404")
            .Select(c => new { Code = c.Version, Category = c.Category!.Version }).SingleAsync(ct));

        await site.WithDbAsync(async db =>
        {
            await db.Categories.Include(c => c.Codes).LoadAsync(ct);
            var code = await db.StatusCodes.Include(c => c.Faqs).SingleAsync(c => c.Key == "404", ct);
            code.Faqs[0].Answer = SiteErrorCms.Core.Markdown.MarkdownText.From("A new answer from an editor.");
            await db.SaveChangesAsync(ct);
        });

        var after = await site.WithDbAsync(db => db.StatusCodes.Where(c => c.Key == "404")
            .Select(c => new { Code = c.Version, Category = c.Category!.Version }).SingleAsync(ct));
        Assert.NotEqual(before.Code, after.Code);
        Assert.Equal(before.Category, after.Category);
    }

    [Fact]
    public async Task AndAStaleSaveIsRefusedOnSqlite()
    {
        await using var site = new CmsAppFactory();
        var ct = TestContext.Current.CancellationToken;
        await using var first = site.Services.CreateAsyncScope();
        await using var second = site.Services.CreateAsyncScope();
        var mine = await Db(first).StatusCodes.SingleAsync(c => c.Key == "421", ct);
        var theirs = await Db(second).StatusCodes.SingleAsync(c => c.Key == "421", ct);

        theirs.Summary = "Saved first.";
        await Db(second).SaveChangesAsync(ct);
        mine.Summary = "Saved second, from a stale copy.";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => Db(first).SaveChangesAsync(ct));
    }

    private static CmsDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<CmsDbContext>();
}
