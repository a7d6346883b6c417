using System.Globalization;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Options;
using OcopMarket.Core.Data;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Media;
using OcopMarket.Core.Seeding;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Localization;
using OcopMarket.Web.Framework.Plugins;
using OcopMarket.Web.Framework.Themes;

namespace OcopMarket.Web.Infrastructure;

/// <summary>Wires the host. Features plug in through their Autofac modules, not by editing this file.</summary>
public static class HostSetup
{
    public static void AddOcopMarket(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        var assemblies = OcopAssemblies.Discover();

        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());
        builder.Host.ConfigureContainer<ContainerBuilder>(container => container.RegisterAssemblyModules([.. assemblies]));
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.ConfigureKestrel(k =>
        {
            // Let absurdly long URLs reach the app, which answers with a readable 400 page instead of a bare status.
            k.Limits.MaxRequestLineSize = 64 * 1024;
            k.AddServerHeader = false;
        });

        var dbOptions = config.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connection = DatabaseConnection.Resolve(dbOptions, config.GetConnectionString("Default"), builder.Environment.ContentRootPath);
        services.AddSingleton(dbOptions);
        services.AddSingleton(connection);
        var plugins = new PluginCatalog(assemblies);
        // Entity mappings and migrations come from the core and the plugins only.
        services.AddSingleton(new ModelAssemblies(plugins.All.Select(p => p.Assembly).Prepend(typeof(Core.CoreModule).Assembly)));
        services.AddSingleton(new ThemeRegistry(assemblies));
        services.AddSingleton(plugins);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new SeedOptions
        {
            ImageFolder = Path.Combine(AppContext.BaseDirectory, "SeedData", "images"),
            DemoPassword = config["Seed:DemoPassword"],
        });
        services.AddDbContext<OcopDbContext>(connection.Configure);
        var media = config.GetSection("Media").Get<MediaOptions>() ?? new MediaOptions();
        if (string.IsNullOrEmpty(media.RootPath)) media.RootPath = Path.Combine(builder.Environment.ContentRootPath, "App_Data", "media");
        services.AddSingleton(media);

        services.Configure<SiteOptions>(config.GetSection(SiteOptions.Section));
        services.Configure<MapOptions>(config.GetSection(MapOptions.Section));
        services.Configure<ThemeOptions>(config.GetSection(ThemeOptions.Section));
        // Vietnamese text goes out as UTF-8, not as &#x…; entities (smaller pages, readable source).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddMemoryCache();
        services.AddOutputCache(o => o.AddPolicy(StorefrontCachePolicy.Name, new StorefrontCachePolicy()));
        services.AddResponseCompression(o => o.EnableForHttps = true);
        services.AddProblemDetails();

        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<OcopDbContext>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/tai-khoan/dang-nhap";
            o.AccessDeniedPath = "/tai-khoan/tu-choi";
            o.Cookie.Name = ".OcopMarket.Auth";
            o.Cookie.HttpOnly = true;
            // Secure whenever the request is HTTPS (production); plain HTTP stays usable for local runs and tests.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = ".OcopMarket.Antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddHttpContextAccessor();

        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Cultures.Supported.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture(Cultures.Vietnamese);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider { CookieName = Cultures.CookieName },
            ];
        });

        var mvc = services.AddControllersWithViews(o =>
            {
                o.Filters.Add<PluginEnabledFilter>();
                // Every unsafe request carries a valid antiforgery token unless an action opts out (webhooks, APIs that check it themselves).
                o.Filters.Add(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, f) => f.Create(typeof(Framework.SharedResource)));
        mvc.ConfigureApplicationPartManager(parts =>
        {
            foreach (var assembly in assemblies)
            {
                if (parts.ApplicationParts.Any(p => p is AssemblyPart ap && ap.Assembly == assembly)) continue;
                foreach (var part in new DefaultApplicationPartFactory().GetApplicationParts(assembly)) parts.ApplicationParts.Add(part);
                foreach (var related in RelatedAssemblyAttribute.GetRelatedAssemblies(assembly, throwOnError: false))
                    foreach (var part in CompiledRazorAssemblyApplicationPartFactory.GetDefaultApplicationParts(related))
                        if (!parts.ApplicationParts.Any(p => p.Name == part.Name)) parts.ApplicationParts.Add(part);
            }
        });
        services.Configure<RazorViewEngineOptions>(o => o.ViewLocationExpanders.Add(new ThemeViewLocationExpander()));
        services.AddScoped<IThemeContext, ConfiguredThemeContext>();
        services.AddSingleton<PluginStates>();
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var migrator = app.Services.GetRequiredService<SchemaMigrator>();
        var plugins = app.Services.GetRequiredService<PluginCatalog>();
        var models = app.Services.GetRequiredService<ModelAssemblies>();
        migrator.MigrateUp(models.All);
        await app.Services.GetRequiredService<PluginStates>().RegisterInstalledAsync(plugins.All.Select(p => p.SystemName));

        if (app.Services.GetRequiredService<DatabaseOptions>().SeedDemoData)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
        }
    }

    public static void UseOcopMarket(this WebApplication app)
    {
        app.UseExceptionHandler("/loi");
        app.UseStatusCodePagesWithReExecute("/loi/{0}");
        app.UseMiddleware<QueryLengthGuard>();
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "public,max-age=604800",
        });
        app.UseRequestLocalization(app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        app.MapControllers();
    }
}
