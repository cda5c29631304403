using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Blog;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Core.Seed;

// EF turns ToLower() into SQL lower() on both providers; the StringComparison overloads do not translate.
#pragma warning disable CA1862

namespace SiteErrorCms.Core.Editing.Types;

/// <summary>A blog post. Authors write their own; the byline defaults to the writer's name.</summary>
public sealed class EditablePost : Editable<BlogPost>
{
    public override string Name => "posts";

    public override string Label => "Blog posts";

    public override string Singular => "post";

    public override bool ForAuthors => true;

    protected override IQueryable<BlogPost> Load(CmsDbContext db) => db.BlogPosts;

    public override Task<IReadOnlyList<FieldDef>> FieldsAsync(CmsDbContext db, FieldValues values, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<FieldDef>>(
        [
            new("title", "Title", FieldKind.Text) { Required = true, MaxLength = 200 },
            new("slug", "Slug", FieldKind.Text) { Required = true, MaxLength = 140, Hint = "The address: /blog/{slug}." },
            new("summary", "Summary", FieldKind.TextArea) { Required = true, MaxLength = 300, Hint = "Shown in lists and as the meta description (aim for 50–160 characters)." },
            new("author", "Byline", FieldKind.Text) { Required = true, MaxLength = 200 },
            new("tags", "Tags", FieldKind.Lines) { Hint = "One tag per line, lowercase." },
            new("codes", "Related codes", FieldKind.Lines) { Hint = "One code key per line." },
            new("body", "Body", FieldKind.Markdown) { Required = true },
        ]);

    protected override FieldValues Read(BlogPost p)
    {
        var d = SeedMapping.ToDoc(p);
        return new FieldValues
        {
            ["title"] = d.Title, ["slug"] = d.Slug, ["summary"] = d.Summary, ["author"] = d.Author,
            ["tags"] = FieldReader.Lines(d.Tags), ["codes"] = FieldReader.Lines(d.Codes), ["body"] = d.Body,
        };
    }

    public override FieldValues Blank(Actor actor) => new() { ["author"] = actor.Name };

    protected override async Task ValidateAsync(CmsDbContext db, int? id, FieldReader r, CancellationToken ct)
    {
        CheckSlug(r, "slug");
        var slug = r.Text("slug");
        if (await db.BlogPosts.AnyAsync(p => p.Slug == slug && p.Id != (id ?? 0), ct))
        {
            r.Fail("slug", $"Another post already uses /blog/{slug}.");
        }

        foreach (var tag in r.Lines("tags"))
        {
            if (tag != tag.ToLowerInvariant() || tag.Length > 40)
            {
                r.Fail("tags", $"\"{tag}\": tags are lowercase and at most 40 characters.");
            }
        }
    }

    protected override BlogPost New(FieldValues values, Actor actor) => new() { Slug = "", Title = "", AuthorId = actor.UserId };

    protected override Task ApplyAsync(CmsDbContext db, BlogPost entry, FieldReader r, CancellationToken ct)
    {
        // The publication time and owner are the workflow's, never a form field: both carry over as they are.
        entry.Slug = r.Text("slug");
        SeedMapping.Apply(
            new PostDoc(entry.Slug, r.Text("title"), r.Text("summary"), r.Text("author"), entry.PublishedUtc, r.Lines("tags"), r.Lines("codes"), StateOf(entry), r.Text("body")),
            entry);
        return Task.CompletedTask;
    }

    public override string Title(FieldValues values) => values["title"];

    protected override string? PublicPath(BlogPost entity) => "/blog/" + entity.Slug;

    protected override string? OwnerId(BlogPost entity) => entity.AuthorId;

    public override IQueryable<EntryRow> Rows(CmsDbContext db, string? search, string? group)
    {
        var rows = db.BlogPosts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLower();
            rows = rows.Where(p => p.Slug.Contains(term) || p.Title.ToLower().Contains(term));
        }

        if (!string.IsNullOrWhiteSpace(group))
        {
            rows = rows.Where(p => p.AuthorName == group);
        }

        return rows.Select(p => new EntryRow
        {
            Id = p.Id, Title = p.Title, Detail = "/blog/" + p.Slug, State = p.State, Pending = p.PendingSnapshot != null,
            PublishAtUtc = p.PublishAtUtc, UpdatedUtc = p.UpdatedUtc, OwnerId = p.AuthorId, Author = p.AuthorName, SortKey = p.Title,
        });
    }

    public override async Task<IReadOnlyList<KeyValuePair<string, string>>> GroupsAsync(CmsDbContext db, CancellationToken ct) =>
        (await db.BlogPosts.AsNoTracking().Select(p => p.AuthorName).Distinct().OrderBy(a => a).ToListAsync(ct))
            .Select(a => KeyValuePair.Create(a, a)).ToList();
}
