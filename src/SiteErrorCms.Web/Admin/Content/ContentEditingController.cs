using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Editing;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Web.Admin.Shared;

namespace SiteErrorCms.Web.Admin.Content;

/// <summary>
/// Lists, forms, saves and previews for every content type. Concrete controllers pick the type and
/// the policy: <see cref="ContentController"/> (editors) and <see cref="PostsController"/> (authors too).
/// </summary>
public abstract partial class ContentEditingController(
    CmsDbContext db, ContentWorkflow workflow, PrePublishChecklist checklist, EditorClock editorClock, IAuthorizationService authorization) : AdminController
{
    protected CmsDbContext Db => db;

    protected ContentWorkflow Workflow => workflow;

    protected EditorClock EditorClock => editorClock;

    protected abstract IEditable? ContentType { get; }

    protected string BasePath => $"/admin/{ContentType!.Name}";

    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>Authors see and touch only their own entries; editors everything.</summary>
    protected async Task<bool> MayEditAnyAsync() => (await authorization.AuthorizeAsync(User, AdminPolicies.EditContent)).Succeeded;

    private async Task<bool> MayPublishAsync() => (await authorization.AuthorizeAsync(User, AdminPolicies.Publish)).Succeeded;

    [HttpGet("")]
    public async Task<IActionResult> List([FromQuery] ListQuery query, CancellationToken ct)
    {
        if (ContentType is not { } type)
        {
            return NotFound();
        }

        var ownOnly = !await MayEditAnyAsync();
        var rows = type.Rows(db, query.Q, query.Group);
        rows = ownOnly ? rows.Where(r => r.OwnerId == UserId) : rows;
        rows = query.State switch
        {
            "pending" => rows.Where(r => r.Pending),
            "trashed" => rows.Where(r => r.State == WorkflowState.Trashed),
            { } s when Enum.TryParse<WorkflowState>(s, true, out var state) => rows.Where(r => r.State == state),
            _ => rows.Where(r => r.State != WorkflowState.Trashed),
        };
        rows = query.Sort switch
        {
            "title" => rows.OrderBy(r => r.SortKey).ThenBy(r => r.Id),
            "state" => rows.OrderBy(r => r.State).ThenBy(r => r.SortKey),
            _ => rows.OrderByDescending(r => r.UpdatedUtc).ThenBy(r => r.Id),
        };
        var page = await rows.ToPageAsync(query.Page, ct);
        query.Page = page.Number;
        return View("/Admin/Content/List.cshtml", new ListModel
        {
            Type = type,
            Rows = page.Rows,
            Total = page.Total,
            Pages = page.Count,
            Query = query,
            Groups = await type.GroupsAsync(db, ct),
            Zone = await editorClock.ZoneAsync(ct),
            OwnOnly = ownOnly,
        });
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken ct) =>
        ContentType is { } type ? await FormAsync(type, null, type.Blank(CurrentActor), ct: ct) : NotFound();

    [HttpPost("new")]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        if (ContentType is not { } type)
        {
            return NotFound();
        }

        var values = await PostedValuesAsync(type, ct);
        var outcome = await workflow.CreateAsync(type, values, CurrentActor, Request.Form["note"], ct);
        if (outcome is SaveOutcome.Saved saved)
        {
            TempData["Flash"] = $"Created as a draft. Nothing is public until it is published.";
            return Redirect($"{BasePath}/{saved.Entity.Id}");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await FormAsync(type, null, values, errors: ((SaveOutcome.Invalid)outcome).Errors, ct: ct);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit([FromRoute] int id, CancellationToken ct)
    {
        if (await FindOwnAsync(id, ct) is not { } entity)
        {
            return NotFound();
        }

        var values = ContentWorkflow.Current(ContentType!, entity);
        return await FormAsync(ContentType!, entity, values, checks: await checklist.CheckAsync(ContentType!, id, values, ct), ct: ct);
    }

    // Every id is bound from the route alone: MVC reads form fields first, and a posted "id" must not
    // point a save or a workflow step at another entry than the URL names.
    [HttpPost("{id:int}")]
    public async Task<IActionResult> Save([FromRoute] int id, CancellationToken ct)
    {
        if (await FindOwnAsync(id, ct) is not { } entity)
        {
            return NotFound();
        }

        var type = ContentType!;
        var mine = await PostedValuesAsync(type, ct);
        if (!Guid.TryParse(Request.Form["version"], out var version))
        {
            return BadRequest("The form is missing the version it was loaded from; reload the page and edit again.");
        }

        // After a conflict the editor chose, per field, to take the colleague's text instead of their own.
        if (version == entity.Version)
        {
            var theirs = ContentWorkflow.Current(type, entity);
            foreach (var choice in Request.Form.Where(f => f.Key.StartsWith("resolve.", StringComparison.Ordinal) && f.Value == "theirs"))
            {
                mine[choice.Key["resolve.".Length..]] = theirs[choice.Key["resolve.".Length..]];
            }
        }

        var outcome = await workflow.SaveAsync(type, id, mine, version, CurrentActor, Request.Form["note"], ct);
        switch (outcome)
        {
            case SaveOutcome.Saved saved:
                TempData["Flash"] = saved.Entity.State == WorkflowState.Published
                    ? "Saved as pending changes. Readers still see the published version until you publish."
                    : "Saved.";
                if (saved.FromTheirs.Count > 0)
                {
                    TempData["Flash"] += $" A colleague's newer changes to {string.Join(", ", saved.FromTheirs)} were merged in.";
                }

                return Redirect($"{BasePath}/{id}");
            case SaveOutcome.Unchanged:
                TempData["Flash"] = "Nothing changed, so nothing was saved.";
                return Redirect($"{BasePath}/{id}");
            case SaveOutcome.Invalid invalid:
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return await FormAsync(type, entity, mine, errors: invalid.Errors, version: version, ct: ct);
            case SaveOutcome.Conflict conflict:
                Response.StatusCode = StatusCodes.Status409Conflict;
                var fresh = await type.FindAsync(db, id, ct) ?? entity;
                return await FormAsync(type, fresh, conflict.Merge.Merged, conflict: conflict, version: conflict.TheirsVersion, ct: ct);
            default:
                return NotFound();
        }
    }

    /// <summary>The entry if it exists and this user may work on it; authors only their own.</summary>
    protected async Task<ContentEntity?> FindOwnAsync(int id, CancellationToken ct)
    {
        if (ContentType is not { } type || await type.FindAsync(db, id, ct) is not { } entity)
        {
            return null;
        }

        return await MayEditAnyAsync() || (type.OwnerId(entity) is { } owner && owner == UserId) ? entity : null;
    }

    private async Task<FieldValues> PostedValuesAsync(IEditable type, CancellationToken ct)
    {
        // Only the type's own fields are read: state, owner, version and timestamps cannot be posted in.
        var posted = new FieldValues(Request.Form.Where(f => FieldName().IsMatch(f.Key)).Select(f => KeyValuePair.Create(f.Key, f.Value.ToString())));
        var values = new FieldValues();
        foreach (var field in await type.FieldsAsync(db, posted, ct))
        {
            values[field.Name] = field.Kind == FieldKind.Bool ? (posted[field.Name] is "true" or "on" ? "true" : "false") : posted[field.Name];
        }

        return values;
    }

    protected async Task<IActionResult> FormAsync(
        IEditable type,
        ContentEntity? entity,
        FieldValues values,
        IReadOnlyDictionary<string, string>? errors = null,
        IReadOnlyList<CheckItem>? checks = null,
        SaveOutcome.Conflict? conflict = null,
        Guid? version = null,
        CancellationToken ct = default) =>
        View("/Admin/Content/Edit.cshtml", new EditModel
        {
            Type = type,
            BasePath = BasePath,
            Entity = entity,
            Values = values,
            Fields = await type.FieldsAsync(db, values, ct),
            Errors = errors ?? new Dictionary<string, string>(),
            Checks = checks ?? [],
            Conflict = conflict,
            Version = version ?? entity?.Version ?? Guid.Empty,
            CanPublish = await MayPublishAsync(),
            Zone = await editorClock.ZoneAsync(ct),
            PublicPath = entity is null ? null : type.PublicPath(entity),
            Note = Request.HasFormContentType ? Request.Form["note"].ToString() : null,
        });

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9._-]{0,80}$")]
    private static partial Regex FieldName();
}
