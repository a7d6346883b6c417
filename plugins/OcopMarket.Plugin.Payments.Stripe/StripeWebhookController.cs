using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace OcopMarket.Plugin.Payments.Stripe;

/// <summary>
/// POST /webhooks/stripe: Stripe's server calls it, so there is no antiforgery token; the Stripe-Signature
/// header (HMAC of the raw body with the endpoint secret) is what proves the sender.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class StripeWebhookController(StripeWebhookHandler handler) : Controller
{
    /// <summary>Stripe's events are a few kilobytes; anything far larger is not one.</summary>
    private const int MaxBodyBytes = 512 * 1024;

    [HttpPost("/webhooks/stripe")]
    [AllowAnonymous]
    [IgnoreAntiforgeryToken]
    [RequestSizeLimit(MaxBodyBytes)]
    public async Task<IActionResult> Receive(CancellationToken ct)
    {
        // The signature covers the exact bytes Stripe sent: read the raw body, never a model-bound copy.
        using var reader = new StreamReader(Request.Body, Encoding.UTF8);
        var json = await reader.ReadToEndAsync(ct);
        var outcome = await handler.HandleAsync(json, Request.Headers["Stripe-Signature"].ToString(), ct);
        return outcome switch
        {
            WebhookOutcome.BadSignature => Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid Stripe signature",
                detail: "The Stripe-Signature header is missing, does not match the body, or is too old."),
            WebhookOutcome.RetryLater => Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not yet",
                detail: "The payment this event refers to has not been recorded yet; deliver the event again later."),
            _ => Ok(new { received = true }),
        };
    }
}
