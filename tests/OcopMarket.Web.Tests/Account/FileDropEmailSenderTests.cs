using Microsoft.Extensions.Time.Testing;
using OcopMarket.Core.Messaging;

namespace OcopMarket.Web.Tests.Account;

public sealed class FileDropEmailSenderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ocop-mail-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Writes_a_7bit_rfc5322_message_with_encoded_headers()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 5, 9, TimeSpan.Zero));
        var sender = new FileDropEmailSender(new EmailOptions { PickupDirectory = _folder, FromName = "Chợ OCOP", FromAddress = "no-reply@ocop.test" }, time);
        var subject = "Thông báo về sản phẩm OCOP 5 sao: mật ong bạc hà Mèo Vạc, Hà Giang — một tiêu đề rất dài 🐝";

        await sender.SendAsync(new EmailMessage("khach@ocop.test", subject, "<p>Xin chào <b>Bình</b></p>", ToName: "Trần \"Bình\""));

        var file = Assert.Single(Directory.GetFiles(_folder));
        Assert.EndsWith(".eml", file, StringComparison.Ordinal);
        var eml = await File.ReadAllTextAsync(file);
        Assert.All(eml, ch => Assert.True(ch < 128));
        Assert.All(eml.Split("\r\n"), line => Assert.True(line.Length <= 78, line));
        Assert.DoesNotContain("\n", eml.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);

        Assert.Equal(subject, AccountTestHelpers.DecodeWords(AccountTestHelpers.Header(eml, "Subject")));
        Assert.Equal("Mon, 02 Mar 2026 08:05:09 +0000", AccountTestHelpers.Header(eml, "Date"));
        Assert.Equal("Chợ OCOP <no-reply@ocop.test>", AccountTestHelpers.DecodeWords(AccountTestHelpers.Header(eml, "From")));
        Assert.Equal("Trần \"Bình\" <khach@ocop.test>", AccountTestHelpers.DecodeWords(AccountTestHelpers.Header(eml, "To")));
        Assert.Matches("^<[0-9a-f]{32}@ocop.test>$", AccountTestHelpers.Header(eml, "Message-ID"));

        var parts = AccountTestHelpers.DecodeParts(eml);
        Assert.Equal("<p>Xin chào <b>Bình</b></p>", parts["text/html"]);
        Assert.Equal("Xin chào Bình", parts["text/plain"]);
    }

    [Fact]
    public async Task Refuses_header_injection_in_the_address()
    {
        var sender = new FileDropEmailSender(new EmailOptions { PickupDirectory = _folder }, TimeProvider.System);
        await Assert.ThrowsAsync<FormatException>(() => sender.SendAsync(new EmailMessage("a@b.test\r\nBcc: x@evil.test", "s", "<p>x</p>")));
        Assert.False(Directory.Exists(_folder) && Directory.GetFiles(_folder).Length > 0);
    }
}
