using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Identity;
using OcopMarket.Core.News;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.News;

/// <summary>/admin/tin-tuc: news and producer stories, written in Markdown with a preview (trade promotion and the office).</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Promotion)]
public sealed class NewsAdminController(ArticleEditor editor, ArticleRenderer renderer, IStringLocalizer<NewsResource> l) : Controller
{
    private const string BasePath = "/admin/tin-tuc";

    [HttpGet(BasePath)]
    public async Task<IActionResult> Index([FromQuery] ArticleListQuery query, CancellationToken ct)
    {
        ViewData["Title"] = l["News and stories"].Value;
        return View(await editor.ListAsync(query, ct));
    }

    [HttpGet(BasePath + "/tao")]
    public async Task<IActionResult> Create(string? loai, CancellationToken ct)
    {
        var form = new ArticleForm { Kind = loai == "cau-chuyen" ? ArticleKind.ProducerStory : ArticleKind.News };
        await editor.FillAsync(form, ct);
        return View("Edit", form);
    }

    [HttpPost(BasePath + "/tao")]
    public Task<IActionResult> Create(ArticleForm form, IFormFile? cover, string? preview, CancellationToken ct)
    {
        form.Id = 0;
        return SaveAsync(form, cover, preview, ct);
    }

    [HttpGet(BasePath + "/{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var form = await editor.LoadAsync(id, ct);
        return form is null ? NotFound() : View(form);
    }

    [HttpPost(BasePath + "/{id:int}")]
    public Task<IActionResult> Edit(int id, ArticleForm form, IFormFile? cover, string? preview, CancellationToken ct)
    {
        form.Id = id;
        return SaveAsync(form, cover, preview, ct);
    }

    [HttpPost(BasePath + "/{id:int}/xoa")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        if (!await editor.DeleteAsync(id, ct)) return NotFound();
        Flash(l["The article was deleted."]);
        return Redirect(BasePath);
    }

    /// <summary>The live preview: the Markdown rendered and sanitised exactly as readers will get it.</summary>
    [HttpPost(BasePath + "/xem-truoc")]
    public IActionResult Preview([FromForm] string? markdown)
    {
        if (markdown is { Length: > 100_000 }) return BadRequest();
        return Content(renderer.Render(markdown), "text/html; charset=utf-8");
    }

    private async Task<IActionResult> SaveAsync(ArticleForm form, IFormFile? cover, string? preview, CancellationToken ct)
    {
        if (preview is not null)
        {
            // Without JavaScript, the "Preview" button posts the whole form: show it rendered, save nothing.
            ModelState.Clear();
            form.PreviewHtml = renderer.Render(form.Body);
            form.PreviewHtmlEn = renderer.Render(form.BodyEn);
            await editor.FillAsync(form, ct);
            return View("Edit", form);
        }
        var isNew = form.IsNew;
        var id = ModelState.IsValid ? await editor.SaveAsync(form, cover, User, ModelState, ct) : form.Id;
        if (id is null) return NotFound();
        if (!ModelState.IsValid)
        {
            await editor.FillAsync(form, ct);
            return View("Edit", form);
        }
        Flash(isNew ? l["The article was created."] : l["Saved."]);
        return Redirect($"{BasePath}/{id}");
    }

    private void Flash(string message, string kind = "success")
    {
        TempData["Status"] = message;
        TempData["StatusKind"] = kind;
    }
}
