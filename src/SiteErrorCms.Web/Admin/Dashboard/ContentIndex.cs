using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Editing;

namespace SiteErrorCms.Web.Admin.Dashboard;

public sealed record IndexedEntry(IEditable Type, EntryRow Row)
{
    public string EditPath => $"/admin/{Type.Name}/{Row.Id}";
}

/// <summary>Entries of every content type that match one condition: the dashboard, calendar and trash read through this.</summary>
public static class ContentIndex
{
    public static async Task<List<IndexedEntry>> FindAsync(
        CmsDbContext db, Expression<Func<EntryRow, bool>> filter, int take, CancellationToken ct, IEditable? only = null)
    {
        var found = new List<IndexedEntry>();
        foreach (var type in only is null ? ContentTypes.All : [only])
        {
            var rows = await type.Rows(db, null, null).Where(filter).OrderByDescending(r => r.UpdatedUtc).Take(take).ToListAsync(ct);
            found.AddRange(rows.Select(r => new IndexedEntry(type, r)));
        }

        return found;
    }
}
