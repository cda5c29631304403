using SiteErrorCms.Core.Codes;

namespace SiteErrorCms.Core.Seed;

/// <summary>Checks what no single file can: unique keys and references between files.</summary>
internal static class SeedValidator
{
    public static List<SeedError> CrossReferences(SeedSet set)
    {
        var errors = new List<SeedError>();
        Unique(set.Categories, c => c.Slug, "category slug", errors);
        Unique(set.Templates, t => t.Key, "snippet template key", errors);

        var categories = set.Categories.GroupBy(c => c.Doc.Slug).ToDictionary(g => g.Key, g => g.First().Doc);
        var templates = set.Templates.Select(t => t.Doc.Key).ToHashSet();
        var codeKeys = new Dictionary<string, Sourced<StatusCodeDoc>>();
        foreach (var code in set.Codes)
        {
            if (!categories.TryGetValue(code.Doc.Category, out var category))
            {
                errors.Add(new SeedError(code.Path, code.Line, $"unknown category '{code.Doc.Category}'; known: {string.Join(", ", categories.Keys)}"));
                continue;
            }

            var folder = code.Path.Split('/').SkipLast(1).LastOrDefault();
            if (folder != category.Folder)
            {
                errors.Add(new SeedError(code.Path, code.Line, $"a code of category '{category.Slug}' belongs in codes/{category.Folder}/, not codes/{folder}/"));
            }

            var kind = category.KindValue;
            if (kind == CategoryKind.Class && code.Doc.Rfc is null)
            {
                errors.Add(new SeedError(code.Path, code.Line, "a registered code needs an 'rfc' reference"));
            }

            var key = SeedKeys.CodeKey(code.Doc.Code, code.Doc.SubCode, category.Slug, kind);
            if (!codeKeys.TryAdd(key, code))
            {
                errors.Add(new SeedError(code.Path, code.Line, $"duplicate code {key}: {codeKeys[key].Path} already defines it"));
            }

            foreach (var snippet in code.Doc.Snippets.Where(s => !templates.Contains(s.Template)))
            {
                errors.Add(new SeedError(code.Path, code.Line, $"snippet for unknown template '{snippet.Template}'; known: {string.Join(", ", templates)}"));
            }
        }

        foreach (var code in set.Codes)
        {
            foreach (var related in code.Doc.Related.Where(r => !codeKeys.ContainsKey(r)))
            {
                errors.Add(new SeedError(code.Path, code.Line, $"related code '{related}' does not exist in the seed"));
            }
        }

        Unique(set.Comparisons, c => c.Slug, "comparison", errors);
        foreach (var comparison in set.Comparisons)
        {
            foreach (var side in new[] { comparison.Doc.A, comparison.Doc.B }.Where(k => !codeKeys.ContainsKey(k)))
            {
                errors.Add(new SeedError(comparison.Path, comparison.Line, $"compared code '{side}' does not exist in the seed"));
            }
        }

        Unique(set.Quiz, q => q.Key, "quiz question key", errors);
        foreach (var question in set.Quiz)
        {
            foreach (var code in question.Doc.Codes.Where(k => !codeKeys.ContainsKey(k)))
            {
                errors.Add(new SeedError(question.Path, question.Line, $"quiz question '{question.Doc.Key}' names code '{code}', which does not exist in the seed"));
            }
        }

        foreach (var post in set.Posts)
        {
            foreach (var code in post.Doc.Codes.Where(k => !codeKeys.ContainsKey(k)))
            {
                errors.Add(new SeedError(post.Path, post.Line, $"related code '{code}' does not exist in the seed"));
            }
        }

        return errors;
    }

    private static void Unique<T>(List<Sourced<T>> items, Func<T, string> key, string what, List<SeedError> errors)
    {
        var seen = new Dictionary<string, Sourced<T>>();
        foreach (var item in items)
        {
            if (!seen.TryAdd(key(item.Doc), item))
            {
                var first = seen[key(item.Doc)];
                errors.Add(new SeedError(item.Path, item.Line, $"duplicate {what} '{key(item.Doc)}': already defined at {first.Path}:{first.Line}"));
            }
        }
    }
}
