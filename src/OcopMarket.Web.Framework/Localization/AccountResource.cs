namespace OcopMarket.Web.Framework;

/// <summary>
/// Marker for the account feature's strings (Resources/AccountResource.{vi,en}.resx, generated from AccountResource.tsv; keys are English).
/// The resx files are embedded under this type's full name, so <c>IStringLocalizer&lt;AccountResource&gt;</c> finds them without a ResourcesPath.
/// </summary>
public sealed class AccountResource;

/// <summary>
/// Names the resource whose strings localise a view model's DataAnnotations (display names and ErrorMessage keys),
/// instead of the host-wide <see cref="SharedResource"/>. Honoured by the account feature's localizer provider.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true, AllowMultiple = false)]
public sealed class LocalizedWithAttribute(Type resourceType) : Attribute
{
    public Type ResourceType { get; } = resourceType;
}
