using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Tests.Data;
using OcopMarket.Core.Traceability.Lots;

namespace OcopMarket.Core.Tests.Traceability;

/// <summary>Lot codes (GS1 AI 10 as we accept it) and the lot rules that need the product's GTIN.</summary>
public sealed class LotRulesTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData("BS-MO-2611", true)]
    [InlineData("A", true)]
    [InlineData("L2026.11_A", true)]
    [InlineData("12345678901234567890", true)]
    [InlineData("123456789012345678901", false)] // 21 characters
    [InlineData("", false)]
    [InlineData("LÔ-1", false)]                  // Vietnamese letters are not in the set
    [InlineData("LO 1", false)]
    [InlineData("LO/1", false)]                  // would need escaping in a Digital Link
    [InlineData("lo-1", false)]                  // upper case only once normalised
    public void Lot_codes_are_1_to_20_upper_case_letters_digits_and_dash_dot_underscore(string code, bool valid) =>
        Assert.Equal(valid, LotCode.IsValid(code));

    [Fact]
    public void Typed_codes_are_trimmed_and_upper_cased() => Assert.Equal("BS-MO-2611", LotCode.Normalize("  bs-mo-2611 "));

    private async Task<(int ProducerId, int ProductId)> ProductWithGtinAsync(string? gtin)
    {
        var product = await _database.SeedProductAsync();
        await using var db = _database.NewDb();
        await db.Products.Where(p => p.Id == product.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Gtin, gtin));
        return (product.ProducerId, product.Id);
    }

    private LotRegistration Registration(out Data.TestActor actor)
    {
        actor = _database.Actor;
        return new LotRegistration(_database.NewDb(), _database.Time, _database.Actor);
    }

    private static LotDraft Draft(int productId, string code = "bs-mo-01", DateOnly? produced = null, DateOnly? expires = null, int quantity = 100) =>
        new(productId, code, produced ?? new DateOnly(2026, 11, 20), expires ?? new DateOnly(2028, 11, 19), quantity, null);

    [Fact]
    public async Task A_lot_copies_the_products_gtin_as_gtin_14_and_stores_the_code_upper_cased()
    {
        var gtin = Gtin.WithCheckDigit("893888800001");
        var (producer, product) = await ProductWithGtinAsync(gtin);

        var result = await Registration(out _).CreateAsync(producer, Draft(product));

        Assert.True(result.Succeeded, result.Error);
        await using var db = _database.NewDb();
        var lot = await db.Lots.SingleAsync(l => l.Id == result.Value);
        Assert.Equal("0" + gtin, lot.Gtin);
        Assert.Equal(14, lot.Gtin.Length);
        Assert.Equal("BS-MO-01", lot.Code);
        Assert.Equal(42, lot.CreatedByUserId);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("bad-check-digit")]
    [InlineData("letters")]
    public async Task A_product_without_a_valid_gtin_cannot_have_lots(string kind)
    {
        var valid = Gtin.WithCheckDigit("893888800001");
        var gtin = kind switch
        {
            "none" => null,
            "bad-check-digit" => valid[..^1] + (char)('0' + (valid[^1] - '0' + 1) % 10),
            _ => "893ABC0000012",
        };
        var (producer, product) = await ProductWithGtinAsync(gtin);
        var result = await Registration(out _).CreateAsync(producer, Draft(product));
        Assert.False(result.Succeeded);
        Assert.Equal(LotRegistration.NoGtin, result.Error);
    }

    [Fact]
    public async Task The_same_code_twice_for_one_gtin_is_refused_but_another_code_is_fine()
    {
        var (producer, product) = await ProductWithGtinAsync(Gtin.WithCheckDigit("893888800002"));
        Assert.True((await Registration(out _).CreateAsync(producer, Draft(product, "L-1"))).Succeeded);

        var again = await Registration(out _).CreateAsync(producer, Draft(product, " l-1 "));
        Assert.False(again.Succeeded);
        Assert.Equal(LotRegistration.DuplicateCode, again.Error);
        Assert.Equal("L-1", again.Arguments![0]);
        Assert.True((await Registration(out _).CreateAsync(producer, Draft(product, "L-2"))).Succeeded);
    }

    [Fact]
    public async Task Another_producers_product_is_not_found()
    {
        var (producer, product) = await ProductWithGtinAsync(Gtin.WithCheckDigit("893888800003"));
        var result = await Registration(out _).CreateAsync(producer + 1000, Draft(product));
        Assert.Equal(LotRegistration.NoSuchProduct, result.Error);
    }

    [Theory]
    [InlineData("LO 1", null, null, 10, LotRegistration.BadCode)]
    [InlineData("L-F", "2026-11-26", null, 10, LotRegistration.ProducedInFuture)] // the test clock's today is 25/11/2026 in Việt Nam
    [InlineData("L-E", "2026-11-20", "2026-11-20", 10, LotRegistration.ExpiresBeforeProduced)]
    [InlineData("L-Q", null, null, 0, LotRegistration.BadQuantity)]
    public async Task Bad_codes_dates_and_quantities_are_refused(string code, string? produced, string? expires, int quantity, string error)
    {
        var (producer, product) = await ProductWithGtinAsync(Gtin.WithCheckDigit("893888800004"));
        var draft = Draft(product, code, produced is null ? null : DateOnly.Parse(produced), expires is null ? null : DateOnly.Parse(expires), quantity);
        var result = await Registration(out _).CreateAsync(producer, draft);
        Assert.Equal(error, result.Error);
    }
}
