using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Web.Admin.Settings;
using SiteErrorCms.Web.Admin.Setup;
using SiteErrorCms.Web.Admin.SignIn;

namespace SiteErrorCms.Web.Setup;

public static class Accounts
{
    public const string CookieName = "__Host-SiteErrorCms";

    /// <summary>Identity for the admin: its password, lockout, session and cookie rules, and the first-start setup link.</summary>
    public static WebApplicationBuilder AddCmsAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddIdentity<CmsUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                // Length beats composition: 12 characters, any kind, minus the common list (CommonPasswordValidator).
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<CmsDbContext>()
            .AddDefaultTokenProviders()
            .AddSignInManager<CmsSignInManager>()
            .AddPasswordValidator<CommonPasswordValidator>();

        // OWASP's 2023 figure for PBKDF2-HMAC-SHA256 is 600k; 210k is the floor we accept for a handful of sign-ins a day.
        builder.Services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);

        builder.Services.Configure<SecurityStampValidatorOptions>(options =>
        {
            // Check the stamp on every request (EveryRequestStampValidator enforces it even within one clock tick):
            // admin traffic is a few people, one indexed read each is nothing, and sign-out, password change,
            // role change, disabling and "end sessions" then bite at once instead of up to 30 minutes later.
            options.ValidationInterval = TimeSpan.Zero;
            // Identity rebuilds the principal on each check and would drop how the user signed in; keep amr=mfa.
            options.OnRefreshingPrincipal = context =>
            {
                if (context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity && context.CurrentPrincipal is not null)
                {
                    identity.AddClaims(context.CurrentPrincipal.FindAll("amr").Where(c => !identity.HasClaim("amr", c.Value)).ToList());
                }

                return Task.CompletedTask;
            };
        });

        builder.Services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, EveryRequestStampValidator>());
        builder.Services.ConfigureApplicationCookie(options =>
        {
            HostOnly(options, CookieName);
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/admin/account/sign-in";
            options.LogoutPath = "/admin/account/sign-out";
            options.AccessDeniedPath = "/admin/account/denied";
            options.ReturnUrlParameter = "returnUrl";
        });
        builder.Services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o => HostOnly(o, CookieName + "-2fa"));
        builder.Services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, o => HostOnly(o, CookieName + "-2fa-remember"));
        builder.Services.ConfigureExternalCookie(o => HostOnly(o, CookieName + "-external"));
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = CookieName + "-csrf";
            options.Cookie.Path = "/";
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        builder.Services.AddScoped<AccountTokens>();
        builder.Services.AddScoped<AccountFromLink>();
        builder.Services.TryAddScoped<AuditLog>();
        builder.Services.AddSingleton<SiteSettings>();
        builder.Services.AddHostedService<SetupLinkIssuer>();
        return builder;
    }

    /// <summary>
    /// The browser keeps a <c>__Host-</c> cookie only when it is Secure, has Path=/ and no Domain, so no
    /// sibling subdomain or plain-HTTP page can set or read it.
    /// </summary>
    private static void HostOnly(CookieAuthenticationOptions options, string name)
    {
        options.Cookie.Name = name;
        options.Cookie.Path = "/";
        options.Cookie.Domain = null;
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        options.Cookie.HttpOnly = true;
    }
}
