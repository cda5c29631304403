using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Core.Editing;

/// <summary>What every content type shares: loading with its children and the typed casts.</summary>
public abstract partial class Editable<T> : IEditable
    where T : ContentEntity
{
    public abstract string Name { get; }

    public abstract string Label { get; }

    public abstract string Singular { get; }

    public string EntityType => typeof(T).Name;

    public virtual bool ForAuthors => false;

    public abstract Task<IReadOnlyList<FieldDef>> FieldsAsync(CmsDbContext db, FieldValues values, CancellationToken ct);

    /// <summary>The entity set with the children its fields read.</summary>
    protected abstract IQueryable<T> Load(CmsDbContext db);

    public IQueryable<ContentEntity> Entries(CmsDbContext db) => db.Set<T>();

    public async Task<ContentEntity?> FindAsync(CmsDbContext db, int id, CancellationToken ct) =>
        await Load(db).FirstOrDefaultAsync(e => e.Id == id, ct);

    public async Task<ContentEntity?> FindDetachedAsync(CmsDbContext db, int id, CancellationToken ct) =>
        await Load(db).AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);

    public FieldValues Read(ContentEntity entity) => Read((T)entity);

    protected abstract FieldValues Read(T entity);

    public abstract FieldValues Blank(Actor actor);

    public async Task<IReadOnlyDictionary<string, string>> ValidateAsync(CmsDbContext db, int? id, FieldValues values, CancellationToken ct)
    {
        var reader = new FieldReader(values, await FieldsAsync(db, values, ct));
        reader.CheckDefinitions();
        await ValidateAsync(db, id, reader, ct);
        return reader.Errors;
    }

    /// <summary>Rules beyond required and length: formats, references, uniqueness.</summary>
    protected abstract Task ValidateAsync(CmsDbContext db, int? id, FieldReader r, CancellationToken ct);

    public async Task<ContentEntity> CreateAsync(CmsDbContext db, FieldValues values, Actor actor, CancellationToken ct)
    {
        var entity = New(values, actor);
        entity.State = WorkflowState.Draft;
        await ApplyAsync(db, entity, values, ct);
        db.Add(entity);
        return entity;
    }

    protected abstract T New(FieldValues values, Actor actor);

    public async Task ApplyAsync(CmsDbContext db, ContentEntity entity, FieldValues values, CancellationToken ct)
    {
        // The seed mapping carries a state; in the admin only the workflow moves it.
        var state = entity.State;
        await ApplyAsync(db, (T)entity, new FieldReader(values, []), ct);
        entity.State = state;
    }

    protected abstract Task ApplyAsync(CmsDbContext db, T entry, FieldReader r, CancellationToken ct);

    public abstract string Title(FieldValues values);

    public string? PublicPath(ContentEntity entity) => PublicPath((T)entity);

    protected virtual string? PublicPath(T entity) => null;

    public abstract IQueryable<EntryRow> Rows(CmsDbContext db, string? search, string? group);

    public virtual Task<IReadOnlyList<KeyValuePair<string, string>>> GroupsAsync(CmsDbContext db, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<KeyValuePair<string, string>>>([]);

    public string? OwnerId(ContentEntity entity) => OwnerId((T)entity);

    protected virtual string? OwnerId(T entity) => null;

    protected static void CheckSlug(FieldReader reader, string name)
    {
        if (reader.Text(name) is { Length: > 0 } slug && !SlugPattern().IsMatch(slug))
        {
            reader.Fail(name, "Use lowercase letters, digits and single hyphens, like not-found-vs-gone.");
        }
    }

    protected static string StateOf(ContentEntity entity) => entity.State.ToString().ToLowerInvariant();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
