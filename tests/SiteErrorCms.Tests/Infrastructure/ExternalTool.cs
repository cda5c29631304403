using System.Diagnostics;

namespace SiteErrorCms.Tests.Infrastructure;

/// <summary>Runs the machine's own tools (parsers, runtimes) for the content checks.</summary>
public static class ExternalTool
{
    /// <summary>The tool's path, looking also where Debian puts nginx and rustup puts rustfmt.</summary>
    public static string? Find(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(':').Append("/usr/sbin").Append("/root/.cargo/bin")
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
    }

    /// <summary>Runs the tool to the end; the output is stdout followed by stderr.</summary>
    public static async Task<(int Exit, string Output)> RunAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(Find(tool) ?? tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }
}
