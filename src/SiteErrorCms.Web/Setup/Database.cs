using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Seed;

namespace SiteErrorCms.Web.Setup;

public static class Database
{
    public static WebApplicationBuilder AddCmsDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddCmsDatabase(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddScoped<SeedImporter>();
        builder.Services.AddScoped<SeedExporter>();
        builder.Services.Configure<DatabaseStartupOptions>(builder.Configuration.GetSection("Database"));
        builder.Services.Configure<SeedOptions>(builder.Configuration.GetSection("Seed"));
        builder.Services.AddHostedService<DatabaseInitializer>();
        return builder;
    }
}

public sealed class DatabaseStartupOptions
{
    /// <summary>Apply pending migrations on start. Operators who migrate as a deploy step turn this off.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}

public sealed class SeedOptions
{
    /// <summary>Import the seed folder on start (idempotent; editors' changes are kept).</summary>
    public bool ImportOnStartup { get; set; } = true;

    /// <summary>The seed folder; by default the copy that ships with the build output.</summary>
    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "seed");
}
