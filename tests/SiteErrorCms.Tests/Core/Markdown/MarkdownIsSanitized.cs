using SiteErrorCms.Core.Markdown;

namespace SiteErrorCms.Tests.Core.Markdown;

public sealed class MarkdownIsSanitized
{
    /// <summary>Attacks that must never survive the Markdown pipeline, in Markdown and raw-HTML forms.</summary>
    public static readonly TheoryData<string> Vectors = new(
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"x\" ONERROR=\"alert(1)\">",
        "<svg onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](  javascript:alert(1)  )",
        "[click](java&#x09;script:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "![x](javascript:alert(1))",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<body onload=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "```\n</code></pre><script>alert(1)</script>\n```",
        "`<script>alert(1)</script>`",
        "[ref]\n\n[ref]: javascript:alert(1)",
        "<details open ontoggle=alert(1)>",
        "\"><img src=x onerror=alert(1)>",
        "<a href=\"#\" onclick=\"alert(1)\">x</a>",
        "[x](https://example.com \"title\\\" onmouseover=alert(1) x=\\\"\")",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">");

    [Theory]
    [MemberData(nameof(Vectors))]
    public void NoVectorSurvives(string markdown)
    {
        var html = MarkdownText.From(markdown).Html;

        Assert.True(Safe(html), $"unsafe output for {markdown}: {html}");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void OrdinaryMarkdownStillRenders()
    {
        var html = MarkdownText.From("Some **bold**, a [link](/codes/404), `code` and\n\n| a | b |\n|---|---|\n| 1 | 2 |").Html;

        Assert.Contains("<strong>bold</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/codes/404\">link</a>", html, StringComparison.Ordinal);
        Assert.Contains("<code>code</code>", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ExternalLinksGetNoopener()
    {
        var html = MarkdownText.From("[RFC](https://www.rfc-editor.org/rfc/rfc9110.html)").Html;

        Assert.Contains("rel=\"noopener nofollow\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSafetyProbeItselfSeesAnAttack()
    {
        Assert.NotEmpty(SiteErrorCms.Tests.Infrastructure.HtmlSafety.Problems("<p><a href=\" JaVa&#x09;script:alert(1)\">x</a></p>"));
        Assert.NotEmpty(SiteErrorCms.Tests.Infrastructure.HtmlSafety.Problems("<img src=x onerror=alert(1)>"));
        Assert.Empty(SiteErrorCms.Tests.Infrastructure.HtmlSafety.Problems("<p>&lt;img src=x onerror=alert(1)&gt; <a title=\"x onmouseover=alert(1)\" href=\"/codes/404\">ok</a></p>"));
    }

    private static bool Safe(string html) => SiteErrorCms.Tests.Infrastructure.HtmlSafety.Problems(html).Count == 0;
}
