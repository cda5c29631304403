using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Core.Editing;

/// <summary>
/// One content type as the admin edits it: its fields, how they map onto the entity, how it is checked
/// and where it lives on the public site. The workflow, forms, history and merge are written once
/// against this.
/// </summary>
public interface IEditable
{
    /// <summary>The URL segment under /admin: codes, categories, templates, comparisons, quiz, posts.</summary>
    string Name { get; }

    string Label { get; }

    string Singular { get; }

    /// <summary>The entity's name in revisions and the audit log.</summary>
    string EntityType { get; }

    /// <summary>Authors may write entries of this type (their own only).</summary>
    bool ForAuthors { get; }

    Task<IReadOnlyList<FieldDef>> FieldsAsync(CmsDbContext db, FieldValues values, CancellationToken ct);

    /// <summary>The entry with everything its fields need, tracked for saving.</summary>
    Task<ContentEntity?> FindAsync(CmsDbContext db, int id, CancellationToken ct);

    /// <summary>All entries of the type, for queries across types (the scheduler, the dashboard).</summary>
    IQueryable<ContentEntity> Entries(CmsDbContext db);

    /// <summary>The same, untracked, for previews that must never be saved.</summary>
    Task<ContentEntity?> FindDetachedAsync(CmsDbContext db, int id, CancellationToken ct);

    FieldValues Read(ContentEntity entity);

    FieldValues Blank(Actor actor);

    /// <summary>Field name → message. Empty when the values can be saved.</summary>
    Task<IReadOnlyDictionary<string, string>> ValidateAsync(CmsDbContext db, int? id, FieldValues values, CancellationToken ct);

    /// <summary>A new entry holding the values, in <see cref="WorkflowState.Draft"/>; added to the context.</summary>
    Task<ContentEntity> CreateAsync(CmsDbContext db, FieldValues values, Actor actor, CancellationToken ct);

    /// <summary>Writes valid values onto the entry's columns (state untouched).</summary>
    Task ApplyAsync(CmsDbContext db, ContentEntity entity, FieldValues values, CancellationToken ct);

    string Title(FieldValues values);

    /// <summary>Where the entry is read on the public site; null for types without a page of their own.</summary>
    string? PublicPath(ContentEntity entity);

    /// <summary>The list of entries as rows; the caller filters by state, sorts and pages in SQL.</summary>
    IQueryable<EntryRow> Rows(CmsDbContext db, string? search, string? group);

    /// <summary>Choices for the list's group filter (category for codes); empty when the type has none.</summary>
    Task<IReadOnlyList<KeyValuePair<string, string>>> GroupsAsync(CmsDbContext db, CancellationToken ct);

    /// <summary>The owning user for types with authors; null otherwise.</summary>
    string? OwnerId(ContentEntity entity);
}

/// <summary>One line of an admin list. A class with setters so EF can filter and sort after the projection.</summary>
public sealed class EntryRow
{
    public int Id { get; init; }

    public string Title { get; init; } = "";

    public string Detail { get; init; } = "";

    public WorkflowState State { get; init; }

    public bool Pending { get; init; }

    public DateTime? PublishAtUtc { get; init; }

    public DateTime UpdatedUtc { get; init; }

    public string? OwnerId { get; init; }

    public string Author { get; init; } = "";

    /// <summary>Sort key that orders codes by number rather than text.</summary>
    public string SortKey { get; init; } = "";
}
