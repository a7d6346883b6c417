using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>Bootstrap classes for a form field: adds "is-invalid" when the field has an error.</summary>
public static class FormCss
{
    public static string For(ModelStateDictionary state, string key, string baseClass = "form-control") =>
        state.GetFieldValidationState(key) == ModelValidationState.Invalid ? baseClass + " is-invalid" : baseClass;
}
