using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Seed;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Core.Seed;

/// <summary>A malformed seed names file, line and reason, and leaves the database exactly as it was.</summary>
/// <remarks>A failed import writes nothing, so the tests share one site; each breaks its own copy of the seed.</remarks>
public sealed class BrokenSeedIsRejected(SeededSite site) : IDisposable
{
    private readonly TempDirectory temp = new();
    private string? seedPath;

    private string Seed => seedPath ??= SeedFolder.CopyTo(temp.Combine("seed"));

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task BadYamlNamesTheFileAndLine()
    {
        Rewrite("codes/4xx/418.md", text => text.Replace("reason: (Unused)", "reason: [unclosed", StringComparison.Ordinal));

        var error = await ImportFailsAsync("codes/4xx/418.md");

        Assert.Equal("seed/codes/4xx/418.md", Path(error));
        Assert.Equal(LineOf("codes/4xx/418.md", "reason: [unclosed"), error.Line);
        Assert.Contains("invalid YAML", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownCategoryNamesTheFileAndLine()
    {
        Rewrite("codes/4xx/410.md", text => text.Replace("category: client-error", "category: client-errors", StringComparison.Ordinal));

        var error = await ImportFailsAsync("codes/4xx/410.md");

        Assert.Equal("seed/codes/4xx/410.md", Path(error));
        Assert.Contains("unknown category 'client-errors'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADuplicateCodeNamesBothFiles()
    {
        File.Copy(System.IO.Path.Combine(Seed, "codes/4xx/404.md"), System.IO.Path.Combine(Seed, "codes/4xx/404-copy.md"));

        var error = await ImportFailsAsync("codes/4xx/404.md");

        Assert.Equal("seed/codes/4xx/404.md", Path(error));
        Assert.Equal(2, error.Line);
        Assert.Contains("duplicate code 404: seed/codes/4xx/404-copy.md already defines it", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingSectionNamesTheFile()
    {
        Rewrite("codes/4xx/409.md", text => text.Replace("## Technical definition", "## Technical details", StringComparison.Ordinal));

        var error = await ImportFailsAsync("codes/4xx/409.md");

        Assert.Equal("seed/codes/4xx/409.md", Path(error));
        Assert.Equal(LineOf("codes/4xx/409.md", "## Technical details"), error.Line);
        Assert.Contains("expected '## Technical definition'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownFieldIsNotIgnored()
    {
        Rewrite("codes/4xx/411.md", text => text.Replace("reason: Length Required", "reason: Length Required\nreasons: typo", StringComparison.Ordinal));

        var error = await ImportFailsAsync("codes/4xx/411.md");

        Assert.Equal(LineOf("codes/4xx/411.md", "reasons: typo"), error.Line);
        Assert.Contains("unknown field 'reasons'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingIsWrittenWhenOneFileOfManyIsBroken()
    {
        // One good change and one broken file: the good change must not land either. The shared site
        // was imported from the same seed, so the good change would otherwise show in the snapshot.
        Rewrite("codes/4xx/418.md", text => text.Replace("## Plain English\n", "## Plain English\n\nThis must not be saved.\n", StringComparison.Ordinal));
        Rewrite("codes/4xx/410.md", text => text.Replace("category: client-error", "category: nowhere", StringComparison.Ordinal));
        var before = await Snapshot();

        await ImportFailsAsync();

        Assert.Equal(before, await Snapshot());
    }

    private async Task<string> Snapshot() => await site.WithDbAsync(async db =>
        string.Join('\n', await db.StatusCodes.AsNoTracking().OrderBy(c => c.Key)
            .Select(c => c.Key + "|" + c.Version + "|" + c.PlainEnglish.Source).ToListAsync(TestContext.Current.CancellationToken)));

    /// <summary>Imports the broken copy, checks nothing changed, and returns the error reported for <paramref name="file"/>.</summary>
    private async Task<SeedError> ImportFailsAsync(string file = "")
    {
        var before = await Snapshot();
        var ex = await Assert.ThrowsAsync<SeedException>(() =>
            site.WithDbAsync(db => new SeedImporter(db).ImportAsync(Seed, TestContext.Current.CancellationToken)));
        Assert.Equal(before, await Snapshot());
        return ex.Errors.FirstOrDefault(e => e.Path == "seed/" + file) ?? ex.Errors[0];
    }

    private static string Path(SeedError error) => error.Path;

    private void Rewrite(string file, Func<string, string> change)
    {
        var path = System.IO.Path.Combine(Seed, file);
        var text = File.ReadAllText(path);
        var changed = change(text);
        Assert.NotEqual(text, changed);
        File.WriteAllText(path, changed);
    }

    private int LineOf(string file, string text) =>
        Array.FindIndex(File.ReadAllLines(System.IO.Path.Combine(Seed, file)), l => l.StartsWith(text, StringComparison.Ordinal)) + 1;
}
