namespace CaseManagement.Domain.Cases;

/// <summary>
/// A business rule refused a step. The message is a Chinese sentence an officer understands and cites the
/// article; the web layer turns it into 409.
/// </summary>
public sealed class DomainRuleException(string message) : Exception(message);
