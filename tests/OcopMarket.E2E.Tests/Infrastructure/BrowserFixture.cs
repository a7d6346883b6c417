using Microsoft.Playwright;

namespace OcopMarket.E2E.Tests.Infrastructure;

/// <summary>Browser window sizes the tests use.</summary>
public static class Viewports
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    public static readonly ViewportSize Mobile = new() { Width = 390, Height = 844 };
}

/// <summary>
/// One started site (<see cref="SiteServer"/>) and one headless Chromium per test run, shared by the
/// tests of the "e2e" collection. Chromium is the system one (/usr/bin/chromium, installed by ./test.sh,
/// override with OCOP_CHROMIUM); Playwright never downloads browsers here.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumEnvironmentVariable = "OCOP_CHROMIUM";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public SiteServer Site { get; } = new();

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    /// <summary>artifacts/screenshots under the repository root (the folder holding OcopMarket.sln).</summary>
    public string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotFolder);
        Site.Start();

        var executable = Environment.GetEnvironmentVariable(ChromiumEnvironmentVariable) is { Length: > 0 } custom ? custom : "/usr/bin/chromium";
        if (!File.Exists(executable))
            throw new InvalidOperationException($"No Chromium at {executable}. Run ./test.sh (it installs the Debian package 'chromium'), or set {ChromiumEnvironmentVariable}.");

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>Opens <paramref name="path"/> in a fresh browser context (no cookies) at the given size, Vietnamese locale.</summary>
    public async Task<SitePage> OpenAsync(string path, ViewportSize viewport)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = viewport,
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            BaseURL = Site.BaseAddress.ToString(),
        });
        var page = await context.NewPageAsync();
        var sitePage = new SitePage(this, context, page);
        var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is null || !response.Ok)
            throw new InvalidOperationException($"GET {path} answered {response?.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}");
        return sitePage;
    }

    /// <summary>Saves a full-page PNG as artifacts/screenshots/{name}.png and returns its path.</summary>
    public async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var file = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        return file;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        await Site.DisposeAsync();
    }

    /// <summary>Walks up from the test binaries to the folder holding OcopMarket.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OcopMarket.sln"))) return dir.FullName;
        throw new InvalidOperationException("OcopMarket.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A page in its own browser context; records console errors and failed requests. Dispose closes the context.</summary>
public sealed class SitePage : IAsyncDisposable
{
    private readonly BrowserFixture _fixture;

    internal SitePage(BrowserFixture fixture, IBrowserContext context, IPage page)
    {
        _fixture = fixture;
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            // Chromium fetches /favicon.ico on its own (not a page request); its 404 is not the page's fault.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
                ConsoleErrors.Add($"{message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => ConsoleErrors.Add(error);
        // ERR_ABORTED is the browser dropping a request it no longer needs (a lazy image when the
        // shopper navigates on), not a broken resource.
        page.RequestFailed += (_, request) =>
        {
            if (request.Failure?.Contains("ERR_ABORTED", StringComparison.Ordinal) != true)
                BrokenRequests.Add($"{request.Url} ({request.Failure})");
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) BrokenRequests.Add($"{response.Url} ({response.Status})");
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public List<string> ConsoleErrors { get; } = [];

    public List<string> BrokenRequests { get; } = [];

    public Task<string> ScreenshotAsync(string name) => _fixture.ScreenshotAsync(Page, name);

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}

[CollectionDefinition(Name)]
public sealed class E2ECollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "e2e";
}
