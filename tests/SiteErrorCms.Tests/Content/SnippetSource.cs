using SiteErrorCms.Core.Codes;
using SiteErrorCms.Core.Seed;

namespace SiteErrorCms.Tests.Content;

/// <summary>One snippet as a reader would copy it, with where it came from.</summary>
public sealed record SnippetSource(string Origin, string Framework, string Language, string Code);

public static class SnippetSources
{
    /// <summary>
    /// Every template rendered for every kind of standard code, and every per-code snippet. Only the
    /// reason's punctuation can change whether a rendered template parses ({{code}} is always three
    /// digits), so one code per distinct set of punctuation stands for all codes with that set.
    /// </summary>
    public static IReadOnlyList<SnippetSource> All(SeedSet set)
    {
        var templates = set.Templates.ToDictionary(t => t.Doc.Key, t => t);
        var classCategories = set.Categories.Where(c => c.Doc.Kind == "class").Select(c => c.Doc.Slug).ToHashSet();
        var snippets = new List<SnippetSource>();
        var representatives = set.Codes.Where(c => classCategories.Contains(c.Doc.Category))
            .GroupBy(c => new string(c.Doc.Reason.Where(ch => !char.IsLetterOrDigit(ch)).Distinct().Order().ToArray()))
            .Select(g => g.First());
        foreach (var code in representatives)
        {
            foreach (var template in templates.Values)
            {
                var rendered = new SnippetTemplate
                {
                    Key = template.Doc.Key,
                    Language = template.Doc.Language,
                    Framework = template.Doc.Framework,
                    Platform = template.Doc.Platform,
                    Template = template.Doc.Template,
                }.Render(code.Doc.Code, code.Doc.Reason);
                snippets.Add(new SnippetSource($"{template.Path} rendered for {code.Doc.Code}", template.Doc.Framework, template.Doc.Language, rendered));
            }
        }

        foreach (var code in set.Codes)
        {
            foreach (var snippet in code.Doc.Snippets)
            {
                var template = templates[snippet.Template].Doc;
                snippets.Add(new SnippetSource(code.Path, template.Framework, template.Language, snippet.Code));
            }
        }

        return snippets.DistinctBy(s => (s.Language, s.Code)).ToList();
    }
}
