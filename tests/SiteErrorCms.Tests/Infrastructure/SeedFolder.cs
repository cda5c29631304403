namespace SiteErrorCms.Tests.Infrastructure;

/// <summary>The repository's seed, and throwaway copies of it that a test may break.</summary>
public static class SeedFolder
{
    /// <summary>The seed copied beside the test assembly by the web project's build.</summary>
    public static string Shipped { get; } = Path.Combine(AppContext.BaseDirectory, "seed");

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
