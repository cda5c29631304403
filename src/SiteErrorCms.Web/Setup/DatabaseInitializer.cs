using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Seed;

namespace SiteErrorCms.Web.Setup;

/// <summary>Migrates and seeds before the server takes requests, so the first reader never meets an empty site.</summary>
public sealed class DatabaseInitializer(
    IServiceScopeFactory scopes,
    CmsDatabaseInfo database,
    IOptions<DatabaseStartupOptions> databaseOptions,
    IOptions<SeedOptions> seedOptions,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        if (databaseOptions.Value.MigrateOnStartup)
        {
            await MigrateAsync(db, database, cancellationToken);
        }

        if (seedOptions.Value.ImportOnStartup)
        {
            await ImportSeedAsync(scope.ServiceProvider.GetRequiredService<SeedImporter>(), seedOptions.Value.Path, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task MigrateAsync(CmsDbContext db, CmsDatabaseInfo database, CancellationToken cancellationToken)
    {
        try
        {
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                // WAL lets readers keep reading while an editor saves; the setting lives in the file, so once is enough.
                await db.Database.OpenConnectionAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                await db.Database.CloseConnectionAsync();
            }

            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new CmsStartupException(
                $"the {database.Provider} database ({DescribeTarget(database)}) cannot be opened or migrated: {ex.GetBaseException().Message}", ex);
        }
    }

    private async Task ImportSeedAsync(SeedImporter importer, string path, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(path))
        {
            logger.LogWarning("Seed folder {SeedPath} not found; starting without importing seed content.", path);
            return;
        }

        try
        {
            var report = await importer.ImportAsync(path, cancellationToken);
            logger.LogInformation("Seed import from {SeedPath}: {Report}.", path, report);
        }
        catch (SeedException ex)
        {
            // The site keeps serving what the database has; the log names every broken file and line.
            foreach (var error in ex.Errors)
            {
                logger.LogError("Seed not imported: {SeedError}", error.ToString());
            }
        }
    }

    private static string DescribeTarget(CmsDatabaseInfo database)
    {
        var parts = database.ConnectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => !p.StartsWith("Password", StringComparison.OrdinalIgnoreCase) && !p.StartsWith("Pwd", StringComparison.OrdinalIgnoreCase));
        return string.Join(';', parts);
    }
}
