using Microsoft.Playwright;

namespace SiteErrorCms.BrowserTests.Infrastructure;

/// <summary>
/// One desktop browser tab shared by the tests of a class, which xunit runs one after another. Opening a tab costs a
/// new renderer process; navigating an open one is cheap, and every test starts with its own navigation, so no DOM
/// state carries over. Tests that need other browser settings (no JavaScript, a colour scheme, a phone) open their own context.
/// </summary>
public sealed class ReaderTab(LiveSite site) : IAsyncLifetime
{
    private IBrowserContext? context;
    private IPage? page;

    public IPage Page => page ?? throw new InvalidOperationException("The reader tab is not open.");

    public async ValueTask InitializeAsync()
    {
        context = await site.NewContextAsync();
        context.SetDefaultTimeout(15_000);
        page = await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (context is not null)
        {
            await context.DisposeAsync();
            context = null;
            page = null;
        }
    }
}
