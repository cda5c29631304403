using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Web.Startup;

/// <summary>An operator's configuration mistake stops the app with one readable line, not a stack dump.</summary>
public sealed class StartupFailsClearly
{
    [Fact]
    public async Task OnAnUnknownProvider()
    {
        using var data = new TempDirectory();

        var result = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Oracle",
            ["Database__DataDirectory"] = data.Path,
        });

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "SiteErrorCms cannot start: Database:Provider is 'Oracle', which is not a provider this site supports; use 'Sqlite' (the default) or 'Postgres'.",
            result.Error.Trim());
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnAnUnreachableDatabase()
    {
        var result = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Cms"] = "Host=127.0.0.1;Port=1;Username=cms;Password=secret-value;Timeout=3",
        });

        Assert.Equal(1, result.ExitCode);
        var lastLine = result.Error.Trim().Split('\n')[^1];
        Assert.StartsWith("SiteErrorCms cannot start: the Postgres database (Host=127.0.0.1;Port=1;Username=cms;Timeout=3) cannot be opened or migrated", lastLine, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-value", result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
    }
}
