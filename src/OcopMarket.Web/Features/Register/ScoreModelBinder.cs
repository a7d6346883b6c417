using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Register;

/// <summary>
/// Binds a score typed as "32,5" or "32.5" whatever the UI language. The default binder reads numbers in
/// the request culture, and in vi-VN the dot is the thousands separator: "32.5" would become 325.
/// </summary>
public sealed class ScoreModelBinder(IStringLocalizer<RegisterResource> l) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var value = context.ValueProvider.GetValue(context.ModelName);
        if (value == ValueProviderResult.None) return Task.CompletedTask;
        context.ModelState.SetModelValue(context.ModelName, value);
        var text = value.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            context.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }
        if (TryParse(text, out var score))
            context.Result = ModelBindingResult.Success(score);
        else
            context.ModelState.TryAddModelError(context.ModelName, l["Enter a number such as 32,5."]);
        return Task.CompletedTask;
    }

    /// <summary>One decimal separator, comma or dot; no thousands separators (scores stay under 100).</summary>
    public static bool TryParse(string text, out decimal score) =>
        decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out score);
}
