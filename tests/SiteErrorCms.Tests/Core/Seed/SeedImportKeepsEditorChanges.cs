using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Markdown;
using SiteErrorCms.Core.Seed;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Core.Seed;

public sealed class SeedImportKeepsEditorChanges
{
    [Fact]
    public async Task AnEntryEditedSinceItsImportSurvivesReimportOfAChangedSeed()
    {
        using var seed = new TempDirectory();
        SeedFolder.CopyTo(seed.Path);
        await using var site = new CmsAppFactory { SeedPath = seed.Path };
        _ = site.Services;
        await site.WithDbAsync(async db =>
        {
            var code = await db.StatusCodes.SingleAsync(c => c.Key == "421", TestContext.Current.CancellationToken);
            code.PlainEnglish = MarkdownText.From("An editor's own words.");
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var file = seed.Combine("codes", "4xx", "421.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("## Plain English\n", "## Plain English\n\nThe seed changed too.\n", StringComparison.Ordinal));

        var report = await site.WithDbAsync(db => new SeedImporter(db).ImportAsync(seed.Path, TestContext.Current.CancellationToken));

        Assert.Contains("code 421", report.KeptEditorChanges);
        var text = await site.WithDbAsync(db => db.StatusCodes.Where(c => c.Key == "421").Select(c => c.PlainEnglish.Source).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal("An editor's own words.", text);
    }

    [Fact]
    public async Task AnEditedFaqCountsAsAnEditOfItsCode()
    {
        await using var site = new CmsAppFactory();
        _ = site.Services;
        await site.WithDbAsync(async db =>
        {
            var code = await db.StatusCodes.Include(c => c.Faqs).SingleAsync(c => c.Key == "404", TestContext.Current.CancellationToken);
            code.Faqs[0].Question = "An editor rewrote this question?";
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        var report = await site.WithDbAsync(db => new SeedImporter(db).ImportAsync(SeedFolder.Shipped, TestContext.Current.CancellationToken));

        Assert.Contains("code 404", report.KeptEditorChanges);
        Assert.True(await site.WithDbAsync(db => db.Faqs.AnyAsync(f => f.Question == "An editor rewrote this question?", TestContext.Current.CancellationToken)));
    }
}
