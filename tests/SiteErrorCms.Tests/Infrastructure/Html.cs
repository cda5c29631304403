using System.Net;
using System.Text.RegularExpressions;

namespace SiteErrorCms.Tests.Infrastructure;

/// <summary>Small, honest HTML probes for tests: enough to find a section and read its text.</summary>
public static partial class Html
{
    public static Task<HttpResponseMessage> Get(this HttpClient client, string path) =>
        client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    public static Task<string> Body(this HttpResponseMessage response) =>
        response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    public static async Task<string> GetPageAsync(this HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.Get(path);
        var body = await response.Body();
        Assert.True(expected == response.StatusCode, $"GET {path}: expected {(int)expected}, got {(int)response.StatusCode}");
        return body;
    }

    /// <summary>The visible text of the section whose heading has the given id, up to the section's end.</summary>
    public static string SectionText(string html, string headingId)
    {
        var start = html.IndexOf($"id=\"{headingId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no heading with id {headingId}");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return Text(html[start..end]).Trim();
    }

    public static string Text(string html) => WebUtility.HtmlDecode(Whitespace().Replace(Tags().Replace(html, " "), " "));

    public static IReadOnlyList<string> JsonLd(string html) =>
        JsonLdBlocks().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdBlocks();
}
