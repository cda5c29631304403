using YamlDotNet.RepresentationModel;
using static SiteErrorCms.Core.Seed.YamlOut;

namespace SiteErrorCms.Core.Seed;

/// <summary>Writes seed documents in the format <see cref="SeedReader"/> reads, so export → import is lossless.</summary>
public static class SeedWriter
{
    public static void Write(string directory, SeedSet set, IReadOnlyDictionary<string, string> categoryFolders)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, SeedReader.CategoriesFile), Serialize(List(set.Categories.Select(c => (YamlNode)Category(c.Doc)))));
        File.WriteAllText(Path.Combine(directory, SeedReader.TemplatesFile), Serialize(List(set.Templates.Select(t => (YamlNode)Template(t.Doc)))));
        if (set.Quiz.Count > 0)
        {
            File.WriteAllText(Path.Combine(directory, SeedReader.QuizFile), Serialize(List(set.Quiz.Select(q => (YamlNode)Quiz(q.Doc)))));
        }

        foreach (var code in set.Codes.Select(c => c.Doc))
        {
            var name = code.SubCode is { } sub ? $"{code.Code}.{sub}.md" : $"{code.Code}.md";
            WriteFile(Path.Combine(directory, "codes", categoryFolders[code.Category], name), Code(code), CodeBody(code));
        }

        foreach (var comparison in set.Comparisons.Select(c => c.Doc))
        {
            WriteFile(Path.Combine(directory, "comparisons", comparison.Slug + ".md"), Comparison(comparison), comparison.Body);
        }

        foreach (var post in set.Posts.Select(p => p.Doc))
        {
            WriteFile(Path.Combine(directory, "posts", post.Slug + ".md"), Post(post), post.Body);
        }
    }

    private static void WriteFile(string path, YamlMappingNode frontMatter, string body)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"---\n{Serialize(frontMatter)}---\n{body}\n");
    }

    private static YamlMappingNode Category(CategoryDoc d) => Map(
        ("slug", Text(d.Slug)), ("name", Text(d.Name)), ("kind", Text(d.Kind)), ("folder", Text(d.Folder)),
        ("order", Number(d.Order)), ("summary", Text(d.Summary)), ("description", Text(d.Description)), ("state", Text(d.State)));

    private static YamlMappingNode Template(SnippetTemplateDoc d) => Map(
        ("key", Text(d.Key)), ("language", Text(d.Language)), ("framework", Text(d.Framework)), ("platform", Text(d.Platform)),
        ("order", Number(d.Order)), ("state", Text(d.State)), ("template", Text(d.Template)));

    private static YamlMappingNode Code(StatusCodeDoc d) => Map(
        ("code", Number(d.Code)),
        ("subcode", d.SubCode is { } sub ? Number(sub) : null),
        ("category", Text(d.Category)),
        ("reason", Text(d.Reason)),
        ("emoji", OptionalText(d.Emoji)),
        ("summary", Text(d.Summary)),
        ("popularity", d.Popularity > 0 ? Number(d.Popularity) : null),
        ("state", Text(d.State)),
        ("rfc", d.Rfc is null ? null : Map(
            ("document", Text(d.Rfc.Document)), ("section", OptionalText(d.Rfc.Section)), ("url", Text(d.Rfc.Url)), ("quote", OptionalText(d.Rfc.Quote)))),
        ("causes", List(d.Causes)),
        ("example", Text(d.Example)),
        ("related", d.Related.Count > 0 ? List(d.Related) : null),
        ("faq", d.Faq.Count > 0 ? List(d.Faq.Select(f => (YamlNode)Map(("question", Text(f.Question)), ("answer", Text(f.Answer))))) : null),
        ("snippets", d.Snippets.Count > 0 ? List(d.Snippets.Select(s => (YamlNode)Map(("template", Text(s.Template)), ("code", Text(s.Code))))) : null),
        ("flags", d.Flags.Count > 0 ? List(d.Flags) : null),
        ("facts", d.Facts is null ? null : Facts(d.Facts)));

    private static YamlMappingNode Facts(FactsDoc f) => Map(
        ("cacheable", f.Cacheable is { } cacheable ? Bool(cacheable) : null),
        ("client_sees", Bool(f.ClientSees)),
        ("senders", f.Senders.Count > 0 ? List(f.Senders) : null),
        ("retry", OptionalText(f.Retry)),
        ("browsers", OptionalText(f.Browsers)),
        ("history", f.History.Count > 0
            ? List(f.History.Select(h => (YamlNode)Map(("year", h.Year is { } year ? Number(year) : null), ("document", Text(h.Document)), ("note", OptionalText(h.Note)))))
            : null),
        ("constants", f.Constants.Count > 0 ? Map(f.Constants.Select(k => (k.Framework, (YamlNode?)Text(k.Name))).ToArray()) : null),
        ("collisions", OptionalText(f.Collisions)));

    private static string CodeBody(StatusCodeDoc d)
    {
        string[] texts = [d.Explanation, d.TechnicalDefinition, d.PlainEnglish, d.Misinterpretation];
        return string.Join("\n\n", SeedFormats.CodeSections.Select((heading, i) => $"## {heading}\n\n{texts[i]}"));
    }

    private static YamlMappingNode Quiz(QuizDoc d) => Map(
        ("key", Text(d.Key)),
        ("question", Text(d.Question)),
        ("choices", List(d.Choices)),
        ("answer", Text(d.Answer)),
        ("explanation", Text(d.Explanation)),
        ("codes", d.Codes.Count > 0 ? List(d.Codes) : null),
        ("difficulty", Text(d.Difficulty)),
        ("state", Text(d.State)));

    private static YamlMappingNode Comparison(ComparisonDoc d) => Map(
        ("a", Text(d.A)), ("b", Text(d.B)), ("title", Text(d.Title)), ("summary", Text(d.Summary)), ("featured", Bool(d.Featured)), ("state", Text(d.State)));

    private static YamlMappingNode Post(PostDoc d) => Map(
        ("title", Text(d.Title)),
        ("summary", Text(d.Summary)),
        ("author", OptionalText(d.Author)),
        ("published", d.Published is { } p ? Text(p.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)) : null),
        ("tags", d.Tags.Count > 0 ? List(d.Tags) : null),
        ("codes", d.Codes.Count > 0 ? List(d.Codes) : null),
        ("state", Text(d.State)));
}
