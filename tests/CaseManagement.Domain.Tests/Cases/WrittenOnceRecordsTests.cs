using System.Reflection;
using CaseManagement.Domain.Cases;

namespace CaseManagement.Domain.Tests.Cases;

/// <summary>
/// A history line and a 检查笔录 are written once: the persistence reads them without tracking and never writes a stored
/// one again (Persistence/CaseQueries, <c>WrittenOnceRows</c>). These hold the domain to that: if either type gains a
/// member that could change it after it is made, a change would be silently lost, so the test fails first.
/// </summary>
public sealed class WrittenOnceRecordsTests
{
    public static TheoryData<Type> WrittenOnce => [typeof(CaseEvent), typeof(InvestigationRecord)];

    [Theory]
    [MemberData(nameof(WrittenOnce))]
    public void WrittenOnceType_HasNoMemberThatChangesIt(Type type)
    {
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

        // Methods other than the properties' accessors (a private setter is how the database fills the object).
        var methods = type.GetMethods(all).Where(m => !m.IsSpecialName && m.DeclaringType == type).Select(m => m.Name);
        Assert.Empty(methods);

        // Setters only the object itself (and the database) can call.
        var settable = type.GetProperties(all).Where(p => p.SetMethod is { IsPrivate: false }).Select(p => p.Name);
        Assert.Empty(settable);

        // Fields that cannot be replaced; a list field is filled by the constructor only (there is no method to add to it).
        var writableFields = type.GetFields(all).Where(f => !f.IsInitOnly && !f.Name.Contains("k__BackingField", StringComparison.Ordinal)).Select(f => f.Name);
        Assert.Empty(writableFields);
    }

    [Fact]
    public void CaseCollections_OfWrittenOnceRows_AreReadOnlyToCallers()
    {
        // The case hands out its lines and records as read-only lists; it only ever appends to them (RecordInvestigation, every step's line).
        Assert.Equal(typeof(IReadOnlyList<CaseEvent>), typeof(PenaltyCase).GetProperty(nameof(PenaltyCase.History))!.PropertyType);
        Assert.Equal(typeof(IReadOnlyList<InvestigationRecord>), typeof(PenaltyCase).GetProperty(nameof(PenaltyCase.Records))!.PropertyType);
    }
}
