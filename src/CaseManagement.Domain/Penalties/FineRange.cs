namespace CaseManagement.Domain.Penalties;

/// <summary>
/// A statutory fine range in yuan, both ends included (“以上”“以下”包括本数，民法典第一千二百五十九条).
/// A provision that names only a maximum (“五万元以下”) has a minimum of zero.
/// </summary>
public readonly record struct FineRange
{
    public FineRange(decimal minimum, decimal maximum)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimum);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, minimum);
        Minimum = minimum;
        Maximum = maximum;
    }

    public decimal Minimum { get; }

    public decimal Maximum { get; }

    public bool Contains(decimal amount) => amount >= Minimum && amount <= Maximum;

    public override string ToString() => $"{Minimum}–{Maximum}";
}
