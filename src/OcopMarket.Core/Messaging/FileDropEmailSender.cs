using System.Globalization;
using System.Net.Mail;
using System.Text;

namespace OcopMarket.Core.Messaging;

public sealed class EmailOptions
{
    public const string Section = "Email";
    /// <summary>Absolute folder the .eml files are written to (configured relative to the content root, resolved at start-up).</summary>
    public string PickupDirectory { get; set; } = "";
    public string FromAddress { get; set; } = "no-reply@ocopmarket.local";
    public string FromName { get; set; } = "OcopMarket";
}

/// <summary>
/// Writes each message as an RFC 5322 / MIME .eml file into <see cref="EmailOptions.PickupDirectory"/>, where a mail
/// server's pickup service (or a developer) collects it. Non-ASCII header text is RFC 2047 encoded; the bodies are
/// UTF-8, base64 transfer-encoded, as multipart/alternative (plain text + HTML).
/// </summary>
public sealed class FileDropEmailSender(EmailOptions options, TimeProvider time) : IEmailSender
{
    private const int MaxLine = 76;
    private const int MaxHeaderLine = 78;

    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var to = new MailAddress(message.To); // throws FormatException for an invalid address; CR/LF cannot get through
        var from = new MailAddress(options.FromAddress);
        Directory.CreateDirectory(options.PickupDirectory);

        var now = time.GetUtcNow();
        var id = Guid.NewGuid().ToString("N");
        var eml = Compose(message, from, to, now, id);

        // Write under a temporary name and rename, so a pickup service never reads a half-written file.
        var name = $"{now:yyyyMMddHHmmssfff}-{id}";
        var temp = Path.Combine(options.PickupDirectory, name + ".tmp");
        await File.WriteAllTextAsync(temp, eml, new UTF8Encoding(false), ct);
        File.Move(temp, Path.Combine(options.PickupDirectory, name + ".eml"));
    }

    internal string Compose(EmailMessage message, MailAddress from, MailAddress to, DateTimeOffset date, string id)
    {
        var boundary = "=_alt_" + id;
        var sb = new StringBuilder();
        Header(sb, "From", Address(options.FromName, from.Address));
        Header(sb, "To", Address(message.ToName ?? to.DisplayName, to.Address));
        Header(sb, "Subject", EncodeWord(message.Subject));
        Header(sb, "Date", date.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture));
        Header(sb, "Message-ID", $"<{id}@{from.Host}>");
        Header(sb, "MIME-Version", "1.0");
        Header(sb, "Content-Type", $"multipart/alternative; boundary=\"{boundary}\"");
        sb.Append("\r\n");
        sb.Append("This is a multi-part message in MIME format.\r\n");
        Part(sb, boundary, "text/plain", message.TextBody ?? HtmlToText(message.HtmlBody));
        Part(sb, boundary, "text/html", message.HtmlBody);
        sb.Append("--").Append(boundary).Append("--\r\n");
        return sb.ToString();
    }

    /// <summary>Writes a header, folded at spaces so lines stay within 78 characters where possible (RFC 5322 2.2.3).</summary>
    private static void Header(StringBuilder sb, string name, string value)
    {
        var line = new StringBuilder(name).Append(':');
        foreach (var token in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length + 1 + token.Length > MaxHeaderLine && line.Length > name.Length + 1)
            {
                sb.Append(line).Append("\r\n");
                line.Clear();
            }
            line.Append(' ').Append(token);
        }
        sb.Append(line).Append("\r\n");
    }

    private static void Part(StringBuilder sb, string boundary, string type, string body)
    {
        sb.Append("--").Append(boundary).Append("\r\n");
        sb.Append("Content-Type: ").Append(type).Append("; charset=utf-8\r\n");
        sb.Append("Content-Transfer-Encoding: base64\r\n\r\n");
        var b64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(body.ReplaceLineEndings("\r\n")));
        for (var i = 0; i < b64.Length; i += MaxLine)
            sb.Append(b64.AsSpan(i, Math.Min(MaxLine, b64.Length - i))).Append("\r\n");
    }

    private static string Address(string? displayName, string address)
    {
        if (string.IsNullOrWhiteSpace(displayName)) return address;
        var clean = displayName.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Trim();
        if (IsPrintableAscii(clean))
            return $"\"{clean.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\" <{address}>";
        return $"{EncodeWord(clean)} <{address}>";
    }

    /// <summary>RFC 2047 "B" encoding, split into encoded-words of at most 75 characters (never splitting a UTF-8 sequence) and folded.</summary>
    internal static string EncodeWord(string text)
    {
        text = text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
        if (IsPrintableAscii(text) && text.Split(' ').All(w => w.Length <= 60)) return text; // plain text folds at its spaces
        const int maxBytesPerWord = 42; // 42 bytes -> 56 base64 chars + 12 for "=?utf-8?B?" "?=" = 68, fits after "Subject: "
        var words = new List<string>();
        var chunk = new StringBuilder();
        var chunkBytes = 0;
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            var element = e.GetTextElement();
            var n = Encoding.UTF8.GetByteCount(element);
            if (chunkBytes + n > maxBytesPerWord && chunk.Length > 0)
            {
                words.Add(Word(chunk.ToString()));
                chunk.Clear();
                chunkBytes = 0;
            }
            chunk.Append(element);
            chunkBytes += n;
        }
        if (chunk.Length > 0) words.Add(Word(chunk.ToString()));
        return string.Join(" ", words); // Header() folds between the words

        static string Word(string s) => "=?utf-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(s)) + "?=";
    }

    private static bool IsPrintableAscii(string s) => s.All(c => c is >= ' ' and <= '~');

    private static string HtmlToText(string html)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(html, "<(br|/p|/div|/h[1-6]|/li)[^>]*>", "\n", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        text = System.Text.RegularExpressions.Regex.Replace(text, "<[^>]+>", "");
        return System.Net.WebUtility.HtmlDecode(text).Trim();
    }
}
