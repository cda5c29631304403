using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Codes;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Core.Seed;

// EF turns ToLower() into SQL lower() on both providers; the StringComparison overloads do not translate.
#pragma warning disable CA1862

namespace SiteErrorCms.Core.Editing.Types;

/// <summary>
/// A status code with every section of its page. FAQ entries are numbered slots (two spare ones in
/// each form), snippets one field per framework template, so every piece diffs and merges on its own.
/// </summary>
public sealed partial class EditableCode : Editable<StatusCode>
{
    private const int SpareFaqSlots = 2;

    public override string Name => "codes";

    public override string Label => "Status codes";

    public override string Singular => "status code";

    protected override IQueryable<StatusCode> Load(CmsDbContext db) =>
        db.StatusCodes.Include(c => c.Category).Include(c => c.Faqs).Include(c => c.Snippets).Include(c => c.History).Include(c => c.Constants).AsSplitQuery();

    public override async Task<IReadOnlyList<FieldDef>> FieldsAsync(CmsDbContext db, FieldValues values, CancellationToken ct)
    {
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Order)
            .Select(c => KeyValuePair.Create(c.Slug, c.Name)).ToListAsync(ct);
        var templates = await db.SnippetTemplates.AsNoTracking().OrderBy(t => t.Order)
            .Select(t => new { t.Key, t.Framework }).ToListAsync(ct);
        var fields = new List<FieldDef>
        {
            new("code", "Status code", FieldKind.Number) { Required = true, Hint = "The number, 100–599 (or 0–999 for vendor codes)." },
            new("subCode", "Sub-status", FieldKind.Number) { Hint = "IIS sub-status: 3 for 404.3. Empty for others." },
            new("category", "Category", FieldKind.Select) { Required = true, Options = categories },
            new("reason", "Reason phrase", FieldKind.Text) { Required = true, MaxLength = 100 },
            new("emoji", "Emoji", FieldKind.Text) { MaxLength = 16 },
            new("summary", "Summary", FieldKind.TextArea) { Required = true, MaxLength = 300, Hint = "One or two sentences; also the meta description (aim for 50–160 characters)." },
            new("plainEnglish", "In plain English", FieldKind.Markdown) { Required = true },
            new("explanation", "What it means", FieldKind.Markdown) { Required = true },
            new("technicalDefinition", "Technical definition", FieldKind.Markdown) { Required = true },
            new("misinterpretation", "Common misinterpretation", FieldKind.Markdown),
            new("causes", "Common causes", FieldKind.Lines) { Hint = "One cause per line." },
            new("example", "Example response", FieldKind.Code) { Hint = "The raw HTTP response: status line, headers, blank line, body." },
            new("related", "Related codes", FieldKind.Lines) { Hint = "One code key per line: 401, nginx/499, iis/404.3." },
            new("popularity", "Popularity rank", FieldKind.Number) { Hint = "1 is the most looked-up; 0 keeps it off the popular list." },
            new("flags", "Registry flags", FieldKind.Lines) { Hint = "obsolete, deprecated, unused, reserved, temporary or unofficial; one per line." },
            new("rfc.document", "RFC document", FieldKind.Text) { Group = "RFC", MaxLength = 200, Hint = "RFC 9110, or the vendor's documentation page for a vendor code" },
            new("rfc.section", "RFC section", FieldKind.Text) { Group = "RFC", MaxLength = 20, Hint = "15.5.20" },
            new("rfc.url", "RFC link", FieldKind.Text) { Group = "RFC", MaxLength = 300, Hint = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20" },
            new("rfc.quote", "What the RFC says", FieldKind.TextArea) { Group = "RFC", Hint = "A short quotation of the RFC's text." },
        };

        var faqCount = FaqSlots(values);
        for (var i = 1; i <= faqCount + SpareFaqSlots; i++)
        {
            fields.Add(new($"faq.{i}.question", $"Question {i}", FieldKind.Text) { Group = "FAQ", MaxLength = 300 });
            fields.Add(new($"faq.{i}.answer", $"Answer {i}", FieldKind.Markdown) { Group = "FAQ" });
        }

        fields.AddRange(
        [
            new("facts.cacheable", "Cacheable by default", FieldKind.Select) { Group = "Facts", Options = [new("", "Not stated"), new("true", "Yes"), new("false", "No")] },
            new("facts.clientSees", "Clients see this code", FieldKind.Bool) { Group = "Facts", Hint = "Untick for codes that only appear in server logs." },
            new("facts.senders", "Usually sent by", FieldKind.Lines) { Group = "Facts", Hint = "application, web-server, proxy, cdn or load-balancer; one per line." },
            new("facts.retry", "Retry advice", FieldKind.Markdown) { Group = "Facts" },
            new("facts.browsers", "What browsers do", FieldKind.Markdown) { Group = "Facts" },
            new("facts.collisions", "Same number elsewhere", FieldKind.Markdown) { Group = "Facts" },
            new("facts.history", "History", FieldKind.Lines) { Group = "Facts", Hint = "One event per line: year | document | note." },
            new("facts.constants", "Framework constants", FieldKind.Lines) { Group = "Facts", Hint = "One per line: framework | constant name." },
        ]);
        fields.AddRange(templates.Select(t => new FieldDef($"snippets.{t.Key}", t.Framework, FieldKind.Code)
        {
            Group = "Snippets",
            Hint = "Leave empty to use the framework's template.",
        }));
        return fields;
    }

    /// <summary>How many FAQ slots the values use, counting gaps, so no typed answer is dropped.</summary>
    private static int FaqSlots(FieldValues values) =>
        values.Names.Select(n => FaqSlot().Match(n)).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();

    protected override FieldValues Read(StatusCode s) => ToFields(SeedMapping.ToDoc(s, s.Category?.Slug ?? ""));

    public static FieldValues ToFields(StatusCodeDoc d)
    {
        var v = new FieldValues
        {
            ["code"] = d.Code.ToString(CultureInfo.InvariantCulture),
            ["subCode"] = d.SubCode?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["category"] = d.Category,
            ["reason"] = d.Reason,
            ["emoji"] = d.Emoji,
            ["summary"] = d.Summary,
            ["plainEnglish"] = d.PlainEnglish,
            ["explanation"] = d.Explanation,
            ["technicalDefinition"] = d.TechnicalDefinition,
            ["misinterpretation"] = d.Misinterpretation,
            ["causes"] = FieldReader.Lines(d.Causes),
            ["example"] = d.Example,
            ["related"] = FieldReader.Lines(d.Related),
            ["popularity"] = d.Popularity.ToString(CultureInfo.InvariantCulture),
            ["flags"] = FieldReader.Lines(d.Flags),
            ["rfc.document"] = d.Rfc?.Document ?? "",
            ["rfc.section"] = d.Rfc?.Section ?? "",
            ["rfc.url"] = d.Rfc?.Url ?? "",
            ["rfc.quote"] = d.Rfc?.Quote ?? "",
        };
        for (var i = 0; i < d.Faq.Count; i++)
        {
            v[$"faq.{i + 1}.question"] = d.Faq[i].Question;
            v[$"faq.{i + 1}.answer"] = d.Faq[i].Answer;
        }

        var f = d.Facts;
        v["facts.cacheable"] = f?.Cacheable switch { true => "true", false => "false", null => "" };
        v["facts.clientSees"] = f is null || f.ClientSees ? "true" : "false";
        v["facts.senders"] = FieldReader.Lines(f?.Senders ?? []);
        v["facts.retry"] = f?.Retry ?? "";
        v["facts.browsers"] = f?.Browsers ?? "";
        v["facts.collisions"] = f?.Collisions ?? "";
        v["facts.history"] = FieldReader.Lines((f?.History ?? []).Select(h => $"{h.Year?.ToString(CultureInfo.InvariantCulture) ?? ""} | {h.Document} | {h.Note}"));
        v["facts.constants"] = FieldReader.Lines((f?.Constants ?? []).Select(k => $"{k.Framework} | {k.Name}"));
        foreach (var snippet in d.Snippets)
        {
            v[$"snippets.{snippet.Template}"] = snippet.Code;
        }

        return v;
    }

    private static StatusCodeDoc ToDoc(FieldReader r, string state)
    {
        var faq = new List<FaqDoc>();
        for (var i = 1; i <= FaqSlots(r.Values); i++)
        {
            var question = r.Text($"faq.{i}.question");
            var answer = r.Text($"faq.{i}.answer");
            if (question.Length > 0 || answer.Length > 0)
            {
                faq.Add(new FaqDoc(question, answer));
            }
        }

        var snippets = r.Values.Names.Where(n => n.StartsWith("snippets.", StringComparison.Ordinal) && r.Raw(n).Length > 0)
            .Order(StringComparer.Ordinal)
            .Select(n => new SnippetDoc(n["snippets.".Length..], r.Raw(n))).ToList();
        var history = r.Lines("facts.history").Select(line => line.Split('|', 3, StringSplitOptions.TrimEntries)).Select(p => new HistoryDoc(
            int.TryParse(p[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) ? year : null,
            p.Length > 1 ? p[1] : "",
            p.Length > 2 ? p[2] : "")).ToList();
        var constants = r.Lines("facts.constants").Select(line => line.Split('|', 2, StringSplitOptions.TrimEntries))
            .Select(p => new ConstantDoc(p[0], p.Length > 1 ? p[1] : "")).ToList();
        var facts = new FactsDoc(
            r.OptionalBool("facts.cacheable"), r.Values["facts.clientSees"] != "false",
            r.Lines("facts.senders"), r.Text("facts.retry"), r.Text("facts.browsers"), history, constants, r.Text("facts.collisions"));
        var rfc = new RfcDoc(r.Text("rfc.document"), r.Text("rfc.section"), r.Text("rfc.url"), r.Text("rfc.quote"));
        return new StatusCodeDoc(
            r.Number("code"), r.OptionalNumber("subCode"), r.Text("category"), r.Text("reason"), r.Text("emoji"), r.Text("summary"), r.Number("popularity"), state,
            rfc is { Document: "", Section: "", Url: "", Quote: "" } ? null : rfc,
            r.Lines("causes"), r.Raw("example"), r.Lines("related"), faq, snippets,
            r.Text("explanation"), r.Text("technicalDefinition"), r.Text("plainEnglish"), r.Text("misinterpretation"),
            r.Lines("flags"), SeedMapping.OrNone(facts));
    }

    public override FieldValues Blank(Actor actor) => new() { ["category"] = "4xx", ["facts.clientSees"] = "true", ["popularity"] = "0" };

    protected override async Task ValidateAsync(CmsDbContext db, int? id, FieldReader r, CancellationToken ct)
    {
        var code = r.OptionalNumber("code");
        var sub = r.OptionalNumber("subCode");
        var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == r.Text("category"), ct);
        if (code is { } number && (number < 0 || number > 999 || (category?.Kind == CategoryKind.Class && (number < 100 || number > 599))))
        {
            r.Fail("code", "A standard status code is a number from 100 to 599 (vendor codes: 0 to 999).");
        }

        if (sub is < 0 or > 999)
        {
            r.Fail("subCode", "A sub-status is a number from 0 to 999.");
        }

        if (code is { } c && category is not null)
        {
            var key = SeedKeys.CodeKey(c, sub, category.Slug, category.Kind);
            if (await db.StatusCodes.AnyAsync(s => s.Key == key && s.Id != (id ?? 0), ct))
            {
                r.Fail("code", $"{key} already exists; each code has one entry.");
            }
        }

        if (r.Text("rfc.url") is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
        {
            r.Fail("rfc.url", "Give the full https:// address of the RFC section.");
        }

        foreach (var line in r.Lines("facts.history"))
        {
            var year = line.Split('|')[0].Trim();
            if (year.Length > 0 && !int.TryParse(year, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                r.Fail("facts.history", $"\"{line}\": start each line with a year (or leave it empty) and a |.");
            }
        }

        for (var i = 1; i <= FaqSlots(r.Values); i++)
        {
            if ((r.Text($"faq.{i}.question").Length > 0) != (r.Text($"faq.{i}.answer").Length > 0))
            {
                r.Fail(r.Text($"faq.{i}.question").Length == 0 ? $"faq.{i}.question" : $"faq.{i}.answer", "A FAQ entry needs both a question and an answer.");
            }
        }
    }

    protected override StatusCode New(FieldValues values, Actor actor) => new() { Key = "", Reason = "" };

    protected override async Task ApplyAsync(CmsDbContext db, StatusCode entry, FieldReader r, CancellationToken ct)
    {
        var doc = ToDoc(r, StateOf(entry));
        var category = await db.Categories.FirstAsync(c => c.Slug == doc.Category, ct);
        SeedMapping.Apply(doc, entry, category);
    }

    public override string Title(FieldValues values)
    {
        var sub = values["subCode"];
        return $"{values["code"]}{(sub.Length > 0 ? "." + sub : "")} {values["reason"]}".Trim();
    }

    protected override string? PublicPath(StatusCode entity) => "/codes/" + entity.Key;

    public override IQueryable<EntryRow> Rows(CmsDbContext db, string? search, string? group)
    {
        var codes = db.StatusCodes.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            codes = codes.Where(c => c.Key.Contains(term) || c.Reason.ToLower().Contains(term.ToLower()));
        }

        if (!string.IsNullOrWhiteSpace(group))
        {
            codes = codes.Where(c => c.Category!.Slug == group);
        }

        return codes.Select(c => new EntryRow
        {
            Id = c.Id,
            Title = c.Key + " " + c.Reason,
            Detail = c.Category!.Name,
            State = c.State,
            Pending = c.PendingSnapshot != null,
            PublishAtUtc = c.PublishAtUtc,
            UpdatedUtc = c.UpdatedUtc,
            SortKey = c.Key,
        });
    }

    public override async Task<IReadOnlyList<KeyValuePair<string, string>>> GroupsAsync(CmsDbContext db, CancellationToken ct) =>
        await db.Categories.AsNoTracking().OrderBy(c => c.Order).Select(c => KeyValuePair.Create(c.Slug, c.Name)).ToListAsync(ct);

    [GeneratedRegex(@"^faq\.(\d{1,3})\.(question|answer)$")]
    private static partial Regex FaqSlot();
}
