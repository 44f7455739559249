namespace CaseManagement.Domain.Money;

/// <summary>An amount that cannot be a sum of money in yuan (negative, finer than a fen, or too large).</summary>
public sealed class InvalidAmountException(string message) : ArgumentException(message);
