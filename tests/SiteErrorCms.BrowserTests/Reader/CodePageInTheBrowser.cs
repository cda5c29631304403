using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SiteErrorCms.BrowserTests.Infrastructure;

namespace SiteErrorCms.BrowserTests.Reader;

/// <summary>What a reader sees in a real Chromium: the code page's snippet tabs, error-free pages, no-JS and dark mode.</summary>
public sealed partial class CodePageInTheBrowser(LiveSite site, ReaderTab tab) : IClassFixture<ReaderTab>
{
    private const string CodePage = "/codes/421";
    private const string Tabs = "[data-tabs] [role=tablist]";
    private const string DocumentNotFound = "Failed to load resource: the server responded with a status of 404";

    private static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    private static readonly ViewportSize Mobile = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task Code_page_title_names_the_code_and_its_reason()
    {
        var page = await OpenAsync(CodePage);

        Assert.Contains("421 Misdirected Request", await page.TitleAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snippet_tabs_appear_with_the_first_tab_selected_and_only_its_panel_visible()
    {
        var page = await OpenAsync(CodePage);

        await page.Locator(Tabs).WaitForAsync(new() { State = WaitForSelectorState.Visible });
        var tabs = page.Locator($"{Tabs} [role=tab]");
        var count = await tabs.CountAsync();
        Assert.True(count >= 2, $"expected several snippet tabs, found {count}");
        for (var i = 0; i < count; i++)
        {
            var button = tabs.Nth(i);
            var controls = await button.GetAttributeAsync("aria-controls");
            Assert.StartsWith("snippet-", controls, StringComparison.Ordinal);
            Assert.True(await button.IsVisibleAsync(), $"tab {i} ({controls}) is not visible");
            Assert.Equal(i == 0 ? "true" : "false", await button.GetAttributeAsync("aria-selected"));
            Assert.Equal(i == 0, await page.Locator("#" + controls).IsVisibleAsync());
        }
    }

    [Fact]
    public async Task Clicking_the_Flask_tab_selects_it_shows_its_snippet_and_hides_Express()
    {
        var page = await OpenAsync(CodePage);
        await page.Locator(Tabs).WaitForAsync(new() { State = WaitForSelectorState.Visible });
        var express = page.Locator($"{Tabs} [role=tab][aria-controls=snippet-express]");
        var flask = page.Locator(Tabs).GetByRole(AriaRole.Tab, new() { Name = "Flask", Exact = true });
        Assert.True(await page.Locator("#snippet-express").IsVisibleAsync(), "Express is the first tab, so its snippet starts visible");

        await flask.ClickAsync();

        Assert.Equal("snippet-flask", await flask.GetAttributeAsync("aria-controls"));
        Assert.Equal("true", await flask.GetAttributeAsync("aria-selected"));
        Assert.Equal("false", await express.GetAttributeAsync("aria-selected"));
        Assert.True(await page.Locator("#snippet-flask").IsVisibleAsync(), "#snippet-flask should show after clicking Flask");
        Assert.False(await page.Locator("#snippet-express").IsVisibleAsync(), "#snippet-express should hide after clicking Flask");
        Assert.Contains("from flask import", await page.Locator("#snippet-flask code").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Arrow_right_on_a_focused_tab_selects_and_focuses_the_next_tab()
    {
        var page = await OpenAsync(CodePage);
        await page.Locator(Tabs).WaitForAsync(new() { State = WaitForSelectorState.Visible });
        var tabs = page.Locator($"{Tabs} [role=tab]");
        var first = tabs.Nth(0);
        var second = tabs.Nth(1);

        await first.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");

        Assert.Equal("true", await second.GetAttributeAsync("aria-selected"));
        Assert.Equal("false", await first.GetAttributeAsync("aria-selected"));
        Assert.Equal(await second.GetAttributeAsync("id"), await page.EvaluateAsync<string?>("() => document.activeElement?.id"));
        Assert.True(await page.Locator("#" + await second.GetAttributeAsync("aria-controls")).IsVisibleAsync(), "the next tab's panel should show");
        Assert.False(await page.Locator("#" + await first.GetAttributeAsync("aria-controls")).IsVisibleAsync(), "the first tab's panel should hide");
    }

    [Theory]
    [InlineData("/", 200)]
    [InlineData("/codes/421", 200)]
    [InlineData("/codes/404", 200)]
    [InlineData("/category/client-error", 200)]
    [InlineData("/compare/401-vs-403", 200)]
    [InlineData("/cheat-sheet", 200)]
    [InlineData("/blog", 200)]
    [InlineData("/codes/999", 404)]
    public async Task Page_loads_without_console_or_page_errors(string path, int status)
    {
        var page = tab.Page;
        var url = site.Url(path);
        var errors = new List<string>();
        void OnConsole(object? sender, IConsoleMessage message)
        {
            if (message.Type == "error" && !IsTheDocumentsOwn404(message, url, status))
            {
                errors.Add($"console: {message.Text} (at {message.Location})");
            }
        }

        void OnPageError(object? sender, string error) => errors.Add($"page error: {error}");

        page.Console += OnConsole;
        page.PageError += OnPageError;
        try
        {
            // site.js is deferred, so it has run, and every stylesheet, script and image has loaded or failed, by "load".
            var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });

            Assert.NotNull(response);
            Assert.Equal(status, response.Status);
            Assert.True(errors.Count == 0, $"{path} logged errors:\n{string.Join('\n', errors)}");
        }
        finally
        {
            page.Console -= OnConsole;
            page.PageError -= OnPageError;
        }
    }

    [Fact]
    public async Task Without_JavaScript_every_snippet_panel_shows_with_its_heading()
    {
        await using var context = await site.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = Desktop });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(CodePage));

        var panels = page.Locator("[data-tabs] .tab-panel");
        var count = await panels.CountAsync();
        Assert.True(count >= 2, $"expected several snippet panels, found {count}");
        for (var i = 0; i < count; i++)
        {
            var panel = panels.Nth(i);
            var id = await panel.GetAttributeAsync("id");
            Assert.True(await panel.IsVisibleAsync(), $"panel #{id} is hidden without JavaScript");
            Assert.True(await panel.Locator(".tab-heading").IsVisibleAsync(), $"panel #{id} shows no heading without JavaScript");
            Assert.True(await panel.Locator("pre code").IsVisibleAsync(), $"panel #{id} shows no code without JavaScript");
        }
    }

    [Fact]
    public async Task Without_JavaScript_the_inert_tab_buttons_are_not_shown()
    {
        await using var context = await site.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = Desktop });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(CodePage));

        Assert.Equal(1, await page.Locator(Tabs).CountAsync());
        Assert.False(await page.Locator(Tabs).IsVisibleAsync(), "without JavaScript the tab buttons cannot switch anything");
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("mobile")]
    public async Task Code_page_screenshots_are_saved_in_light_and_dark(string device)
    {
        var mobile = device == "mobile";
        await using var context = await site.NewContextAsync(new()
        {
            ViewportSize = mobile ? Mobile : Desktop,
            IsMobile = mobile,
            HasTouch = mobile,
            ColorScheme = ColorScheme.Light,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(CodePage));
        Directory.CreateDirectory(LiveSite.ScreenshotDirectory);

        foreach (var (scheme, name) in new[] { (ColorScheme.Light, "light"), (ColorScheme.Dark, "dark") })
        {
            await page.EmulateMediaAsync(new() { ColorScheme = scheme });
            var file = Path.Combine(LiveSite.ScreenshotDirectory, $"codes-421-{device}-{name}.png");
            File.Delete(file);

            await page.ScreenshotAsync(new() { Path = file, FullPage = true });

            Assert.True(File.Exists(file), $"{file} was not written");
            Assert.True(new FileInfo(file).Length > 0, $"{file} is empty");
        }
    }

    [Fact]
    public async Task Dark_color_scheme_changes_the_body_background()
    {
        var page = tab.Page;
        const string background = "() => getComputedStyle(document.body).backgroundColor";
        try
        {
            await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
            await OpenAsync(CodePage);
            var light = await page.EvaluateAsync<string>(background);

            await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
            var dark = await page.EvaluateAsync<string>(background);

            Assert.NotEqual(light, dark);
        }
        finally
        {
            await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Null });
        }
    }

    private async Task<IPage> OpenAsync(string path)
    {
        var page = tab.Page;
        var response = await page.GotoAsync(site.Url(path));
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        return page;
    }

    /// <summary>Chromium logs a failed load for a document answered 404; that is the page doing its job, not a fault.</summary>
    private static bool IsTheDocumentsOwn404(IConsoleMessage message, string documentUrl, int status) =>
        status == 404
        && message.Text.StartsWith(DocumentNotFound, StringComparison.Ordinal)
        && LineAndColumn().Replace(message.Location, "") == documentUrl;

    [GeneratedRegex(@":\d+:\d+$")]
    private static partial Regex LineAndColumn();
}
