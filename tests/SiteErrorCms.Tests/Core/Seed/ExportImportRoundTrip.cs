using SiteErrorCms.Core.Seed;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Core.Seed;

public sealed class ExportImportRoundTrip
{
    [Fact]
    public async Task IsLossless()
    {
        using var exported = new TempDirectory();
        using var reexported = new TempDirectory();
        await using var first = new CmsAppFactory();
        var original = await first.WithDbAsync(db => new SeedExporter(db).ReadDatabaseAsync(TestContext.Current.CancellationToken));
        await first.WithDbAsync(db => new SeedExporter(db).ExportAsync(exported.Path, TestContext.Current.CancellationToken));

        // A second site starts from the exported folder alone.
        await using var second = new CmsAppFactory { SeedPath = exported.Path };
        var roundTripped = await second.WithDbAsync(db => new SeedExporter(db).ReadDatabaseAsync(TestContext.Current.CancellationToken));
        await second.WithDbAsync(db => new SeedExporter(db).ExportAsync(reexported.Path, TestContext.Current.CancellationToken));

        Assert.Equal(Fingerprints(original), Fingerprints(roundTripped));
        Assert.True(original.Codes.Count >= 35);
        foreach (var file in Directory.EnumerateFiles(exported.Path, "*", SearchOption.AllDirectories))
        {
            var twin = System.IO.Path.Combine(reexported.Path, System.IO.Path.GetRelativePath(exported.Path, file));
            Assert.Equal(File.ReadAllText(file), File.ReadAllText(twin));
        }
    }

    [Fact]
    public void TheShippedSeedReadsBackTheSameFromItsExport()
    {
        using var exported = new TempDirectory();
        var shipped = SeedReader.Read(SeedFolder.Shipped);
        SeedWriter.Write(exported.Path, shipped, shipped.Categories.ToDictionary(c => c.Doc.Slug, c => c.Doc.Folder));

        var reread = SeedReader.Read(exported.Path);

        Assert.Equal(Fingerprints(shipped), Fingerprints(reread));
    }

    private static List<string> Fingerprints(SeedSet set) =>
        set.Categories.Select(c => SeedMapping.Fingerprint(c.Doc))
            .Concat(set.Templates.Select(t => SeedMapping.Fingerprint(t.Doc)))
            .Concat(set.Codes.Select(c => SeedMapping.Fingerprint(c.Doc)))
            .Concat(set.Comparisons.Select(c => SeedMapping.Fingerprint(c.Doc)))
            .Concat(set.Posts.Select(p => SeedMapping.Fingerprint(p.Doc)))
            .Order(StringComparer.Ordinal)
            .ToList();
}
