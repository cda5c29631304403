using SiteErrorCms.Core.Seed;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Content;

/// <summary>Every snippet a reader can copy parses in its own language, checked by that language's own parser.</summary>
public sealed class SnippetsParse
{
    private static readonly Lazy<IReadOnlyList<SnippetSource>> Shipped = new(() => SnippetSources.All(SeedReader.Read(SeedFolder.Shipped)));

    public static TheoryData<string> Languages => new(SnippetCheckers.Tools.Keys);

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task InTheShippedSeed(string language)
    {
        var snippets = Shipped.Value.Where(s => s.Language == language).ToList();
        RequireTool(language);
        using var work = new TempDirectory();

        var failures = await SnippetCheckers.CheckAsync(language, snippets, work.Path);

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20).Select(f => $"{f.Snippet.Origin} ({f.Snippet.Framework}): {f.Message}")));
    }

    [Theory]
    [InlineData("javascript", "app.get('/x', (req, res) => { res.status(404).json({ a: 1 ); });")]
    [InlineData("python", "def example(:\n    return 1")]
    [InlineData("ruby", "class X\n  def show\n    render json: { a: 1 \n  end\nend")]
    [InlineData("go", "package main\n\nfunc main() {\n\tfmt.Println(\"x\"\n}")]
    [InlineData("php", "<?php\necho 'x'\necho 'y';")]
    [InlineData("nginx", "server {\n    listen 8080;\n    location / {\n        return 404 'x'\n    }\n}")]
    [InlineData("xml", "<configuration><system.webServer></configuration>")]
    [InlineData("csharp", "app.MapGet(\"/x\", () => Results.StatusCode(404);")]
    public async Task ASyntaxErrorIsCaughtAndNamed(string language, string code)
    {
        RequireTool(language);
        using var work = new TempDirectory();
        var broken = new SnippetSource("seed/codes/4xx/404.md", "Test framework", language, code);

        var failures = await SnippetCheckers.CheckAsync(language, [broken], work.Path);

        var failure = Assert.Single(failures);
        Assert.Equal("seed/codes/4xx/404.md", failure.Snippet.Origin);
        Assert.NotEmpty(failure.Message);
    }

    /// <summary>Locally a missing parser skips its language; under CI it is a failure, because tests/run.sh installs them.</summary>
    private static void RequireTool(string language)
    {
        if (SnippetCheckers.Tools[language] is not { } tool || SnippetCheckers.FindTool(tool) is not null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) && language != "rust")
        {
            Assert.Fail($"{tool} is needed to check {language} snippets; tests/run.sh installs it");
        }

        Assert.Skip($"{tool} is not installed, so {language} snippets are not checked here");
    }
}
