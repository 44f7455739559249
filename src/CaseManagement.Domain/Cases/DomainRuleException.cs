namespace CaseManagement.Domain.Cases;

/// <summary>
/// A business rule refused a step. The message is a Chinese sentence an officer understands and cites the
/// article; the web layer turns it into 409 (403 for <see cref="RoleForbidden"/>). <see cref="Code"/> names the
/// rule for machines: a guard's code (<see cref="CaseGuards.CodeOf"/>), <see cref="StateNotAllowed"/>,
/// <see cref="Archived"/>, or <see cref="RuleRefused"/> for a rule of an intent method.
/// </summary>
public sealed class DomainRuleException(string message, string code = DomainRuleException.RuleRefused) : Exception(message)
{
    public const string RuleRefused = "rule-refused";

    public const string StateNotAllowed = "state-not-allowed";

    public const string Archived = "archived";

    public const string RoleForbidden = "role-forbidden";

    /// <summary>A stable, machine-readable name of the rule that refused (kebab-case).</summary>
    public string Code { get; } = code;
}
