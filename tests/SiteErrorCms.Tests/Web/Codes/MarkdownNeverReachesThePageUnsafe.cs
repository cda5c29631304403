using SiteErrorCms.Tests.Core.Markdown;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Web.Codes;

/// <summary>Every attack vector, written into every Markdown field of the seed, is harmless on the rendered pages.</summary>
public sealed class MarkdownNeverReachesThePageUnsafe
{
    [Fact]
    public async Task InAnyMarkdownField()
    {
        var attack = string.Join("\n\n", MarkdownIsSanitized.Vectors.Select(v => (string)v.Data));
        using var seed = new TempDirectory();
        SeedFolder.CopyTo(seed.Path);
        Poison(seed.Combine("codes", "4xx", "418.md"), attack);
        Poison(seed.Combine("comparisons", "401-vs-403.md"), attack);
        Poison(seed.Combine("posts", "choosing-between-401-and-403.md"), attack);
        await using var site = new CmsAppFactory { SeedPath = seed.Path };
        var client = site.CreateReader();

        foreach (var path in new[] { "/codes/418", "/compare/401-vs-403", "/blog/choosing-between-401-and-403" })
        {
            var html = await client.GetPageAsync(path);
            Assert.Contains("alert(1)", html, StringComparison.Ordinal); // the vectors arrived, as text
            var problems = HtmlSafety.Problems(html, OwnElement);
            Assert.True(problems.Count == 0, $"{path}: {string.Join(", ", problems)}");
        }
    }

    /// <summary>The layout's own script, stylesheet, meta and JSON-LD elements; nothing else may be active.</summary>
    private static bool OwnElement(AngleSharp.Dom.IElement element) =>
        (element.LocalName == "script" && (element.GetAttribute("type") == "application/ld+json" || element.GetAttribute("src")?.StartsWith("/js/site.js", StringComparison.Ordinal) == true))
        || (element.LocalName == "link" && element.ParentElement?.LocalName == "head")
        || (element.LocalName == "meta" && element.ParentElement?.LocalName == "head")
        || (element.LocalName == "form" && element.GetAttribute("action") is "/search" or "/compare");

    /// <summary>Appends the attack to every Markdown section and FAQ answer of a seed file.</summary>
    private static void Poison(string file, string attack)
    {
        var indented = string.Join("\n", attack.Split('\n').Select(l => "      " + l));
        var lines = File.ReadAllLines(file).ToList();
        var text = string.Join("\n", lines);
        text = text.Replace("    answer: >-\n", "    answer: |-\n", StringComparison.Ordinal);
        text = System.Text.RegularExpressions.Regex.Replace(text, "(  - question: [^\n]*\n    answer: \\|-\n)", m => m.Value + indented + "\n\n");
        var body = text.LastIndexOf("\n---\n", StringComparison.Ordinal) + 5;
        text = text[..body] + text[body..].Replace("\n## ", "\n\n" + attack + "\n\n## ", StringComparison.Ordinal) + "\n\n" + attack + "\n";
        File.WriteAllText(file, text);
    }
}
