using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>One problem with a submitted form: the field it belongs to ("" for the whole form) and an English message key.</summary>
public sealed record FieldError(string Field, string Message, params object[] Arguments);

/// <summary>Errors an editor found beyond the DataAnnotations (database checks, cross-field rules).</summary>
public sealed class FormErrors : List<FieldError>
{
    public void Add(string field, string message, params object[] arguments) => Add(new FieldError(field, message, arguments));

    /// <summary>Copies the errors, localised, into the model state the view renders.</summary>
    public void CopyTo(ModelStateDictionary state, IStringLocalizer localizer)
    {
        foreach (var e in this) state.AddModelError(e.Field, Localize(localizer, e.Message, e.Arguments));
    }

    /// <summary>The message in the user's language; string arguments that are keys themselves (status names) are translated too.</summary>
    public static string Localize(IStringLocalizer localizer, string key, object[]? arguments)
    {
        var args = (arguments ?? []).Select(a => a is string s && localizer[s] is { ResourceNotFound: false } t ? t.Value : a).ToArray();
        return localizer[key, args].Value;
    }
}
