using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SiteErrorCms.Web.Setup;

public static class SignInRateLimit
{
    /// <summary>Put <c>[EnableRateLimiting(SignInRateLimit.Policy)]</c> on every POST that checks a secret.</summary>
    public const string Policy = "sign-in";

    /// <summary>
    /// Per client address, a fixed window of sign-in, two-factor, recovery, setup and invite POSTs
    /// (<c>Admin:SignInRateLimit:PermitLimit</c>, default 10, per <c>:WindowSeconds</c>, default 60).
    /// Lockout protects one account; this slows one address trying many.
    /// </summary>
    public static WebApplicationBuilder AddCmsSignInRateLimit(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Admin:SignInRateLimit");
        var permits = section.GetValue("PermitLimit", 10);
        var window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", 60));
        builder.Services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
                response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync("Too many attempts from your address. Wait a minute, then try again.", cancellationToken);
            };
        });
        return builder;
    }
}
