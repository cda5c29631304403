using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Seed;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Core.Seed;

public sealed class SeedImportIsIdempotent
{
    [Fact]
    public async Task ASecondImportChangesNothing()
    {
        await using var site = new CmsAppFactory();
        _ = site.Services; // start-up imports the shipped seed once
        var before = await site.WithDbAsync(db => db.StatusCodes.AsNoTracking().Select(c => new { c.Key, c.Version, c.UpdatedUtc }).ToListAsync(TestContext.Current.CancellationToken));
        site.Clock.Advance(TimeSpan.FromHours(1));

        var report = await site.WithDbAsync(db => new SeedImporter(db).ImportAsync(SeedFolder.Shipped, TestContext.Current.CancellationToken));

        Assert.Equal(0, report.Created);
        Assert.Equal(0, report.Updated);
        Assert.Empty(report.KeptEditorChanges);
        Assert.True(report.Unchanged >= before.Count);
        var after = await site.WithDbAsync(db => db.StatusCodes.AsNoTracking().Select(c => new { c.Key, c.Version, c.UpdatedUtc }).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(before.OrderBy(c => c.Key), after.OrderBy(c => c.Key));
    }

    [Fact]
    public async Task AChangedSeedFileUpdatesItsEntry()
    {
        using var seed = new TempDirectory();
        SeedFolder.CopyTo(seed.Path);
        await using var site = new CmsAppFactory { SeedPath = seed.Path };
        _ = site.Services;
        var file = seed.Combine("codes", "4xx", "418.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("## Plain English\n", "## Plain English\n\nA sentence added in the seed.\n", StringComparison.Ordinal));

        var report = await site.WithDbAsync(db => new SeedImporter(db).ImportAsync(seed.Path, TestContext.Current.CancellationToken));

        Assert.Equal(1, report.Updated);
        var text = await site.WithDbAsync(db => db.StatusCodes.Where(c => c.Key == "418").Select(c => c.PlainEnglish.Source).SingleAsync(TestContext.Current.CancellationToken));
        Assert.StartsWith("A sentence added in the seed.", text, StringComparison.Ordinal);
    }
}
