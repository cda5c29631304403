namespace SiteErrorCms.Tests.Infrastructure;

/// <summary>The repository's seed, and throwaway copies of it that a test may break.</summary>
public static class SeedFolder
{
    /// <summary>The seed copied beside the test assembly by the web project's build.</summary>
    public static string Shipped { get; } = Path.Combine(AppContext.BaseDirectory, "seed");

    /// <summary>
    /// A small but complete seed (the categories, the templates and three codes) for tests that start
    /// the app as a process, where importing all of the shipped seed would only cost time.
    /// </summary>
    public static string WriteMinimal(string target)
    {
        var shipped = SiteErrorCms.Core.Seed.SeedReader.Read(Shipped);
        var small = new SiteErrorCms.Core.Seed.SeedSet();
        small.Categories.AddRange(shipped.Categories);
        small.Templates.AddRange(shipped.Templates);
        small.Codes.AddRange(shipped.Codes
            .Where(c => c.Doc.Category == "client-error" && c.Doc.Code is 404 or 410 or 421)
            .Select(c => c with { Doc = c.Doc with { Related = [] } }));
        SiteErrorCms.Core.Seed.SeedWriter.Write(target, small, shipped.Categories.ToDictionary(c => c.Doc.Slug, c => c.Doc.Folder));
        return target;
    }

    public static string CopyTo(string target)
    {
        foreach (var file in Directory.EnumerateFiles(Shipped, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
