using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Web.Startup;

public sealed class SeedCommandLine
{
    [Fact]
    public async Task ExportThenImportRoundTripsThroughTheCommandLine()
    {
        using var data = new TempDirectory();
        using var exported = new TempDirectory();
        using var seed = new TempDirectory();
        SeedFolder.WriteMinimal(seed.Path);
        var environment = new Dictionary<string, string> { ["Database__DataDirectory"] = data.Path };

        var import = await AppProcess.RunAsync(environment, "seed", "import", seed.Path);
        var export = await AppProcess.RunAsync(environment, "seed", "export", exported.Path);
        var again = await AppProcess.RunAsync(environment, "seed", "import", exported.Path);

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Matches(@"Imported .*: \d+ created, 0 updated, 0 unchanged", import.Output);
        Assert.True(export.ExitCode == 0, export.Error);
        Assert.True(File.Exists(Path.Combine(exported.Path, "codes", "4xx", "421.md")));
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Matches(@": 0 created, 0 updated, \d+ unchanged, 0 kept", again.Output);
    }

    [Fact]
    public async Task ABrokenSeedExitsNonZeroNamingFileAndLine()
    {
        using var data = new TempDirectory();
        using var seed = new TempDirectory();
        SeedFolder.WriteMinimal(seed.Path);
        var file = seed.Combine("codes", "4xx", "404.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("category: client-error", "category: missing", StringComparison.Ordinal));

        var result = await AppProcess.RunAsync(new Dictionary<string, string> { ["Database__DataDirectory"] = data.Path }, "seed", "import", seed.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/codes/4xx/404.md:", result.Error, StringComparison.Ordinal);
        Assert.Contains("unknown category 'missing'", result.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported.", result.Error, StringComparison.Ordinal);
    }
}
