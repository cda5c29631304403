using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Seed;

namespace SiteErrorCms.Web.Setup;

/// <summary><c>-- seed import &lt;dir&gt;</c> and <c>-- seed export &lt;dir&gt;</c>: the seed tools, run against the configured database.</summary>
public static class SeedCommand
{
    // `dotnet run --project src/SiteErrorCms.Web` runs the app in the project folder; the shell's PWD
    // says where the person typed the command, which is what a relative path in it means.
    private static string InvocationDirectory() =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd) ? pwd : Directory.GetCurrentDirectory();

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "seed";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length != 3 || args[1] is not ("import" or "export"))
        {
            await Console.Error.WriteLineAsync("usage: seed import <dir> | seed export <dir>");
            return 2;
        }

        var directory = Path.GetFullPath(args[2], InvocationDirectory());
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await DatabaseInitializer.MigrateAsync(services.GetRequiredService<CmsDbContext>(), services.GetRequiredService<CmsDatabaseInfo>(), default);
        if (args[1] == "export")
        {
            var count = await services.GetRequiredService<SeedExporter>().ExportAsync(directory);
            Console.WriteLine($"Exported {count} entries to {directory}.");
            return 0;
        }

        try
        {
            var report = await services.GetRequiredService<SeedImporter>().ImportAsync(directory);
            Console.WriteLine($"Imported {directory}: {report}.");
            foreach (var entry in report.KeptEditorChanges)
            {
                Console.WriteLine($"  kept editor's version of {entry}");
            }

            return 0;
        }
        catch (SeedException ex)
        {
            foreach (var error in ex.Errors)
            {
                await Console.Error.WriteLineAsync(error.ToString());
            }

            await Console.Error.WriteLineAsync("Nothing was imported.");
            return 1;
        }
    }
}
