using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Codes;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Core.Editing;

public enum CheckSeverity
{
    Blocker,
    Warning,
}

public sealed record CheckItem(CheckSeverity Severity, string Field, string Message);

/// <summary>
/// What is checked before anything goes live. Blockers stop a publish (missing required fields, a
/// duplicate slug or code); warnings are shown and the editor decides (meta description length,
/// links to pages that do not exist, a standard code without its RFC).
/// </summary>
public sealed partial class PrePublishChecklist(CmsDbContext db)
{
    private static readonly HashSet<string> FixedPages = new(StringComparer.Ordinal)
    {
        "/", "/codes", "/compare", "/cheat-sheet", "/blog", "/search", "/quiz", "/check", "/playground", "/blog/feed.xml",
    };

    public async Task<IReadOnlyList<CheckItem>> CheckAsync(IEditable type, int? id, FieldValues values, CancellationToken ct)
    {
        var items = (await type.ValidateAsync(db, id, values, ct))
            .Select(e => new CheckItem(CheckSeverity.Blocker, e.Key, e.Value)).ToList();

        if (values.Has("summary") && values["summary"].Trim().Length is > 0 and var length && (length < 50 || length > 160))
        {
            items.Add(new(CheckSeverity.Warning, "summary", $"The summary is the meta description: {length} characters, search engines show about 50–160."));
        }

        foreach (var name in values.Names)
        {
            foreach (Match link in InternalLink().Matches(values[name]))
            {
                var path = link.Groups[1].Value.Split('#', '?')[0].TrimEnd('/');
                if (!await PageExistsAsync(path.Length == 0 ? "/" : path, ct))
                {
                    items.Add(new(CheckSeverity.Warning, name, $"The link to {path} leads nowhere: no published page has that address."));
                }
            }
        }

        if (type.Name == "codes" && values["rfc.document"].Length == 0
            && await db.Categories.AnyAsync(c => c.Slug == values["category"] && c.Kind == CategoryKind.Class, ct)
            && !values["flags"].Contains("unofficial", StringComparison.Ordinal))
        {
            items.Add(new(CheckSeverity.Warning, "rfc.document", "A code of the standard should name the RFC that defines it."));
        }

        return items;
    }

    private async Task<bool> PageExistsAsync(string path, CancellationToken ct)
    {
        if (FixedPages.Contains(path))
        {
            return true;
        }

        var parts = path.Split('/', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return false;
        }

        var rest = path[(parts[0].Length + 2)..];
        return parts[0] switch
        {
            "codes" => await db.StatusCodes.Published().AnyAsync(c => c.Key == rest, ct),
            "category" => await db.Categories.AnyAsync(c => c.Slug == rest && c.State == WorkflowState.Published, ct),
            "compare" => await db.Comparisons.AnyAsync(c => c.Slug == rest && c.State == WorkflowState.Published, ct) || rest.Contains("-vs-", StringComparison.Ordinal),
            "blog" => rest.StartsWith("tag/", StringComparison.Ordinal) || await db.BlogPosts.AnyAsync(p => p.Slug == rest && p.State == WorkflowState.Published, ct),
            _ => false,
        };
    }

    // Markdown links and bare hrefs to our own site: ](/codes/404) or href="/blog/x".
    [GeneratedRegex(@"(?:\]\(|href="")(/[^)\s""]*)")]
    private static partial Regex InternalLink();
}
