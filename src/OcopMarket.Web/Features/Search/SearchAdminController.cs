using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Search;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Search;

/// <summary>The office's search page: which engine answers, the backlog, and a full rebuild with progress.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Office)]
public sealed class SearchAdminController(IEnumerable<ISearchIndexer> indexers, ISearchProviderSelector selector, OcopDbContext db) : Controller
{
    [HttpGet("/admin/tim-kiem")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var model = new SearchAdminModel(selector.Current.Name, await db.SearchIndexQueue.CountAsync(ct),
            indexers.Select(i => new SearchIndexStatusModel(i.ProviderName, i.Progress.Done, i.Progress.Total, i.Progress.Finished, i.Progress.Error)).ToList());
        // While a rebuild runs the page refreshes itself: the progress bar moves without JavaScript.
        if (model.Indexes.Any(i => !i.Finished)) Response.Headers["Refresh"] = "2";
        return View(model);
    }

    [HttpGet("/admin/tim-kiem/tien-do")]
    public IActionResult Progress() =>
        Ok(indexers.Select(i => new SearchIndexStatusModel(i.ProviderName, i.Progress.Done, i.Progress.Total, i.Progress.Finished, i.Progress.Error)));

    [HttpPost("/admin/tim-kiem/xay-lai")]
    [ValidateAntiForgeryToken]
    public IActionResult Rebuild([FromForm] string provider)
    {
        var indexer = indexers.FirstOrDefault(i => i.ProviderName == provider);
        if (indexer is null) return NotFound();
        indexer.StartRebuild();
        return RedirectToAction(nameof(Index));
    }
}
