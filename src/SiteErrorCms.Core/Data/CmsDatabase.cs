using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SiteErrorCms.Core.Data;

/// <summary>Picks the provider from configuration and registers <see cref="CmsDbContext"/>.</summary>
public static class CmsDatabase
{
    public const string SqliteMigrationsAssembly = "SiteErrorCms.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "SiteErrorCms.Migrations.Postgres";
    public const string DefaultSqliteFile = "siteerrorcms.db";

    public static IServiceCollection AddCmsDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = ReadProvider(configuration);
        var connectionString = ResolveConnectionString(provider, configuration, contentRoot);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ContentSaveInterceptor>();
        services.AddDbContext<CmsDbContext>((sp, options) =>
        {
            Configure(options, provider, connectionString);
            options.AddInterceptors(sp.GetRequiredService<ContentSaveInterceptor>());
        });
        services.AddSingleton(new CmsDatabaseInfo(provider, connectionString));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        _ = provider switch
        {
            // Code pages load FAQs and snippets together; split queries avoid a cartesian product.
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, o => o
                .MigrationsAssembly(SqliteMigrationsAssembly)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString, o => o
                .MigrationsAssembly(PostgresMigrationsAssembly)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
            _ => throw new CmsStartupException($"Unknown database provider '{provider}'."),
        };
    }

    public static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var name = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(name))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new CmsStartupException(
                $"Database:Provider is '{name}', which is not a provider this site supports; use 'Sqlite' (the default) or 'Postgres'.");
    }

    private static string ResolveConnectionString(DatabaseProvider provider, IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString("Cms");
        if (provider == DatabaseProvider.Postgres)
        {
            return string.IsNullOrWhiteSpace(configured)
                ? throw new CmsStartupException("Database:Provider is 'Postgres' but ConnectionStrings:Cms is empty; set it to an Npgsql connection string.")
                : configured;
        }

        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        // The zero-configuration default: a file in a data directory beside the app, created on first run.
        var dataDirectory = Path.GetFullPath(configuration["Database:DataDirectory"] ?? "data", contentRoot);
        Directory.CreateDirectory(dataDirectory);
        return $"Data Source={Path.Combine(dataDirectory, DefaultSqliteFile)}";
    }
}

/// <summary>What the running app is connected to; used by start-up checks and operators' logs (never the password).</summary>
public sealed record CmsDatabaseInfo(DatabaseProvider Provider, string ConnectionString);
