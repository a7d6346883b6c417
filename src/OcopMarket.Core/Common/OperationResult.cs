namespace OcopMarket.Core.Common;

/// <summary>
/// The outcome of a domain operation a person asked for. <see cref="Error"/> is an English message
/// key (with optional <see cref="Arguments"/>) that the web layer localises; the domain never throws
/// for a rule a user can break.
/// </summary>
public sealed record OperationResult(bool Succeeded, string? Error = null, object[]? Arguments = null)
{
    public static readonly OperationResult Ok = new(true);
    public static OperationResult Fail(string error, params object[] arguments) => new(false, error, arguments);
}

/// <summary>An outcome carrying a value when it succeeded.</summary>
public sealed record OperationResult<T>(bool Succeeded, T? Value, string? Error = null, object[]? Arguments = null)
{
    public static OperationResult<T> Ok(T value) => new(true, value);
    public static OperationResult<T> Fail(string error, params object[] arguments) => new(false, default, error, arguments);
}
