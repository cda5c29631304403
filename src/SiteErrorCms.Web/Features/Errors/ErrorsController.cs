using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Web.Features.Shared;

namespace SiteErrorCms.Web.Features.Errors;

public sealed class ErrorPageModel : IPageModel
{
    public required PageMeta Meta { get; init; }

    public int Status { get; init; }

    public string? RequestedPath { get; init; }

    public required IReadOnlyList<CodeLink> Suggestions { get; init; }
}

/// <summary>Our own error pages. They keep the real status code: a missing page is a 404, never a 200.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed partial class ErrorsController(CmsDbContext db, SiteNavigation navigation) : Controller
{
    [Route("/error/{status:int}")]
    public async Task<IActionResult> Show(int status, CancellationToken ct)
    {
        status = status is >= 400 and <= 599 ? status : 404;
        var path = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
        IReadOnlyList<CodeLink> suggestions = [];
        // A removed page (410) gets the same way onward as a missing one.
        if (status is 404 or 410)
        {
            try
            {
                suggestions = await SuggestAsync(path, ct);
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException)
            {
                // The error page must render even when the database is the problem.
                suggestions = [];
            }
        }

        var title = status switch
        {
            404 => "Page not found",
            410 => "This page has been removed",
            400 => "Bad request",
            _ when status >= 500 => "Something went wrong on our side",
            _ => "This request could not be completed",
        };
        return new ViewResult
        {
            ViewName = "Show",
            StatusCode = status,
            ViewData = new Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary<ErrorPageModel>(ViewData, new ErrorPageModel
            {
                Meta = new PageMeta { Title = title, Description = title, CanonicalPath = null, NoIndex = true },
                Status = status,
                RequestedPath = path,
                Suggestions = suggestions,
            }),
        };
    }

    private async Task<IReadOnlyList<CodeLink>> SuggestAsync(string? path, CancellationToken ct)
    {
        var number = path is null ? null : Number().Match(path) is { Success: true } m ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        if (number is not { } wanted || wanted < 100 || wanted > 999)
        {
            return await navigation.PopularCodesAsync(ct);
        }

        // The nearest codes of the same class: someone who typed 499 or 419 probably wants a 4xx.
        var low = wanted / 100 * 100;
        var near = await db.StatusCodes.AsNoTracking()
            .Where(c => c.State == WorkflowState.Published && c.Code >= low && c.Code < low + 100)
            .ToListAsync(ct);
        var ranked = near.OrderBy(c => Math.Abs(c.Code - wanted)).ThenBy(c => c.SubCode ?? -1).Take(6).Select(CodeLink.From).ToList();
        return ranked.Count > 0 ? ranked : await navigation.PopularCodesAsync(ct);
    }

    [GeneratedRegex(@"\d{3}")]
    private static partial Regex Number();
}
