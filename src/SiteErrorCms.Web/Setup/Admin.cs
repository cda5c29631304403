using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Core.Editing;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Web.Admin.Shared;

namespace SiteErrorCms.Web.Setup;

public static class Admin
{
    /// <summary>The admin's named policies, from the one table in <see cref="AdminPolicies"/>.</summary>
    public static WebApplicationBuilder AddCmsAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthorization(options =>
        {
            foreach (var (policy, roles) in AdminPolicies.Roles)
            {
                options.AddPolicy(policy, p => p
                    .RequireAuthenticatedUser()
                    .RequireAssertion(context => roles.Any(role =>
                        context.User.IsInRole(role)
                        // Roles that can publish count only after a second factor: a stolen password alone must not publish.
                        && (!CmsRoles.RequiresTwoFactor(role) || policy == AdminPolicies.SignedIn || context.User.HasClaim("amr", "mfa")))));
            }
        });
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<Revisions>();
        builder.Services.AddScoped<PrePublishChecklist>();
        builder.Services.AddScoped<ContentWorkflow>();
        builder.Services.AddScoped<EditorClock>();
        builder.Services.AddSingleton<ScheduledPublisher>();
        if (builder.Configuration.GetValue("Publishing:SchedulerEnabled", true))
        {
            builder.Services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublisher>());
        }

        return builder;
    }
}
