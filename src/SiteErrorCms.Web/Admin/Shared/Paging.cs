using Microsoft.EntityFrameworkCore;

namespace SiteErrorCms.Web.Admin.Shared;

/// <summary>One page of an ordered admin list, with the requested page number clamped to the pages that exist.</summary>
public sealed record Page<T>(IReadOnlyList<T> Rows, int Total, int Number, int Count);

public static class Paging
{
    /// <summary>Every admin list shows this many rows a page.</summary>
    public const int PageSize = 50;

    /// <summary>Counts and fetches in SQL, so lists stay fast with thousands of rows.</summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> ordered, int requested, CancellationToken ct)
    {
        var total = await ordered.CountAsync(ct);
        var count = Math.Max(1, (total + PageSize - 1) / PageSize);
        var number = Math.Clamp(requested, 1, count);
        var rows = await ordered.Skip((number - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new Page<T>(rows, total, number, count);
    }
}
