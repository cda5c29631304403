using System.Text;
using System.Text.RegularExpressions;
using SiteErrorCms.Core.Codes;

namespace SiteErrorCms.Core.Seed;

/// <summary>
/// Editorial checks over a whole seed: every section present and of sensible length, no placeholder
/// text, RFC references that link to the exact section, internal links that resolve, no sentence
/// shared between two codes, and example responses whose status line and length are right.
/// </summary>
public static partial class SeedLint
{
    public const int MinSectionLength = 150;
    public const int MaxSectionLength = 2500;
    public const int MinSharedSentenceLength = 45;

    public static List<SeedError> Check(SeedSet set)
    {
        var errors = new List<SeedError>();
        var categories = set.Categories.ToDictionary(c => c.Doc.Slug, c => c.Doc);
        var paths = KnownPaths(set, categories);
        var sentences = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var (doc, path, line) in set.Codes.Select(c => (c.Doc, c.Path, c.Line)))
        {
            void Error(string reason) => errors.Add(new SeedError(path, line, reason));
            var vendor = categories.TryGetValue(doc.Category, out var category) && category.KindValue == CategoryKind.Vendor;
            var key = set.CodeKey(doc);

            foreach (var (name, text) in Sections(doc))
            {
                if (text.Length is < MinSectionLength or > MaxSectionLength)
                {
                    Error($"section '{name}' is {text.Length} characters; keep it between {MinSectionLength} and {MaxSectionLength}");
                }

                foreach (var sentence in SentencesOf(text))
                {
                    if (!sentences.TryAdd(sentence, key) && sentences[sentence] != key)
                    {
                        Error($"section '{name}' repeats a sentence of code {sentences[sentence]}: \"{Shorten(sentence)}\"");
                    }
                }
            }

            if (doc.Causes.Count is < 3 or > 6)
            {
                Error($"{doc.Causes.Count} common causes; give 3 to 6");
            }

            if (doc.Faq.Count < 3)
            {
                Error($"{doc.Faq.Count} FAQ entries; give at least 3");
            }

            foreach (var answer in doc.Faq.Where(f => f.Answer.Length < 60))
            {
                Error($"the answer to \"{Shorten(answer.Question)}\" is too short to help anyone");
            }

            if (string.IsNullOrWhiteSpace(doc.Emoji))
            {
                Error("'emoji' is missing");
            }

            if (doc.Facts is null)
            {
                Error("the 'facts' block is missing");
            }

            errors.AddRange(CheckRfc(doc, path, line, vendor));
            errors.AddRange(CheckExample(doc, path, line, vendor));
            foreach (var (field, text) in AllText(doc))
            {
                errors.AddRange(CheckText(field, text, path, line, paths));
            }
        }

        foreach (var comparison in set.Comparisons)
        {
            errors.AddRange(CheckText("body", comparison.Doc.Body, comparison.Path, comparison.Line, paths));
        }

        foreach (var post in set.Posts)
        {
            errors.AddRange(CheckText("body", post.Doc.Body, post.Path, post.Line, paths));
        }

        foreach (var question in set.Quiz)
        {
            errors.AddRange(CheckText($"quiz '{question.Doc.Key}' question", question.Doc.Question, question.Path, question.Line, paths));
            errors.AddRange(CheckText($"quiz '{question.Doc.Key}' explanation", question.Doc.Explanation, question.Path, question.Line, paths));
            if (question.Doc.Explanation.Length < 40)
            {
                errors.Add(new SeedError(question.Path, question.Line, $"quiz '{question.Doc.Key}' needs an explanation a learner can use"));
            }
        }

        return errors;
    }

    public static IEnumerable<(string Name, string Text)> Sections(StatusCodeDoc doc) =>
    [
        (SeedFormats.CodeSections[0], doc.Explanation),
        (SeedFormats.CodeSections[1], doc.TechnicalDefinition),
        (SeedFormats.CodeSections[2], doc.PlainEnglish),
        (SeedFormats.CodeSections[3], doc.Misinterpretation),
    ];

    /// <summary>Sentences long enough that sharing one means copying, normalized for comparison.</summary>
    public static IEnumerable<string> SentencesOf(string markdown) =>
        SentenceEnd().Split(Whitespace().Replace(markdown, " "))
            .Select(s => s.Trim().ToLowerInvariant())
            .Where(s => s.Length >= MinSharedSentenceLength);

    private static IEnumerable<(string Field, string Text)> AllText(StatusCodeDoc doc) =>
        Sections(doc)
            .Concat([("summary", doc.Summary), ("reason", doc.Reason)])
            .Concat(doc.Causes.Select(c => ("causes", c)))
            .Concat(doc.Faq.SelectMany(f => new[] { ("faq", f.Question), ("faq", f.Answer) }))
            .Concat(doc.Facts is { } facts ? [("facts.retry", facts.Retry), ("facts.browsers", facts.Browsers), ("facts.collisions", facts.Collisions)] : []);

    private static IEnumerable<SeedError> CheckText(string field, string text, string path, int line, HashSet<string> paths)
    {
        if (Placeholder().Match(text) is { Success: true } placeholder)
        {
            yield return new SeedError(path, line, $"'{field}' contains placeholder text '{placeholder.Value}'");
        }

        foreach (Match link in InternalLink().Matches(text))
        {
            var target = link.Groups[1].Value.Split('#')[0];
            if (!paths.Contains(target))
            {
                yield return new SeedError(path, line, $"'{field}' links to {target}, which is not a page of this site");
            }
        }
    }

    private static IEnumerable<SeedError> CheckRfc(StatusCodeDoc doc, string path, int line, bool vendor)
    {
        if (doc.Rfc is not { } rfc)
        {
            yield break;
        }

        if (RfcDocument().Match(rfc.Document) is { Success: true } match)
        {
            var number = match.Groups[1].Value;
            var expected = string.IsNullOrEmpty(rfc.Section)
                ? $"https://www.rfc-editor.org/rfc/rfc{number}.html"
                : $"https://www.rfc-editor.org/rfc/rfc{number}.html#section-{rfc.Section}";
            if (rfc.Url != expected && !(string.IsNullOrEmpty(rfc.Section) && rfc.Url.StartsWith(expected + "#", StringComparison.Ordinal)))
            {
                yield return new SeedError(path, line, $"the RFC link should be {expected}, not {rfc.Url}");
            }

            if (!string.IsNullOrEmpty(rfc.Section) && !RfcSection().IsMatch(rfc.Section))
            {
                yield return new SeedError(path, line, $"'{rfc.Section}' is not a section number such as 15.5.20");
            }
        }
        else if (!vendor && !rfc.Document.StartsWith("draft-", StringComparison.Ordinal))
        {
            yield return new SeedError(path, line, $"a registered code's reference must be an RFC ('RFC 9110') or an Internet-Draft, not '{rfc.Document}'");
        }
    }

    private static IEnumerable<SeedError> CheckExample(StatusCodeDoc doc, string path, int line, bool vendor)
    {
        var lines = doc.Example.Split('\n');
        var statusLine = lines[0].TrimEnd();
        var match = StatusLine().Match(statusLine);
        var expectedReason = vendor ? null : doc.Reason;
        if (!match.Success || match.Groups[1].Value != doc.Code.ToString(System.Globalization.CultureInfo.InvariantCulture)
            || (expectedReason is not null && match.Groups[2].Value != expectedReason))
        {
            yield return new SeedError(path, line, $"the example must start with the status line 'HTTP/1.1 {doc.Code} {expectedReason ?? "<reason>"}', not '{statusLine}'");
            yield break;
        }

        var blank = Array.FindIndex(lines, l => l.Trim().Length == 0);
        var body = blank < 0 ? "" : string.Join("\n", lines[(blank + 1)..]);
        var headers = lines[1..(blank < 0 ? lines.Length : blank)];
        var noBody = doc.Code is >= 100 and < 200 or 204 or 205 or 304;
        if (noBody && body.Length > 0 && doc.Code >= 200)
        {
            yield return new SeedError(path, line, $"a {doc.Code} response has no content, but the example has a body");
        }

        var length = headers.Select(h => ContentLength().Match(h)).FirstOrDefault(m => m.Success);
        if (length is not null && !noBody && int.Parse(length.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) != Encoding.UTF8.GetByteCount(body))
        {
            yield return new SeedError(path, line, $"the example says Content-Length: {length.Groups[1].Value} but its body is {Encoding.UTF8.GetByteCount(body)} bytes");
        }
    }

    private static HashSet<string> KnownPaths(SeedSet set, Dictionary<string, CategoryDoc> categories)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal) { "/", "/codes", "/compare", "/cheat-sheet", "/blog", "/search" };
        paths.UnionWith(set.Codes.Select(c => "/codes/" + set.CodeKey(c.Doc)));
        paths.UnionWith(categories.Keys.Select(s => "/category/" + s));
        paths.UnionWith(set.Posts.Select(p => "/blog/" + p.Doc.Slug));
        paths.UnionWith(set.Comparisons.Select(c => "/compare/" + c.Doc.Slug));
        return paths;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    [GeneratedRegex(@"\b(TODO|TBD|FIXME)\b|lorem ipsum|\bplaceholder text\b", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\]\((/[^)\s]*)")]
    private static partial Regex InternalLink();

    [GeneratedRegex(@"^RFC (\d{3,5})$")]
    private static partial Regex RfcDocument();

    [GeneratedRegex(@"^(\d+(\.\d+)*|[A-Z](\.\d+)*)$")]
    private static partial Regex RfcSection();

    [GeneratedRegex(@"^HTTP/(?:1\.0|1\.1|2|3) (\d{3}) (.+)$")]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^Content-Length:\s*(\d+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ContentLength();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
