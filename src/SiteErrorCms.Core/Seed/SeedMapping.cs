using System.Security.Cryptography;
using System.Text.Json;
using SiteErrorCms.Core.Blog;
using SiteErrorCms.Core.Codes;
using SiteErrorCms.Core.Comparisons;
using SiteErrorCms.Core.Markdown;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Core.Quiz;

namespace SiteErrorCms.Core.Seed;

/// <summary>Maps seed documents onto entities and back; the two directions are inverse, which the round-trip test holds them to.</summary>
public static class SeedMapping
{
    public static string Fingerprint<T>(T doc) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(doc))).ToLowerInvariant();

    public static CategoryDoc ToDoc(Category c) => new(
        c.Slug, c.Name, c.Kind == CategoryKind.Vendor ? "vendor" : "class", c.Folder, c.Order, c.Summary, c.Description.Source, StateName(c.State));

    public static void Apply(CategoryDoc d, Category c)
    {
        c.Name = d.Name;
        c.Kind = d.KindValue;
        c.Folder = d.Folder;
        c.Order = d.Order;
        c.Summary = d.Summary;
        c.Description = Render(c.Description, d.Description);
        c.State = ParseState(d.State);
    }

    public static SnippetTemplateDoc ToDoc(SnippetTemplate t) => new(t.Key, t.Language, t.Framework, t.Platform, t.Order, t.Template, StateName(t.State));

    public static void Apply(SnippetTemplateDoc d, SnippetTemplate t)
    {
        t.Language = d.Language;
        t.Framework = d.Framework;
        t.Platform = d.Platform;
        t.Order = d.Order;
        t.Template = d.Template;
        t.State = ParseState(d.State);
    }

    public static StatusCodeDoc ToDoc(StatusCode s, string categorySlug) => new(
        s.Code,
        s.SubCode,
        categorySlug,
        s.Reason,
        s.Emoji,
        s.Summary,
        s.Popularity,
        StateName(s.State),
        s.Rfc.IsEmpty ? null : new RfcDoc(s.Rfc.Document, s.Rfc.Section, s.Rfc.Url, s.Rfc.Quote),
        [.. s.Causes],
        s.ExampleResponse,
        [.. s.RelatedKeys],
        [.. s.Faqs.OrderBy(f => f.Order).Select(f => new FaqDoc(f.Question, f.Answer.Source))],
        [.. s.Snippets.OrderBy(x => x.TemplateKey, StringComparer.Ordinal).Select(x => new SnippetDoc(x.TemplateKey, x.Code))],
        s.Explanation.Source,
        s.TechnicalDefinition.Source,
        s.PlainEnglish.Source,
        s.Misinterpretation.Source,
        [.. s.Flags],
        OrNone(new FactsDoc(
            s.Cacheable,
            s.ClientSees,
            [.. s.Senders],
            s.RetryAdvice.Source,
            s.BrowserBehavior.Source,
            [.. s.History.OrderBy(h => h.Order).Select(h => new HistoryDoc(h.Year, h.Document, h.Note))],
            [.. s.Constants.OrderBy(k => FrameworkOrder(k.Framework)).Select(k => new ConstantDoc(k.Framework, k.Name))],
            s.Collisions.Source)));

    /// <summary>The facts block as the seed writes it: absent when it says nothing beyond the defaults.</summary>
    public static FactsDoc? OrNone(FactsDoc facts) => facts.SaysAnything() ? facts : null;

    private static int FrameworkOrder(string key)
    {
        for (var i = 0; i < FrameworkConstant.Frameworks.Count; i++)
        {
            if (FrameworkConstant.Frameworks[i].Key == key)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    public static void Apply(StatusCodeDoc d, StatusCode s, Category category)
    {
        s.Code = d.Code;
        s.SubCode = d.SubCode;
        s.CategoryId = category.Id;
        s.Category = category;
        s.Key = SeedKeys.CodeKey(d.Code, d.SubCode, category.Slug, category.Kind);
        s.Reason = d.Reason;
        s.Emoji = d.Emoji;
        s.Summary = d.Summary;
        s.Popularity = d.Popularity;
        s.State = ParseState(d.State);
        s.Rfc = d.Rfc is null ? RfcReference.None : new RfcReference { Document = d.Rfc.Document, Section = d.Rfc.Section, Url = d.Rfc.Url, Quote = d.Rfc.Quote };
        s.Causes = [.. d.Causes];
        s.ExampleResponse = d.Example;
        s.RelatedKeys = [.. d.Related];
        s.Explanation = Render(s.Explanation, d.Explanation);
        s.TechnicalDefinition = Render(s.TechnicalDefinition, d.TechnicalDefinition);
        s.PlainEnglish = Render(s.PlainEnglish, d.PlainEnglish);
        s.Misinterpretation = Render(s.Misinterpretation, d.Misinterpretation);
        s.Faqs.Clear();
        s.Faqs.AddRange(d.Faq.Select((f, i) => new Faq { Order = i + 1, Question = f.Question, Answer = MarkdownText.From(f.Answer) }));
        s.Snippets.Clear();
        s.Snippets.AddRange(d.Snippets.Select(x => new Snippet { TemplateKey = x.Template, Code = x.Code }));
        s.Flags = [.. d.Flags];
        var facts = d.Facts;
        s.Cacheable = facts?.Cacheable;
        s.ClientSees = facts?.ClientSees ?? true;
        s.Senders = [.. facts?.Senders ?? []];
        s.RetryAdvice = Render(s.RetryAdvice, facts?.Retry ?? "");
        s.BrowserBehavior = Render(s.BrowserBehavior, facts?.Browsers ?? "");
        s.Collisions = Render(s.Collisions, facts?.Collisions ?? "");
        s.History.Clear();
        s.History.AddRange((facts?.History ?? []).Select((h, i) => new CodeHistoryEntry { Order = i + 1, Year = h.Year, Document = h.Document, Note = h.Note }));
        s.Constants.Clear();
        s.Constants.AddRange((facts?.Constants ?? []).Select(k => new FrameworkConstant { Framework = k.Framework, Name = k.Name }));
    }

    public static ComparisonDoc ToDoc(Comparison c) => new(c.Slug, c.CodeAKey, c.CodeBKey, c.Title, c.Summary, c.Featured, c.Body.Source, StateName(c.State));

    public static void Apply(ComparisonDoc d, Comparison c)
    {
        c.CodeAKey = d.A;
        c.CodeBKey = d.B;
        c.Title = d.Title;
        c.Summary = d.Summary;
        c.Featured = d.Featured;
        c.Body = Render(c.Body, d.Body);
        c.State = ParseState(d.State);
    }

    public static PostDoc ToDoc(BlogPost p) => new(
        p.Slug, p.Title, p.Summary, p.AuthorName, AsUtc(p.PublishedUtc), [.. p.Tags], [.. p.RelatedCodeKeys], StateName(p.State), p.Body.Source);

    public static void Apply(PostDoc d, BlogPost p)
    {
        p.Title = d.Title;
        p.Summary = d.Summary;
        p.AuthorName = d.Author;
        p.PublishedUtc = d.Published;
        p.Tags = [.. d.Tags];
        p.RelatedCodeKeys = [.. d.Codes];
        p.Body = Render(p.Body, d.Body);
        p.State = ParseState(d.State);
    }

    public static QuizDoc ToDoc(QuizQuestion q) => new(
        q.Key, q.Prompt, [.. q.Choices], q.AnswerIndex >= 0 && q.AnswerIndex < q.Choices.Count ? q.Choices[q.AnswerIndex] : "",
        q.Explanation.Source, [.. q.RelatedCodeKeys], q.Difficulty, StateName(q.State));

    public static void Apply(QuizDoc d, QuizQuestion q)
    {
        q.Prompt = d.Question;
        q.Choices = [.. d.Choices];
        q.AnswerIndex = d.Choices.ToList().IndexOf(d.Answer);
        q.Explanation = Render(q.Explanation, d.Explanation);
        q.RelatedCodeKeys = [.. d.Codes];
        q.Difficulty = d.Difficulty;
        q.State = ParseState(d.State);
    }

    public static string StateName(WorkflowState state) => state.ToString().ToLowerInvariant();

    public static WorkflowState ParseState(string state) => Enum.Parse<WorkflowState>(state, ignoreCase: true);

    // SQLite hands DateTimes back without a kind; the seed's times are UTC by definition.
    private static DateTime? AsUtc(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;

    // Always re-render: the stored HTML must follow the current pipeline and sanitizer. Complex types
    // compare by value, so an unchanged field is not written.
    private static MarkdownText Render(MarkdownText current, string source) =>
        MarkdownText.From(source) is var rendered && rendered == current ? current : rendered;
}
