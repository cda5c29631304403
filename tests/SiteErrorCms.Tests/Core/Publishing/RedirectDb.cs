using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Core.Publishing;

/// <summary>
/// A migrated, empty SQLite database of its own for redirect-table units: the table's rules are about
/// what the tracker and the database hold together, so they run against a real one, without the site.
/// </summary>
public sealed class RedirectDb : IAsyncDisposable
{
    private readonly TempDirectory directory = new();

    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    private string ConnectionString => $"Data Source={directory.Combine("redirects.db")};Pooling=False";

    public static async Task<RedirectDb> CreateAsync()
    {
        var db = new RedirectDb();
        await using var context = db.Context();
        await context.Database.MigrateAsync(TestContext.Current.CancellationToken);
        return db;
    }

    public CmsDbContext Context()
    {
        var options = new DbContextOptionsBuilder<CmsDbContext>();
        CmsDatabase.Configure(options, DatabaseProvider.Sqlite, ConnectionString);
        return new CmsDbContext(options.Options);
    }

    /// <summary>Runs <paramref name="change"/> on a fresh context's table, then saves once, as a publish would.</summary>
    public async Task ChangeAsync(Func<RedirectTable, Task> change)
    {
        await using var context = Context();
        await change(new RedirectTable(context, Clock));
        await context.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Every saved redirect as "from → to" ("from → 410" when gone), sorted.</summary>
    public async Task<string[]> RowsAsync()
    {
        await using var context = Context();
        var rows = await context.Redirects.AsNoTracking().OrderBy(r => r.FromPath).ToListAsync(TestContext.Current.CancellationToken);
        return rows.Select(r => $"{r.FromPath} → {r.ToPath ?? "410"}").ToArray();
    }

    public async Task<Redirect> RowAsync(string from)
    {
        await using var context = Context();
        return await context.Redirects.AsNoTracking().SingleAsync(r => r.FromPath == from, TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
