namespace OcopMarket.Core.Messaging;

/// <summary>An outgoing e-mail. <paramref name="HtmlBody"/> is sent as HTML; <paramref name="TextBody"/>, when given, as the plain-text alternative.</summary>
public sealed record EmailMessage(string To, string Subject, string HtmlBody, string? TextBody = null, string? ToName = null);

/// <summary>Sends e-mail. The default implementation drops .eml files into a pickup folder.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct = default);
}
