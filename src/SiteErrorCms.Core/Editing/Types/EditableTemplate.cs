using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Codes;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Core.Seed;

// EF turns ToLower() into SQL lower() on both providers; the StringComparison overloads do not translate.
#pragma warning disable CA1862

namespace SiteErrorCms.Core.Editing.Types;

public sealed class EditableTemplate : Editable<SnippetTemplate>
{
    public override string Name => "templates";

    public override string Label => "Snippet templates";

    public override string Singular => "snippet template";

    protected override IQueryable<SnippetTemplate> Load(CmsDbContext db) => db.SnippetTemplates;

    public override Task<IReadOnlyList<FieldDef>> FieldsAsync(CmsDbContext db, FieldValues values, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<FieldDef>>(
        [
            new("key", "Key", FieldKind.Text) { Required = true, MaxLength = 40, Hint = "Short id used by per-code snippets: express, flask." },
            new("framework", "Framework", FieldKind.Text) { Required = true, MaxLength = 60 },
            new("language", "Language", FieldKind.Text) { Required = true, MaxLength = 40, Hint = "For syntax highlighting: javascript, python, nginx." },
            new("platform", "Platform", FieldKind.Text) { Required = true, MaxLength = 40, Hint = "node, python, dotnet, server…" },
            new("order", "Order", FieldKind.Number),
            new("template", "Template", FieldKind.Code) { Required = true, Hint = "{{code}} and {{reason}} are replaced by each code's number and reason phrase." },
        ]);

    protected override FieldValues Read(SnippetTemplate t) => new()
    {
        ["key"] = t.Key, ["framework"] = t.Framework, ["language"] = t.Language, ["platform"] = t.Platform,
        ["order"] = t.Order.ToString(CultureInfo.InvariantCulture), ["template"] = t.Template,
    };

    public override FieldValues Blank(Actor actor) => new() { ["order"] = "100", ["template"] = "" };

    protected override async Task ValidateAsync(CmsDbContext db, int? id, FieldReader r, CancellationToken ct)
    {
        CheckSlug(r, "key");
        r.Number("order");
        var key = r.Text("key");
        if (await db.SnippetTemplates.AnyAsync(t => t.Key == key && t.Id != (id ?? 0), ct))
        {
            r.Fail("key", $"The key {key} is taken.");
        }

        if (r.Raw("template") is { Length: > 0 } template && !template.Contains("{{code}}", StringComparison.Ordinal))
        {
            r.Fail("template", "The template must contain {{code}} somewhere, or every code would show the same snippet.");
        }
    }

    protected override SnippetTemplate New(FieldValues values, Actor actor) => new() { Key = "", Language = "", Framework = "", Platform = "", Template = "" };

    protected override Task ApplyAsync(CmsDbContext db, SnippetTemplate entry, FieldReader r, CancellationToken ct)
    {
        entry.Key = r.Text("key");
        SeedMapping.Apply(new SnippetTemplateDoc(entry.Key, r.Text("language"), r.Text("framework"), r.Text("platform"), r.Number("order"), r.Raw("template"), StateOf(entry)), entry);
        return Task.CompletedTask;
    }

    public override string Title(FieldValues values) => values["framework"];

    public override IQueryable<EntryRow> Rows(CmsDbContext db, string? search, string? group)
    {
        var rows = db.SnippetTemplates.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLower();
            rows = rows.Where(t => t.Key.Contains(term) || t.Framework.ToLower().Contains(term));
        }

        return rows.Select(t => new EntryRow
        {
            Id = t.Id, Title = t.Framework, Detail = t.Key + " · " + t.Language, State = t.State, Pending = t.PendingSnapshot != null,
            PublishAtUtc = t.PublishAtUtc, UpdatedUtc = t.UpdatedUtc, SortKey = t.Framework,
        });
    }
}
