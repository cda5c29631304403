namespace SiteErrorCms.Core.Seed;

internal static partial class SeedFormats
{
    /// <summary>The body headings of a code file, in order, mapped to the fields they fill.</summary>
    public static readonly string[] CodeSections =
    [
        "What does this mean?",
        "Technical definition",
        "Plain English",
        "Common misinterpretation",
    ];

    private static readonly string[] CodeFields =
    [
        "code", "subcode", "category", "reason", "emoji", "summary", "popularity", "state",
        "rfc", "causes", "example", "related", "faq", "snippets", "flags", "facts",
    ];

    public static readonly string[] KnownFlags = ["obsolete", "deprecated", "unused", "reserved", "temporary", "unofficial"];

    public static readonly string[] KnownSenders = ["application", "web-server", "proxy", "cdn", "load-balancer"];

    public static Sourced<StatusCodeDoc> ParseCode(string path, string text)
    {
        var file = FrontMatterFile.Parse(path, text);
        var f = file.Fields;
        f.RejectUnknown(CodeFields);
        var code = f.RequiredInt("code", 100, 999);
        var causes = f.StringList("causes");
        if (causes.Count == 0)
        {
            throw f.Error("causes", "'causes' needs at least one common cause");
        }

        var faq = f.MappingList("faq").Select(item =>
        {
            item.RejectUnknown("question", "answer");
            return new FaqDoc(item.RequiredString("question"), item.RequiredString("answer"));
        }).ToList();
        var snippets = f.MappingList("snippets").Select(item =>
        {
            item.RejectUnknown("template", "code");
            return new SnippetDoc(item.RequiredString("template"), item.RequiredString("code"));
        }).OrderBy(s => s.Template, StringComparer.Ordinal).ToList();
        var sections = ParseSections(file, CodeSections);

        return new Sourced<StatusCodeDoc>(
            new StatusCodeDoc(
                code,
                f.OptionalInt("subcode", 0, 9999),
                f.RequiredString("category"),
                f.RequiredString("reason"),
                f.OptionalString("emoji") ?? "",
                Summary(f),
                f.OptionalInt("popularity", 0, 10_000) ?? 0,
                State(f),
                ParseRfc(f.Mapping("rfc")),
                causes,
                f.RequiredString("example"),
                f.StringList("related"),
                faq,
                snippets,
                sections[0],
                sections[1],
                sections[2],
                sections[3],
                Flags(f),
                ParseFacts(f.Mapping("facts"))),
            path,
            f.LineOf("code"));
    }

    private static IReadOnlyList<string> Flags(YamlFields f)
    {
        var flags = f.StringList("flags");
        return flags.FirstOrDefault(flag => !KnownFlags.Contains(flag, StringComparer.Ordinal)) is { } unknown
            ? throw f.Error("flags", $"unknown flag '{unknown}'; use {string.Join(", ", KnownFlags)}")
            : flags;
    }

    private static FactsDoc? ParseFacts(YamlFields? facts)
    {
        if (facts is null)
        {
            return null;
        }

        facts.RejectUnknown("cacheable", "client_sees", "senders", "retry", "browsers", "history", "constants", "collisions");
        var senders = facts.StringList("senders");
        if (senders.FirstOrDefault(s => !KnownSenders.Contains(s, StringComparer.Ordinal)) is { } unknown)
        {
            throw facts.Error("senders", $"unknown sender '{unknown}'; use {string.Join(", ", KnownSenders)}");
        }

        var history = facts.MappingList("history").Select(item =>
        {
            item.RejectUnknown("year", "document", "note");
            return new HistoryDoc(item.OptionalInt("year", 1990, 2100), item.RequiredString("document"), item.OptionalString("note") ?? "");
        }).ToList();
        var constants = facts.Mapping("constants");
        var frameworks = Codes.FrameworkConstant.Frameworks.Select(f => f.Key).ToArray();
        constants?.RejectUnknown(frameworks);
        return new FactsDoc(
            facts.OptionalString("cacheable") is null ? null : facts.OptionalBool("cacheable", false),
            facts.OptionalBool("client_sees", true),
            senders,
            facts.OptionalString("retry") ?? "",
            facts.OptionalString("browsers") ?? "",
            history,
            constants is null ? [] : frameworks.Select(k => constants.OptionalString(k) is { } name ? new ConstantDoc(k, name) : null).OfType<ConstantDoc>().ToList(),
            facts.OptionalString("collisions") ?? "");
    }

    private static RfcDoc? ParseRfc(YamlFields? rfc)
    {
        if (rfc is null)
        {
            return null;
        }

        rfc.RejectUnknown("document", "section", "url", "quote");
        var url = rfc.RequiredString("url");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw rfc.Error("url", $"'url' must be an absolute https link to the section, not '{url}'");
        }

        return new RfcDoc(rfc.RequiredString("document"), rfc.OptionalString("section") ?? "", url, rfc.OptionalString("quote") ?? "");
    }

    /// <summary>Splits the body at its <c>## </c> headings, which must be exactly <paramref name="expected"/>, in order.</summary>
    private static string[] ParseSections(FrontMatterFile file, string[] expected)
    {
        var lines = file.Body.Split('\n');
        var found = new List<(string Heading, int Line, List<string> Text)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var fileLine = file.BodyLine + i;
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                var heading = line[3..].Trim();
                var position = found.Count;
                if (position >= expected.Length || heading != expected[position])
                {
                    var wanted = position < expected.Length ? $"'## {expected[position]}'" : "no further section";
                    throw new SeedException(file.Fields.Path, fileLine, $"unexpected heading '## {heading}'; expected {wanted}");
                }

                found.Add((heading, fileLine, []));
            }
            else if (found.Count == 0)
            {
                if (line.Trim().Length > 0)
                {
                    throw new SeedException(file.Fields.Path, fileLine, $"text before the first section; start the body with '## {expected[0]}'");
                }
            }
            else
            {
                found[^1].Text.Add(line);
            }
        }

        if (found.Count < expected.Length)
        {
            throw new SeedException(file.Fields.Path, file.BodyLine + lines.Length - 1, $"missing section '## {expected[found.Count]}'");
        }

        var texts = found.Select(s => string.Join('\n', s.Text).Trim()).ToArray();
        var empty = Array.FindIndex(texts, t => t.Length == 0);
        return empty < 0 ? texts : throw new SeedException(file.Fields.Path, found[empty].Line, $"section '## {expected[empty]}' is empty");
    }
}
