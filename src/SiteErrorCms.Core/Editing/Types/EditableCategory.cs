using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Codes;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Core.Seed;

// EF turns ToLower() into SQL lower() on both providers; the StringComparison overloads do not translate.
#pragma warning disable CA1862

namespace SiteErrorCms.Core.Editing.Types;

public sealed class EditableCategory : Editable<Category>
{
    public override string Name => "categories";

    public override string Label => "Categories";

    public override string Singular => "category";

    protected override IQueryable<Category> Load(CmsDbContext db) => db.Categories;

    public override Task<IReadOnlyList<FieldDef>> FieldsAsync(CmsDbContext db, FieldValues values, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<FieldDef>>(
        [
            new("slug", "Slug", FieldKind.Text) { Required = true, MaxLength = 64, Hint = "The address: /category/{slug}." },
            new("name", "Name", FieldKind.Text) { Required = true, MaxLength = 100 },
            new("kind", "Kind", FieldKind.Select) { Required = true, Options = [new("class", "Class of the standard (1xx–5xx)"), new("vendor", "Vendor codes")] },
            new("folder", "Seed folder", FieldKind.Text) { Required = true, MaxLength = 64, Hint = "The folder under seed/codes that holds its codes." },
            new("order", "Order", FieldKind.Number),
            new("summary", "Summary", FieldKind.TextArea) { Required = true, MaxLength = 300, Hint = "Also the meta description (aim for 50–160 characters)." },
            new("description", "Description", FieldKind.Markdown),
        ]);

    protected override FieldValues Read(Category c)
    {
        var d = SeedMapping.ToDoc(c);
        return new FieldValues
        {
            ["slug"] = c.Slug, ["name"] = d.Name, ["kind"] = d.Kind, ["folder"] = d.Folder,
            ["order"] = d.Order.ToString(CultureInfo.InvariantCulture), ["summary"] = d.Summary, ["description"] = d.Description,
        };
    }

    public override FieldValues Blank(Actor actor) => new() { ["kind"] = "vendor", ["order"] = "100" };

    protected override async Task ValidateAsync(CmsDbContext db, int? id, FieldReader r, CancellationToken ct)
    {
        CheckSlug(r, "slug");
        r.Number("order");
        var slug = r.Text("slug");
        if (await db.Categories.AnyAsync(c => c.Slug == slug && c.Id != (id ?? 0), ct))
        {
            r.Fail("slug", $"Another category already uses /category/{slug}.");
        }
    }

    protected override Category New(FieldValues values, Actor actor) => new() { Slug = "", Name = "", Folder = "" };

    protected override Task ApplyAsync(CmsDbContext db, Category entry, FieldReader r, CancellationToken ct)
    {
        entry.Slug = r.Text("slug");
        SeedMapping.Apply(new CategoryDoc(entry.Slug, r.Text("name"), r.Text("kind"), r.Text("folder"), r.Number("order"), r.Text("summary"), r.Text("description"), StateOf(entry)), entry);
        return Task.CompletedTask;
    }

    public override string Title(FieldValues values) => values["name"];

    protected override string? PublicPath(Category entity) => "/category/" + entity.Slug;

    public override IQueryable<EntryRow> Rows(CmsDbContext db, string? search, string? group)
    {
        var rows = db.Categories.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLower();
            rows = rows.Where(c => c.Slug.Contains(term) || c.Name.ToLower().Contains(term));
        }

        return rows.Select(c => new EntryRow
        {
            Id = c.Id, Title = c.Name, Detail = "/category/" + c.Slug, State = c.State, Pending = c.PendingSnapshot != null,
            PublishAtUtc = c.PublishAtUtc, UpdatedUtc = c.UpdatedUtc, SortKey = c.Name,
        });
    }
}
