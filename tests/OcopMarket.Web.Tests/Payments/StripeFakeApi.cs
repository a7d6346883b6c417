using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace OcopMarket.Web.Tests.Payments;

/// <summary>A request the fake received: the form fields exactly as Stripe.net encoded them ("line_items[0][price_data][unit_amount]").</summary>
public sealed record StripeFakeRequest(string Method, string Path, IReadOnlyDictionary<string, string> Form, string? Authorization, string? IdempotencyKey);

/// <summary>
/// A small stand-in for api.stripe.com on a loopback port (HttpListener, so no second ASP.NET host is built
/// while WebApplicationFactory is resolving the site's). It answers POST /v1/checkout/sessions and
/// POST /v1/refunds with the JSON shapes Stripe returns, checks the secret key, replays an idempotency key
/// like Stripe does, and records every request so tests can assert the currency and the zero-decimal amounts.
/// </summary>
public sealed class StripeFakeApi : IDisposable
{
    public const string SecretKey = "sk_test_ocopmarket_fake_0000000000";
    public const string WebhookSecret = "whsec_ocopmarket_test_0000000000";

    private readonly HttpListener _listener;
    private readonly ConcurrentQueue<StripeFakeRequest> _requests = new();
    private readonly ConcurrentDictionary<string, string> _idempotent = new();
    private readonly CancellationTokenSource _stop = new();

    public StripeFakeApi()
    {
        (_listener, BaseUrl) = Listen();
        _ = Task.Run(ServeAsync);
    }

    /// <summary>http://127.0.0.1:{port} — what the site's "Stripe:ApiBase" is set to.</summary>
    public string BaseUrl { get; }

    public IReadOnlyCollection<StripeFakeRequest> Requests => _requests;

    /// <summary>The refunds endpoint answers the next call with this card-network style error instead.</summary>
    public string? FailNextRefundWith { get; set; }

    public StripeFakeRequest LastRequestTo(string path) =>
        _requests.LastOrDefault(r => r.Path == path) ?? throw new InvalidOperationException($"The fake Stripe API received nothing on {path}.");

    private static (HttpListener, string) Listen()
    {
        for (var attempt = 0; ; attempt++)
        {
            // Ask the OS for a free port, then listen on it (another process could take it in between: retry).
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            var url = $"http://127.0.0.1:{port}";
            listener.Prefixes.Add(url + "/");
            try
            {
                listener.Start();
                return (listener, url);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening)
            {
                return;
            }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        string body;
        using (var reader = new StreamReader(request.InputStream, Encoding.UTF8)) body = await reader.ReadToEndAsync();
        var form = QueryHelpers.ParseQuery(body).ToDictionary(p => p.Key, p => p.Value.ToString());
        var path = request.Url!.AbsolutePath;
        var idempotencyKey = request.Headers["Idempotency-Key"];
        _requests.Enqueue(new StripeFakeRequest(request.HttpMethod, path, form, request.Headers["Authorization"], idempotencyKey));

        var (status, json) = request.Headers["Authorization"] != "Bearer " + SecretKey
            ? (401, Error("invalid_request_error", "Invalid API Key provided."))
            : idempotencyKey is not null && _idempotent.TryGetValue(path + " " + idempotencyKey, out var replay)
                ? (200, replay)
                : (request.HttpMethod, path) switch
                {
                    ("POST", "/v1/checkout/sessions") => (200, CheckoutSession(form)),
                    ("POST", "/v1/refunds") => RefundOrError(form),
                    _ => (404, Error("invalid_request_error", $"Unrecognized request URL ({request.HttpMethod}: {path}).")),
                };
        if (status == 200 && idempotencyKey is not null) _idempotent.TryAdd(path + " " + idempotencyKey, json);

        var bytes = Encoding.UTF8.GetBytes(json);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.Headers["Request-Id"] = "req_" + Guid.NewGuid().ToString("N")[..14];
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private string CheckoutSession(Dictionary<string, string> form)
    {
        var id = "cs_test_" + Guid.NewGuid().ToString("N");
        long total = 0;
        for (var i = 0; form.ContainsKey($"line_items[{i}][quantity]"); i++)
            total += long.Parse(form[$"line_items[{i}][price_data][unit_amount]"]) * long.Parse(form[$"line_items[{i}][quantity]"]);
        var session = new JsonObject
        {
            ["id"] = id,
            ["object"] = "checkout.session",
            ["amount_subtotal"] = total,
            ["amount_total"] = total,
            ["cancel_url"] = form.GetValueOrDefault("cancel_url"),
            ["client_reference_id"] = form.GetValueOrDefault("client_reference_id"),
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["currency"] = form.GetValueOrDefault("currency"),
            ["customer_email"] = form.GetValueOrDefault("customer_email"),
            ["expires_at"] = form.TryGetValue("expires_at", out var expires) ? long.Parse(expires) : null,
            ["livemode"] = false,
            ["locale"] = form.GetValueOrDefault("locale"),
            ["metadata"] = Metadata(form, "metadata"),
            ["mode"] = form.GetValueOrDefault("mode"),
            ["payment_intent"] = null,
            ["payment_method_types"] = new JsonArray("card"),
            ["payment_status"] = "unpaid",
            ["status"] = "open",
            ["success_url"] = form.GetValueOrDefault("success_url"),
            ["url"] = $"{BaseUrl}/c/pay/{id}",
        };
        return session.ToJsonString();
    }

    private (int, string) RefundOrError(Dictionary<string, string> form)
    {
        if (FailNextRefundWith is { } message)
        {
            FailNextRefundWith = null;
            return (400, Error("invalid_request_error", message));
        }
        var refund = new JsonObject
        {
            ["id"] = "re_" + Guid.NewGuid().ToString("N")[..24],
            ["object"] = "refund",
            ["amount"] = long.Parse(form["amount"]),
            ["charge"] = "ch_" + Guid.NewGuid().ToString("N")[..24],
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["currency"] = "vnd",
            ["metadata"] = Metadata(form, "metadata"),
            ["payment_intent"] = form.GetValueOrDefault("payment_intent"),
            ["reason"] = form.GetValueOrDefault("reason"),
            ["status"] = "succeeded",
        };
        return (200, refund.ToJsonString());
    }

    private static JsonObject Metadata(Dictionary<string, string> form, string prefix)
    {
        var metadata = new JsonObject();
        foreach (var (key, value) in form)
            if (key.StartsWith(prefix + "[", StringComparison.Ordinal) && key.EndsWith(']'))
                metadata[key[(prefix.Length + 1)..^1]] = value;
        return metadata;
    }

    private static string Error(string type, string message) =>
        JsonSerializer.Serialize(new { error = new { type, message } });

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
    }
}
