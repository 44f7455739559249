namespace CaseManagement.Domain.Parties;

/// <summary>
/// The outcome of checking an identifier. <see cref="Normalized"/> is the trimmed, upper-cased input
/// (what is stored when valid); <see cref="Reason"/> says in Chinese which check failed, null when valid.
/// </summary>
public sealed record IdentifierCheck(bool Valid, string Normalized, string? Reason)
{
    public static IdentifierCheck Ok(string normalized) => new(true, normalized, null);

    public static IdentifierCheck Fail(string normalized, string reason) => new(false, normalized, reason);
}
