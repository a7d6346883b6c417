using System.Security.Claims;
using Autofac;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Settings;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Localization;
using OcopMarket.Web.Framework.Models;
using OcopMarket.Web.Infrastructure;

namespace OcopMarket.Web.Features.Routes;

/// <summary>
/// Public tourism routes: the list (output-cached), a route's page and the experience enquiry. The route page carries
/// enquiry forms (antiforgery tokens), so it is never output-cached.
/// </summary>
public sealed class RoutesController(RoutePages pages, EnquiryBooking booking, ISiteSettings settings, IStringLocalizer<RoutesResource> l) : Controller
{
    public const string ListPath = "/tuyen-du-lich";

    [HttpGet(ListPath)]
    [OutputCache(PolicyName = StorefrontCachePolicy.Name)]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        ViewData["Title"] = l["Tourism routes"].Value;
        ViewData["Description"] = l["Routes through OCOP villages: craft workshops, farms, tea hills and display points, with experience visits you can book."].Value;
        ViewData["Canonical"] = ListPath;
        return View(await pages.ListAsync(ct));
    }

    [HttpGet(ListPath + "/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        if (slug.Length > 200) return NotFound();
        var route = await pages.GetAsync(slug, ct);
        if (route is null) return NotFound();
        SetPage(route);
        ViewData["Today"] = booking.Today;
        return View(route);
    }

    /// <summary>The enquiry form on its own page: opened from a stop's link, or shown again with the errors.</summary>
    [HttpGet(ListPath + "/{slug}/dat-trai-nghiem")]
    public async Task<IActionResult> Enquiry(string slug, int? stop, CancellationToken ct)
    {
        if (slug.Length > 200) return NotFound();
        var route = await pages.GetAsync(slug, ct);
        if (route is null || !route.Experiences.Any()) return NotFound();
        var form = new ExperienceEnquiryForm
        {
            StopId = route.Experiences.FirstOrDefault(s => s.Id == stop)?.Id ?? (route.Experiences.Count() == 1 ? route.Experiences.First().Id : null),
            GroupSize = "2",
        };
        return EnquiryView(route, form);
    }

    [HttpPost(ListPath + "/{slug}/dat-trai-nghiem")]
    public async Task<IActionResult> Enquiry(string slug, ExperienceEnquiryForm form, CancellationToken ct)
    {
        if (slug.Length > 200) return NotFound();
        var route = await pages.GetAsync(slug, ct);
        if (route is null || !route.Experiences.Any()) return NotFound();
        var experience = route.Experiences.FirstOrDefault(s => s.Id == form.StopId);
        // The honeypot: people never see the field, so anything in it is a bot. It gets the same thank-you page, and nothing is saved.
        if (!string.IsNullOrEmpty(form.Website))
            return ThankYou(route, experience ?? route.Experiences.First(), booking.Today, 1, "", null);

        var culture = Cultures.IsEnglish ? "en" : "vi";
        var userId = int.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : (int?)null;
        var accepted = await booking.SubmitAsync(route.Id, form, ModelState, culture, userId, ct);
        if (accepted is null) return EnquiryView(route, form);
        return ThankYou(route, experience!, accepted.Enquiry.PreferredDate, accepted.Enquiry.GroupSize, accepted.Enquiry.Phone, accepted.ProducerPhone);
    }

    private IActionResult EnquiryView(RoutePageModel route, ExperienceEnquiryForm form)
    {
        ViewData["Title"] = l["Book an experience visit"].Value + " – " + route.Name;
        ViewData["NoIndex"] = true;
        return View("Enquiry", new EnquiryPageModel(route, form, booking.Today.ToString("yyyy-MM-dd"), booking.LastDay.ToString("yyyy-MM-dd")));
    }

    private IActionResult ThankYou(RoutePageModel route, RouteStopModel stop, DateOnly date, int size, string phone, string? producerPhone)
    {
        ViewData["Title"] = l["Thank you for your enquiry"].Value;
        ViewData["NoIndex"] = true;
        return View("Thanks", new EnquiryThanksModel(
            route.Name, route.Slug, stop.ExperienceName ?? stop.Name, stop.ProducerName ?? "", producerPhone, date, size, phone,
            settings.Get(SettingKeys.Hotline) ?? route.BookingPhone));
    }

    private void SetPage(RoutePageModel route)
    {
        ViewData["Title"] = route.Name;
        ViewData["Description"] = route.Summary;
        ViewData["Canonical"] = ListPath + "/" + route.Slug;
        ViewData["OgType"] = "article";
        if (route.CoverImageId is int cover) ViewData["OgImage"] = $"/media/{cover}/800.jpg";
    }
}

public sealed class RoutesModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<RoutePages>().InstancePerLifetimeScope();
        builder.RegisterType<EnquiryBooking>().InstancePerLifetimeScope();
        builder.RegisterType<EnquiryMail>().InstancePerLifetimeScope();
        builder.RegisterType<EnquiryDesk>().InstancePerLifetimeScope();
        builder.RegisterType<RouteEditor>().InstancePerLifetimeScope();
    }
}
