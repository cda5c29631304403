namespace SiteErrorCms.Core.Seed;

/// <summary>Parses each kind of seed file into its document. The format is described in <c>seed/README.md</c>.</summary>
internal static partial class SeedFormats
{
    public static readonly string[] States = ["draft", "published", "archived", "scheduled"];

    public static CategoryDoc ParseCategory(YamlFields f)
    {
        f.RejectUnknown("slug", "name", "kind", "folder", "order", "summary", "description", "state");
        var kind = f.RequiredString("kind");
        if (kind is not ("class" or "vendor"))
        {
            throw f.Error("kind", $"'kind' must be 'class' or 'vendor', not '{kind}'");
        }

        return new CategoryDoc(
            Slug(f, "slug"), f.RequiredString("name"), kind, f.RequiredString("folder"), f.RequiredInt("order", 0, 10_000),
            f.OptionalString("summary") ?? "", f.OptionalString("description") ?? "", State(f));
    }

    public static SnippetTemplateDoc ParseTemplate(YamlFields f)
    {
        f.RejectUnknown("key", "language", "framework", "platform", "order", "template", "state");
        var template = f.RequiredString("template");
        if (!template.Contains("{{code}}", StringComparison.Ordinal))
        {
            throw f.Error("template", "'template' must contain the {{code}} placeholder");
        }

        return new SnippetTemplateDoc(
            Slug(f, "key"), f.RequiredString("language"), f.RequiredString("framework"), f.RequiredString("platform"),
            f.RequiredInt("order", 0, 10_000), template, State(f));
    }

    public static readonly string[] Difficulties = ["easy", "medium", "hard"];

    public static QuizDoc ParseQuiz(YamlFields f)
    {
        f.RejectUnknown("key", "question", "choices", "answer", "explanation", "codes", "difficulty", "state");
        var choices = f.StringList("choices");
        if (choices.Count is < 2 or > 6)
        {
            throw f.Error("choices", $"a question needs 2 to 6 choices, not {choices.Count}");
        }

        if (choices.Distinct(StringComparer.Ordinal).Count() != choices.Count)
        {
            throw f.Error("choices", "two choices have the same text");
        }

        var answer = f.RequiredString("answer");
        if (!choices.Contains(answer, StringComparer.Ordinal))
        {
            throw f.Error("answer", $"the answer '{answer}' is not one of the choices");
        }

        var difficulty = f.OptionalString("difficulty") ?? "medium";
        if (!Difficulties.Contains(difficulty, StringComparer.Ordinal))
        {
            throw f.Error("difficulty", $"'difficulty' must be easy, medium or hard, not '{difficulty}'");
        }

        return new QuizDoc(Slug(f, "key"), f.RequiredString("question"), choices, answer, f.RequiredString("explanation"), f.StringList("codes"), difficulty, State(f));
    }

    public static Sourced<ComparisonDoc> ParseComparison(string path, string text)
    {
        var file = FrontMatterFile.Parse(path, text);
        var f = file.Fields;
        f.RejectUnknown("a", "b", "title", "summary", "featured", "state");
        var a = f.RequiredString("a");
        var b = f.RequiredString("b");
        var slug = SeedKeys.ComparisonSlug(a, b);
        if (System.IO.Path.GetFileNameWithoutExtension(path) != slug)
        {
            throw f.Error("a", $"a comparison of {a} and {b} must be in a file named {slug}.md");
        }

        var body = RequiredBody(file);
        return new Sourced<ComparisonDoc>(
            new ComparisonDoc(slug, a, b, f.RequiredString("title"), Summary(f), f.OptionalBool("featured", false), body, State(f)),
            path, f.Line);
    }

    public static Sourced<PostDoc> ParsePost(string path, string text)
    {
        var file = FrontMatterFile.Parse(path, text);
        var f = file.Fields;
        f.RejectUnknown("title", "summary", "author", "published", "tags", "codes", "state");
        var slug = System.IO.Path.GetFileNameWithoutExtension(path);
        if (!IsSlug(slug))
        {
            throw new SeedException(path, 1, $"a post's file name is its URL slug: lower-case letters, digits and dashes, not '{slug}'");
        }

        var state = State(f);
        var published = f.OptionalUtc("published");
        if (state is "published" or "scheduled" && published is null)
        {
            throw f.Error("state", $"a {state} post needs a 'published' date and time");
        }

        return new Sourced<PostDoc>(
            new PostDoc(slug, f.RequiredString("title"), Summary(f), f.OptionalString("author") ?? "", published,
                f.StringList("tags"), f.StringList("codes"), state, RequiredBody(file)),
            path, f.Line);
    }

    private static string RequiredBody(FrontMatterFile file)
    {
        var body = file.Body.Trim();
        return body.Length > 0 ? body : throw new SeedException(file.Fields.Path, file.BodyLine, "the Markdown body after the front matter is empty");
    }

    private static string Summary(YamlFields f)
    {
        var summary = f.RequiredString("summary");
        return summary.Length <= 160 ? summary : throw f.Error("summary", $"'summary' is {summary.Length} characters; keep it to 160 (it is the meta description)");
    }

    private static string State(YamlFields f)
    {
        var state = f.OptionalString("state") ?? "published";
        return States.Contains(state, StringComparer.Ordinal)
            ? state
            : throw f.Error("state", $"'state' must be one of {string.Join(", ", States)}, not '{state}'");
    }

    private static string Slug(YamlFields f, string name)
    {
        var value = f.RequiredString(name);
        return IsSlug(value) ? value : throw f.Error(name, $"'{name}' must use lower-case letters, digits and dashes only, not '{value}'");
    }

    internal static bool IsSlug(string value) =>
        value.Length is > 0 and <= 140 && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.');
}
