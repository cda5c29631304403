using SiteErrorCms.Core.Codes;

namespace SiteErrorCms.Web.Features.Search;

/// <summary>
/// Ranks codes for a query in memory: a few hundred codes fit easily, and this behaves the same on
/// SQLite and PostgreSQL (whose LIKE differ in case sensitivity).
/// </summary>
public static class SearchRanking
{
    public static IEnumerable<StatusCode> Rank(IEnumerable<StatusCode> codes, string query)
    {
        var terms = query.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return codes
            .Select(code => (code, score: Score(code, terms)))
            .Where(x => x.score > 0)
            .OrderByDescending(x => x.score)
            .ThenBy(x => x.code.Code)
            .Select(x => x.code);
    }

    private static int Score(StatusCode code, string[] terms)
    {
        var total = 0;
        foreach (var term in terms)
        {
            var score = 0;
            if (code.DisplayCode.StartsWith(term, StringComparison.Ordinal) || code.Key.Contains(term, StringComparison.Ordinal))
            {
                score += 10;
            }

            if (code.Reason.Contains(term, StringComparison.OrdinalIgnoreCase))
            {
                score += 8;
            }

            if (code.Summary.Contains(term, StringComparison.OrdinalIgnoreCase))
            {
                score += 4;
            }

            if (code.Causes.Exists(c => c.Contains(term, StringComparison.OrdinalIgnoreCase))
                || code.PlainEnglish.Source.Contains(term, StringComparison.OrdinalIgnoreCase))
            {
                score += 2;
            }

            if (score == 0)
            {
                return 0;
            }

            total += score;
        }

        return total;
    }
}
