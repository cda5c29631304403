using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Comparisons;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Core.Seed;

// EF turns ToLower() into SQL lower() on both providers; the StringComparison overloads do not translate.
#pragma warning disable CA1862

namespace SiteErrorCms.Core.Editing.Types;

public sealed class EditableComparison : Editable<Comparison>
{
    public override string Name => "comparisons";

    public override string Label => "Comparisons";

    public override string Singular => "comparison";

    protected override IQueryable<Comparison> Load(CmsDbContext db) => db.Comparisons;

    public override Task<IReadOnlyList<FieldDef>> FieldsAsync(CmsDbContext db, FieldValues values, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<FieldDef>>(
        [
            new("slug", "Slug", FieldKind.Text) { Required = true, MaxLength = 120, Hint = "The address: /compare/{first}-vs-{second}, like 401-vs-403 or nginx-499-vs-504." },
            new("a", "First code", FieldKind.Text) { Required = true, MaxLength = 40, Hint = "A code key: 401, nginx/499." },
            new("b", "Second code", FieldKind.Text) { Required = true, MaxLength = 40 },
            new("title", "Title", FieldKind.Text) { Required = true, MaxLength = 200 },
            new("summary", "Summary", FieldKind.TextArea) { Required = true, MaxLength = 300, Hint = "Also the meta description (aim for 50–160 characters)." },
            new("featured", "Featured on the compare page", FieldKind.Bool),
            new("body", "Body", FieldKind.Markdown) { Required = true },
        ]);

    protected override FieldValues Read(Comparison c) => new()
    {
        ["slug"] = c.Slug, ["a"] = c.CodeAKey, ["b"] = c.CodeBKey, ["title"] = c.Title, ["summary"] = c.Summary,
        ["featured"] = c.Featured ? "true" : "false", ["body"] = c.Body.Source,
    };

    public override FieldValues Blank(Actor actor) => new() { ["featured"] = "false" };

    protected override async Task ValidateAsync(CmsDbContext db, int? id, FieldReader r, CancellationToken ct)
    {
        CheckSlug(r, "slug");
        var slug = r.Text("slug");
        if (await db.Comparisons.AnyAsync(c => c.Slug == slug && c.Id != (id ?? 0), ct))
        {
            r.Fail("slug", $"Another comparison already uses /compare/{slug}.");
        }

        foreach (var side in new[] { "a", "b" })
        {
            var key = r.Text(side);
            if (key.Length > 0 && !await db.StatusCodes.AnyAsync(c => c.Key == key, ct))
            {
                r.Fail(side, $"There is no code {key}.");
            }
        }

        if (r.Text("a").Length > 0 && r.Text("a") == r.Text("b"))
        {
            r.Fail("b", "Compare two different codes.");
        }

        // The public page and the seed file are found by the codes alone (/compare/401-vs-403); any other slug would publish a page nobody can reach.
        if (r.Text("a").Length > 0 && r.Text("b").Length > 0 && SeedKeys.ComparisonSlug(r.Text("a"), r.Text("b")) is var expected && slug.Length > 0 && slug != expected)
        {
            r.Fail("slug", $"The address follows the two codes: use {expected}.");
        }
    }

    protected override Comparison New(FieldValues values, Actor actor) => new() { Slug = "", CodeAKey = "", CodeBKey = "", Title = "" };

    protected override Task ApplyAsync(CmsDbContext db, Comparison entry, FieldReader r, CancellationToken ct)
    {
        entry.Slug = r.Text("slug");
        SeedMapping.Apply(new ComparisonDoc(entry.Slug, r.Text("a"), r.Text("b"), r.Text("title"), r.Text("summary"), r.Bool("featured"), r.Text("body"), StateOf(entry)), entry);
        return Task.CompletedTask;
    }

    public override string Title(FieldValues values) => values["title"];

    protected override string? PublicPath(Comparison entity) => "/compare/" + entity.Slug;

    public override IQueryable<EntryRow> Rows(CmsDbContext db, string? search, string? group)
    {
        var rows = db.Comparisons.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLower();
            rows = rows.Where(c => c.Slug.Contains(term) || c.Title.ToLower().Contains(term));
        }

        return rows.Select(c => new EntryRow
        {
            Id = c.Id, Title = c.Title, Detail = "/compare/" + c.Slug, State = c.State, Pending = c.PendingSnapshot != null,
            PublishAtUtc = c.PublishAtUtc, UpdatedUtc = c.UpdatedUtc, SortKey = c.Title,
        });
    }
}
