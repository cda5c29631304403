using SiteErrorCms.Core.Codes;

namespace SiteErrorCms.Core.Seed;

// The seed as data: what a file says, independent of the database. The importer maps these onto
// entities, the exporter maps entities back onto them, and a fingerprint of one says whether an
// entry still equals what was imported.

public sealed record CategoryDoc(
    string Slug, string Name, string Kind, string Folder, int Order, string Summary, string Description, string State)
{
    public CategoryKind KindValue => Kind == "vendor" ? CategoryKind.Vendor : CategoryKind.Class;
}

public sealed record SnippetTemplateDoc(
    string Key, string Language, string Framework, string Platform, int Order, string Template, string State);

public sealed record RfcDoc(string Document, string Section, string Url, string Quote);

public sealed record FaqDoc(string Question, string Answer);

public sealed record SnippetDoc(string Template, string Code);

public sealed record HistoryDoc(int? Year, string Document, string Note);

public sealed record ConstantDoc(string Framework, string Name);

public sealed record FactsDoc(
    bool? Cacheable,
    bool ClientSees,
    IReadOnlyList<string> Senders,
    string Retry,
    string Browsers,
    IReadOnlyList<HistoryDoc> History,
    IReadOnlyList<ConstantDoc> Constants,
    string Collisions)
{
    /// <summary>
    /// Whether the block says anything beyond the defaults. A code without facts has no block, so an
    /// entry imported without one reads back without one and its fingerprint stays stable. (A method,
    /// not a property, so it never enters the fingerprinted JSON.)
    /// </summary>
    public bool SaysAnything() =>
        Cacheable is not null || !ClientSees || Senders.Count > 0 || !string.IsNullOrWhiteSpace(Retry) || !string.IsNullOrWhiteSpace(Browsers)
        || History.Count > 0 || Constants.Count > 0 || !string.IsNullOrWhiteSpace(Collisions);
}

public sealed record StatusCodeDoc(
    int Code,
    int? SubCode,
    string Category,
    string Reason,
    string Emoji,
    string Summary,
    int Popularity,
    string State,
    RfcDoc? Rfc,
    IReadOnlyList<string> Causes,
    string Example,
    IReadOnlyList<string> Related,
    IReadOnlyList<FaqDoc> Faq,
    IReadOnlyList<SnippetDoc> Snippets,
    string Explanation,
    string TechnicalDefinition,
    string PlainEnglish,
    string Misinterpretation,
    IReadOnlyList<string> Flags,
    FactsDoc? Facts);

public sealed record ComparisonDoc(string Slug, string A, string B, string Title, string Summary, bool Featured, string Body, string State);

public sealed record PostDoc(
    string Slug,
    string Title,
    string Summary,
    string Author,
    DateTime? Published,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Codes,
    string State,
    string Body);

public sealed record QuizDoc(
    string Key, string Question, IReadOnlyList<string> Choices, string Answer, string Explanation, IReadOnlyList<string> Codes, string Difficulty, string State);

/// <summary>A document together with the file and line it came from, for errors found later (duplicates, references).</summary>
public sealed record Sourced<T>(T Doc, string Path, int Line);

public sealed class SeedSet
{
    /// <summary>A code's key (<c>421</c>, <c>iis/404.3</c>); a code of an unknown category is keyed as a standard one.</summary>
    public string CodeKey(StatusCodeDoc code) =>
        SeedKeys.CodeKey(code.Code, code.SubCode, code.Category,
            Categories.Find(c => c.Doc.Slug == code.Category)?.Doc.KindValue ?? CategoryKind.Class);

    public List<Sourced<CategoryDoc>> Categories { get; } = [];

    public List<Sourced<SnippetTemplateDoc>> Templates { get; } = [];

    public List<Sourced<StatusCodeDoc>> Codes { get; } = [];

    public List<Sourced<ComparisonDoc>> Comparisons { get; } = [];

    public List<Sourced<PostDoc>> Posts { get; } = [];

    public List<Sourced<QuizDoc>> Quiz { get; } = [];
}
