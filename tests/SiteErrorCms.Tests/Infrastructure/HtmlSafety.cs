using AngleSharp.Html.Parser;

namespace SiteErrorCms.Tests.Infrastructure;

/// <summary>Parses HTML the way a browser would and lists everything in it that could run script.</summary>
public static class HtmlSafety
{
    private static readonly string[] DangerousElements = ["script", "iframe", "object", "embed", "form", "style", "meta", "base", "svg", "math", "frame", "frameset", "link"];
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "xlink:href", "poster"];

    /// <param name="allowed">Elements the page itself is meant to have (its own script and stylesheet tags).</param>
    public static List<string> Problems(string html, Func<AngleSharp.Dom.IElement, bool>? allowed = null)
    {
        var document = new HtmlParser().ParseDocument(html);
        var problems = new List<string>();
        foreach (var element in document.All)
        {
            if (allowed?.Invoke(element) == true)
            {
                continue;
            }

            var name = element.LocalName;
            if (DangerousElements.Contains(name))
            {
                problems.Add($"<{name}> element");
            }

            foreach (var attribute in element.Attributes)
            {
                var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{attribute.Name} handler on <{name}>");
                }
                else if (attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"style attribute on <{name}>");
                }
                else if (UrlAttributes.Contains(attribute.Name.ToLowerInvariant())
                    && (value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("vbscript:", StringComparison.Ordinal) || value.StartsWith("data:", StringComparison.Ordinal)))
                {
                    problems.Add($"{attribute.Name}=\"{attribute.Value}\" on <{name}>");
                }
            }
        }

        return problems;
    }
}
