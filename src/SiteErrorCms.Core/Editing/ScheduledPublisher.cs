using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Core.Editing;

/// <summary>
/// Publishes scheduled entries when they fall due and records every pass, so an editor can see it ran.
/// Idempotent and safe with several instances: each publish is guarded by the entry's concurrency token.
/// </summary>
public sealed partial class ScheduledPublisher(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<ScheduledPublisher> logger)
    : BackgroundService
{
    /// <summary>How long past its time an unpublished item counts as missed rather than just due.</summary>
    public static readonly TimeSpan MissedAfter = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan KeepRuns = TimeSpan.FromDays(30);

    public TimeSpan Interval => TimeSpan.FromSeconds(configuration.GetValue("Publishing:SchedulerIntervalSeconds", 30));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, TimeProvider.System);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad pass (database restarting, say) must not stop the scheduler for good.
                LogPassFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass: publish everything due now and record what happened.</summary>
    public async Task<PublisherRun> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var workflow = scope.ServiceProvider.GetRequiredService<ContentWorkflow>();
        var started = clock.GetUtcNow().UtcDateTime;
        var results = await workflow.PublishDueAsync(started, ct);
        var run = new PublisherRun
        {
            StartedUtc = started,
            FinishedUtc = clock.GetUtcNow().UtcDateTime,
            Published = results.Count(r => r.Outcome.Done),
            Failed = results.Count(r => !r.Outcome.Done),
            Details = AuditLog.Clean(string.Join("; ", results.Select(r => string.Create(CultureInfo.InvariantCulture,
                $"{r.Type.EntityType} {r.Id}: {(r.Outcome.Done ? "published" : r.Outcome.Message + " " + string.Join(" ", r.Outcome.Checks.Select(c => c.Message)))}"))), 4000),
            Instance = Environment.MachineName + ":" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
        };
        db.ChangeTracker.Clear();
        db.PublisherRuns.Add(run);
        await db.SaveChangesAsync(ct);
        var cutoff = started - KeepRuns;
        await db.PublisherRuns.Where(r => r.StartedUtc < cutoff).ExecuteDeleteAsync(ct);
        if (run.Published + run.Failed > 0)
        {
            LogPass(logger, run.Published, run.Failed, run.Details);
        }

        return run;
    }

    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "Scheduled publishing: {Published} published, {Failed} failed. {Details}")]
    private static partial void LogPass(ILogger logger, int published, int failed, string details);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Error, Message = "A scheduled publishing pass failed; the next pass retries.")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
