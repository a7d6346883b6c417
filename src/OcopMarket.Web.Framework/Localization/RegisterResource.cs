namespace OcopMarket.Web.Framework;

/// <summary>
/// Marker for the OCOP register's strings — dossiers, certificates, revocations, inspections and the
/// domain's rule messages (Resources/RegisterResource.tsv → .vi/.en.resx; keys are English).
/// </summary>
public sealed class RegisterResource;
