using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Editing;

namespace SiteErrorCms.Web.Admin.Content;

// History: every revision of an entry, a field-by-field diff between any two, and restore.
public abstract partial class ContentEditingController
{
    [HttpGet("{id:int}/history")]
    public async Task<IActionResult> History([FromRoute] int id, CancellationToken ct)
    {
        if (await FindOwnAsync(id, ct) is not { } entity)
        {
            return NotFound();
        }

        var type = ContentType!;
        return View("/Admin/Content/History.cshtml", new HistoryModel
        {
            Type = type,
            BasePath = BasePath,
            Entity = entity,
            Title = type.Title(ContentWorkflow.Current(type, entity)),
            Revisions = await Db.Revisions.AsNoTracking().Where(r => r.EntityType == type.EntityType && r.EntityId == id)
                .OrderByDescending(r => r.Id).Take(500).ToListAsync(ct),
            Zone = await EditorClock.ZoneAsync(ct),
        });
    }

    [HttpGet("{id:int}/diff")]
    public async Task<IActionResult> Diff([FromRoute] int id, [FromQuery] int from, [FromQuery] int to, CancellationToken ct)
    {
        if (await FindOwnAsync(id, ct) is not { } entity)
        {
            return NotFound();
        }

        var type = ContentType!;
        var pair = await Db.Revisions.AsNoTracking().Where(r => r.EntityType == type.EntityType && r.EntityId == id && (r.Id == from || r.Id == to)).ToListAsync(ct);
        if (pair.Find(r => r.Id == from) is not { } older || pair.Find(r => r.Id == to) is not { } newer)
        {
            return NotFound();
        }

        var before = FieldValues.FromJson(older.Snapshot);
        var after = FieldValues.FromJson(newer.Snapshot);
        return View("/Admin/Content/Diff.cshtml", new DiffModel
        {
            Type = type,
            BasePath = BasePath,
            Entity = entity,
            Title = type.Title(after),
            From = older,
            To = newer,
            Changes = FieldDiff.Compare(before, after, await type.FieldsAsync(Db, after, ct)),
            Zone = await EditorClock.ZoneAsync(ct),
        });
    }
}
