using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Playwright;
using SiteErrorCms.BrowserTests.Infrastructure;

[assembly: AssemblyFixture(typeof(LiveSite))]

namespace SiteErrorCms.BrowserTests.Infrastructure;

/// <summary>
/// The real app, started once for the whole assembly as its own process (<c>dotnet SiteErrorCms.Web.dll</c>) on
/// Kestrel at 127.0.0.1, on a fresh SQLite database seeded from the shipped seed, plus one headless system Chromium
/// driven by Playwright. Tests work in their own browser contexts (or a class's <see cref="ReaderTab"/>), never in each other's.
/// </summary>
public sealed class LiveSite : IAsyncLifetime
{
    private const string WebAssembly = "SiteErrorCms.Web.dll";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly StringBuilder output = new();
    private readonly string dataDirectory =
        Path.Combine(Path.GetTempPath(), "siteerrorcms-browser-tests", Guid.NewGuid().ToString("N"));

    private Process? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>Where the site answers, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not been launched.");

    /// <summary><c>$TEST_OUTPUT_DIR/screenshots</c> when CI sets it, otherwise <c>screenshots</c> beside the test assembly.</summary>
    public static string ScreenshotDirectory
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("TEST_OUTPUT_DIR");
            return Path.Combine(string.IsNullOrWhiteSpace(root) ? AppContext.BaseDirectory : root, "screenshots");
        }
    }

    /// <summary>The server's stdout and stderr so far, for failure messages.</summary>
    public string ServerOutput
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public string Url(string path) => BaseUrl + path;

    /// <summary>A fresh, isolated browser context (own cookies, cache and storage).</summary>
    public Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null) =>
        Browser.NewContextAsync(options ?? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });

    public async ValueTask InitializeAsync()
    {
        try
        {
            var chromium = FindChromium();

            // Both take seconds and neither needs the other: start the app and the browser side by side.
            await Task.WhenAll(StartServerAsync(TestContext.Current.CancellationToken), LaunchBrowserAsync(chromium));
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            try
            {
                await browser.CloseAsync();
            }
            catch (PlaywrightException)
            {
                // Already gone; nothing to close.
            }

            browser = null;
        }

        playwright?.Dispose();
        playwright = null;

        if (server is not null)
        {
            StopServer(server);
            server.Dispose();
            server = null;
        }

        DeleteDataDirectory();
    }

    private async Task LaunchBrowserAsync(string chromium)
    {
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
    }

    private static string FindChromium()
    {
        var configured = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM_PATH");
        var path = string.IsNullOrWhiteSpace(configured) ? "/usr/bin/chromium" : configured;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Chromium not found at '{path}'. The browser tests drive the system Chromium (Playwright's own browser download is not used): " +
                "install it (Debian: apt-get install chromium) or point PLAYWRIGHT_CHROMIUM_PATH at a Chromium/Chrome executable.");
        }

        return path;
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        var baseDirectory = AppContext.BaseDirectory;
        var webDll = Path.Combine(baseDirectory, WebAssembly);
        var seed = Path.Combine(baseDirectory, "seed");
        if (!File.Exists(webDll))
        {
            throw new InvalidOperationException($"{WebAssembly} is not next to the test assembly in {baseDirectory}; the project must reference SiteErrorCms.Web.");
        }

        if (!Directory.Exists(seed) || !Directory.EnumerateFiles(seed, "*.md", SearchOption.AllDirectories).Any())
        {
            throw new InvalidOperationException($"The seed folder {seed} is missing or empty; SiteErrorCms.Web copies it to its build output.");
        }

        Directory.CreateDirectory(dataDirectory);

        // Another process may grab the port between probing and binding; try again on a new one in that case.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            BaseUrl = $"http://127.0.0.1:{port}";
            server = Launch(webDll, baseDirectory, seed);
            var failure = await WaitUntilServingAsync(server, cancellationToken);
            if (failure is null)
            {
                break;
            }

            StopServer(server);
            server.Dispose();
            server = null;
            if (attempt < 3 && ServerOutput.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                lock (output)
                {
                    output.Clear();
                }

                continue;
            }

            throw new InvalidOperationException($"{failure}\n--- server output ---\n{ServerOutput}");
        }

        // Every test reads seeded pages; an empty site (e.g. a seed file that fails validation) must fail loudly here.
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var probe = await http.GetAsync(Url("/codes/421"), cancellationToken);
        if (probe.StatusCode != HttpStatusCode.OK)
        {
            await Task.Delay(500, cancellationToken); // let the console logger flush the seed import report
            throw new InvalidOperationException(
                $"The site started but GET /codes/421 answered {(int)probe.StatusCode}: the seed was probably not imported.\n--- server output ---\n{ServerOutput}");
        }

        // A build output has no wwwroot of its own; the app serves the project's through its static web
        // assets manifest. If that ever breaks, assets answer with an empty 200 and pages render unstyled, silently.
        var css = await http.GetStringAsync(Url("/css/site.css"), cancellationToken);
        if (css.Length == 0)
        {
            throw new InvalidOperationException($"The site serves an empty /css/site.css.\n--- server output ---\n{ServerOutput}");
        }
    }

    private Process Launch(string webDll, string baseDirectory, string seed)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = baseDirectory, // the content root: appsettings.json is read from here
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(webDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseUrl);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__DataDirectory"] = dataDirectory;
        start.Environment["ConnectionStrings__Cms"] = "";
        start.Environment["Seed__Path"] = seed;
        start.Environment["Logging__Console__FormatterName"] = "simple";

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException("Could not start `dotnet`.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Null once GET / answers 200; otherwise why it never did.</summary>
    private async Task<string?> WaitUntilServingAsync(Process process, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        string last = "no answer yet";
        while (clock.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                await process.WaitForExitAsync(cancellationToken); // drains the redirected output
                return $"The app exited with code {process.ExitCode} before serving {BaseUrl}/.";
            }

            try
            {
                using var response = await http.GetAsync(Url("/"), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return null;
                }

                last = $"GET / answered {(int)response.StatusCode}";
            }
            catch (HttpRequestException ex)
            {
                last = ex.Message;
            }
            catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                last = ex.Message;
            }

            await Task.Delay(200, cancellationToken);
        }

        return $"The app did not answer 200 on {BaseUrl}/ within {StartTimeout.TotalSeconds:0} s (last: {last}).";
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static void StopServer(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }
    }

    private void DeleteDataDirectory()
    {
        for (var attempt = 0; attempt < 5 && Directory.Exists(dataDirectory); attempt++)
        {
            try
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                Thread.Sleep(200);
            }
            catch (UnauthorizedAccessException)
            {
                Thread.Sleep(200);
            }
        }
    }

    /// <summary>A loopback port nothing listens on right now.</summary>
    internal static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
