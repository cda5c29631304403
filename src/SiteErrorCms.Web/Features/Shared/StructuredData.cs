using System.Text.Json;

namespace SiteErrorCms.Web.Features.Shared;

/// <summary>JSON-LD for a page. System.Text.Json's default encoder escapes &lt; and &gt;, so the output is safe inside a script element.</summary>
public static class StructuredData
{
    public static IEnumerable<string> Render(string origin, PageMeta meta)
    {
        if (meta.Breadcrumbs.Count > 0)
        {
            yield return JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "BreadcrumbList",
                ["itemListElement"] = meta.Breadcrumbs.Select((crumb, i) => new Dictionary<string, object>
                {
                    ["@type"] = "ListItem",
                    ["position"] = i + 1,
                    ["name"] = crumb.Name,
                    ["item"] = origin + (crumb.Path ?? meta.CanonicalPath ?? "/"),
                }).ToList(),
            });
        }

        foreach (var item in meta.StructuredData)
        {
            yield return JsonSerializer.Serialize(item);
        }
    }

    public static object FaqPage(IEnumerable<(string Question, string AnswerHtml)> faqs) => new Dictionary<string, object>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "FAQPage",
        ["mainEntity"] = faqs.Select(f => new Dictionary<string, object>
        {
            ["@type"] = "Question",
            ["name"] = f.Question,
            ["acceptedAnswer"] = new Dictionary<string, object> { ["@type"] = "Answer", ["text"] = f.AnswerHtml },
        }).ToList(),
    };
}
