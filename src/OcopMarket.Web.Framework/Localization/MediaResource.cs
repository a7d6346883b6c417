namespace OcopMarket.Web.Framework;

/// <summary>
/// Marker for the image upload messages (Resources/MediaResource.{vi,en}.resx, generated from MediaResource.tsv; keys are English).
/// The csproj embeds them under this type's full name, which is where <c>IStringLocalizer&lt;MediaResource&gt;</c> looks without a ResourcesPath.
/// </summary>
public sealed class MediaResource;
