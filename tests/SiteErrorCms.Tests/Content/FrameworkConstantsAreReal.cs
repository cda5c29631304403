using System.Text.Json;
using System.Text.RegularExpressions;
using SiteErrorCms.Core.Seed;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Content;

/// <summary>The constant names the seed gives for each framework exist in that framework, with that number.</summary>
public sealed partial class FrameworkConstantsAreReal
{
    private static readonly Lazy<SeedSet> Shipped = new(() => SeedReader.Read(SeedFolder.Shipped));

    [Fact]
    public void AspNetCoreStatusCodesByReflection()
    {
        var fields = typeof(Microsoft.AspNetCore.Http.StatusCodes).GetFields().ToDictionary(f => f.Name, f => (int)f.GetValue(null)!);

        var wrong = Named("aspnetcore")
            .Where(x => !x.Name.StartsWith("StatusCodes.", StringComparison.Ordinal)
                || !fields.TryGetValue(x.Name["StatusCodes.".Length..], out var value) || value != x.Code)
            .Select(x => $"{x.Path}: {x.Name} is not StatusCodes' constant for {x.Code}")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task PythonHttpStatusByRunningPython()
    {
        var members = await RunJsonAsync("python3", "-c", "import http, json; print(json.dumps({m: s.value for m, s in http.HTTPStatus.__members__.items()}))");

        var wrong = Named("python")
            .Where(x => !x.Name.StartsWith("HTTPStatus.", StringComparison.Ordinal)
                || !members.TryGetProperty(x.Name["HTTPStatus.".Length..], out var value) || value.GetInt32() != x.Code)
            .Select(x => $"{x.Path}: {x.Name} is not a member of http.HTTPStatus with value {x.Code}")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task NodeStatusCodesByRunningNode()
    {
        var texts = await RunJsonAsync("node", "-e", "console.log(JSON.stringify(require('http').STATUS_CODES))");

        var wrong = Named("node")
            .Where(x => !texts.TryGetProperty(x.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), out var text) || text.GetString() != x.Name)
            .Select(x => $"{x.Path}: http.STATUS_CODES[{x.Code}] is not '{x.Name}'")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task GoNetHttpByReadingGoDoc()
    {
        if (SnippetCheckers.FindTool("go") is null)
        {
            Assert.Skip("go is not installed (tests/run.sh installs golang-go)");
        }

        var (_, doc) = await ExternalTool.RunAsync("go", "doc", "-all", "net/http");
        var constants = GoConstant().Matches(doc).ToDictionary(m => "http." + m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));

        var wrong = Named("go")
            .Where(x => !constants.TryGetValue(x.Name, out var value) || value != x.Code)
            .Select(x => $"{x.Path}: {x.Name} is not net/http's constant for {x.Code}")
            .ToList();

        Assert.True(constants.Count > 50, "go doc listed the Status constants");
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    private static IEnumerable<(string Path, int Code, string Name)> Named(string framework) =>
        Shipped.Value.Codes
            .SelectMany(c => (c.Doc.Facts?.Constants ?? []).Where(k => k.Framework == framework).Select(k => (c.Path, c.Doc.Code, k.Name)));

    private static async Task<JsonElement> RunJsonAsync(string tool, params string[] args)
    {
        var (exit, output) = await ExternalTool.RunAsync(tool, args);
        Assert.True(exit == 0, output);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    [GeneratedRegex(@"\b(Status[A-Za-z]+)\s*=\s*(\d{3})\b")]
    private static partial Regex GoConstant();
}
