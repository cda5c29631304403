using System.Net;
using System.Text.RegularExpressions;

namespace SiteErrorCms.Tests.Infrastructure;

/// <summary>Posts admin forms the way a browser does: with the antiforgery token the form page carried.</summary>
public static partial class Forms
{
    /// <summary>GETs <paramref name="formPage"/>, reads its antiforgery token and POSTs the fields (plus the token) to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetPageAsync(formPage);
        var token = AntiforgeryToken(page);
        return await client.PostAsync(
            new Uri(action, UriKind.Relative),
            new FormUrlEncodedContent(fields.Append(KeyValuePair.Create("__RequestVerificationToken", token))),
            TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formPage, string action, params (string Name, string Value)[] fields) =>
        client.PostFormAsync(formPage, action, fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));

    public static string AntiforgeryToken(string html)
    {
        var match = TokenInput().Match(html);
        Assert.True(match.Success, "the page has no antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Every named input, textarea and selected option of the first form with the given id, as the browser would post it.</summary>
    public static List<KeyValuePair<string, string>> FormFields(string html, string formId)
    {
        var start = html.IndexOf($"id=\"{formId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no form with id {formId}");
        var end = html.IndexOf("</form>", start, StringComparison.Ordinal);
        var form = html[start..end];
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match m in Inputs().Matches(form))
        {
            var tag = m.Value;
            var name = Attr(tag, "name");
            var type = Attr(tag, "type") ?? "text";
            if (name is null or "__RequestVerificationToken" || type is "submit" or "button" || (type is "checkbox" or "radio" && !tag.Contains(" checked", StringComparison.Ordinal)))
            {
                continue;
            }

            fields.Add(KeyValuePair.Create(name, WebUtility.HtmlDecode(Attr(tag, "value") ?? (type == "checkbox" ? "on" : ""))));
        }

        foreach (Match m in TextAreas().Matches(form))
        {
            var text = WebUtility.HtmlDecode(m.Groups[2].Value);
            // HTML drops one newline right after <textarea>; so does the browser when it posts.
            fields.Add(KeyValuePair.Create(Attr(m.Groups[1].Value, "name")!, text.StartsWith('\n') ? text[1..] : text));
        }

        foreach (Match m in Selects().Matches(form))
        {
            var selected = SelectedOption().Match(m.Groups[2].Value);
            var first = Options().Match(m.Groups[2].Value);
            var value = selected.Success ? selected.Groups[1].Value : first.Success ? first.Groups[1].Value : "";
            fields.Add(KeyValuePair.Create(Attr(m.Groups[1].Value, "name")!, WebUtility.HtmlDecode(value)));
        }

        return fields;
    }

    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string name, string value)
    {
        var copy = fields.Where(f => f.Key != name).ToList();
        copy.Add(KeyValuePair.Create(name, value));
        return copy;
    }

    private static string? Attr(string tag, string name)
    {
        var m = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"");
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex Inputs();

    [GeneratedRegex("<textarea\\b([^>]*)>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextAreas();

    [GeneratedRegex("<select\\b([^>]*)>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Selects();

    [GeneratedRegex("<option\\b[^>]*value=\"([^\"]*)\"[^>]*\\sselected", RegexOptions.Singleline)]
    private static partial Regex SelectedOption();

    [GeneratedRegex("<option\\b[^>]*value=\"([^\"]*)\"", RegexOptions.Singleline)]
    private static partial Regex Options();
}
