using System.Security.Cryptography;
using System.Text;
using Autofac;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OcopMarket.Core.Data;
using OcopMarket.Core.Plugins;
using OcopMarket.Core.Search;
using OcopMarket.Plugin.Search.Lucene;

[assembly: OcopPlugin(typeof(LuceneSearchPlugin))]

namespace OcopMarket.Plugin.Search.Lucene;

/// <summary>Full-text product search on Lucene.Net: Vietnamese with or without diacritics, typo tolerance, facets, autocomplete.</summary>
public sealed class LuceneSearchPlugin : IConfigurablePlugin
{
    public const string SystemName = "Search.Lucene";
    string IPlugin.SystemName => SystemName;
    public string FriendlyName => "Lucene search";
    public string Version => "1.0.0";
    public string Description => "Fast product search and facets on a Lucene.Net index kept in step with the database.";
    /// <summary>The host's search page: engine in use, backlog and a full rebuild.</summary>
    public string ConfigurationUrl => "/admin/tim-kiem";
}

public sealed class LuceneSearchModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.Register(c =>
        {
            var config = c.Resolve<IConfiguration>();
            var env = c.Resolve<IHostEnvironment>();
            var options = config.GetSection(LuceneSearchOptions.Section).Get<LuceneSearchOptions>() ?? new LuceneSearchOptions();
            options.IndexPath = string.IsNullOrWhiteSpace(options.IndexPath)
                ? Path.Combine(env.ContentRootPath, "App_Data", "search-index")
                : Path.GetFullPath(options.IndexPath, env.ContentRootPath);
            if (options.SourceId is null && c.TryResolve<DatabaseConnection>(out var connection))
                options.SourceId = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(connection.Provider + "|" + connection.ConnectionString)))[..16];
            return options;
        }).AsSelf().SingleInstance();
        builder.RegisterType<LuceneSearchIndex>().AsSelf().SingleInstance();
        builder.RegisterType<LuceneSearchProvider>().As<ISearchProvider>().AsSelf().SingleInstance();
        builder.RegisterType<LuceneSearchIndexer>().As<ISearchIndexer>().AsSelf().SingleInstance();
        builder.RegisterType<LuceneIndexStarter>().As<IHostedService>().SingleInstance();
    }
}

/// <summary>Opens the index at start-up (a missing or corrupt one is rebuilt in the background) and closes it at shutdown.</summary>
public sealed class LuceneIndexStarter(LuceneSearchIndex index, ILogger<LuceneIndexStarter> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            index.Open();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Never take the site down for the index: the database provider keeps answering.
            log.LogError(e, "Search index could not be opened; search falls back to the database.");
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        index.Dispose();
        return Task.CompletedTask;
    }
}
