using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places.Routes;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Routes;

/// <summary>
/// Checks and records a visitor's experience enquiry: a date from today (Việt Nam time) to a year ahead, 1–200 people, a
/// Vietnamese phone number, for a stop of this route whose producer welcomes visitors. Saved in one SaveChanges; the
/// producer and the office are e-mailed after the commit.
/// </summary>
public sealed class EnquiryBooking(OcopDbContext db, TimeProvider time, EnquiryMail mail, IStringLocalizer<RoutesResource> l)
{
    public const int MaxDaysAhead = 365;
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);

    public DateOnly LastDay => Today.AddDays(MaxDaysAhead);

    public sealed record Accepted(ExperienceEnquiry Enquiry, TourismRouteStop Stop, string ProducerName, string? ProducerPhone);

    /// <summary>Adds the problems DataAnnotations cannot see to <paramref name="state"/>; saves and mails when there are none.</summary>
    public async Task<Accepted?> SubmitAsync(int routeId, ExperienceEnquiryForm form, ModelStateDictionary state, string culture, int? userId, CancellationToken ct)
    {
        var stop = form.StopId is int stopId
            ? await db.TourismRouteStops.Include(s => s.Producer)
                .FirstOrDefaultAsync(s => s.Id == stopId && s.RouteId == routeId && s.ProducerId != null && s.ExperienceName != null && s.ExperienceName != "", ct)
            : null;
        if (form.StopId is not null && (stop is null || stop.Producer is not { IsPublished: true }))
            state.AddModelError(nameof(form.StopId), l["Please choose the experience."]);

        DateOnly date = default;
        if (!string.IsNullOrWhiteSpace(form.PreferredDate))
        {
            if (!DateOnly.TryParseExact(form.PreferredDate.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
                state.AddModelError(nameof(form.PreferredDate), l["Please enter the date as dd/mm/yyyy."]);
            else if (date < Today)
                state.AddModelError(nameof(form.PreferredDate), l["The date has passed. Please choose today or a later day."]);
            else if (date > LastDay)
                state.AddModelError(nameof(form.PreferredDate), l["Please choose a date within the next 12 months."]);
        }

        var size = 0;
        if (!string.IsNullOrWhiteSpace(form.GroupSize)
            && (!int.TryParse(form.GroupSize.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > ExperienceEnquiryForm.MaxGroupSize))
            state.AddModelError(nameof(form.GroupSize), l["The group must be between 1 and {0} people.", ExperienceEnquiryForm.MaxGroupSize]);

        var phone = VietnamesePhone.Normalize(form.Phone);
        if (!string.IsNullOrWhiteSpace(form.Phone) && phone is null)
            state.AddModelError(nameof(form.Phone), l["Please enter a Vietnamese phone number, e.g. 0912 345 678."]);

        if (!state.IsValid || stop is null) return null;

        var enquiry = new ExperienceEnquiry
        {
            ProducerId = stop.ProducerId!.Value,
            RouteId = routeId,
            StopId = stop.Id,
            PreferredDate = date,
            GroupSize = size,
            ContactName = form.ContactName!.Trim(),
            Phone = phone!,
            Email = string.IsNullOrWhiteSpace(form.Email) ? null : form.Email.Trim(),
            Message = string.IsNullOrWhiteSpace(form.Message) ? null : form.Message.Trim(),
            Culture = culture,
            CustomerUserId = userId,
            Status = EnquiryStatus.New,
            CreatedAt = time.GetUtcNow(),
        };
        db.ExperienceEnquiries.Add(enquiry);
        await db.SaveChangesAsync(ct);
        await mail.TrySendAsync(enquiry.Id, ct);
        return new Accepted(enquiry, stop, stop.Producer!.Name, stop.Producer.Phone);
    }
}
