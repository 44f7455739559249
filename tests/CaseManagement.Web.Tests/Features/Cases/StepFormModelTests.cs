using CaseManagement.Web.Features.Cases;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;

namespace CaseManagement.Web.Tests.Features.Cases;

public class StepFormModelTests
{
    public static TheoryData<string> Triggers() => [.. CaseSteps.ByName.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Triggers))]
    public void Bind_WhenEveryFieldIsPosted_BuildsTheCommandWithoutThrowing(string trigger)
    {
        CaseSteps.TryGet(trigger, out _, out var type);
        var fields = StepFormModel.Describe(trigger, type);
        var form = new Dictionary<string, StringValues>();
        foreach (var field in Flatten(fields))
        {
            form[field.Name.Replace("[#]", "[0]", StringComparison.Ordinal)] = SampleValue(field);
        }

        var modelState = new ModelStateDictionary();

        var command = StepFormModel.Bind(trigger, type, new FormCollection(form), modelState);

        Assert.IsType(type, command);
        Assert.True(modelState.IsValid, string.Join("; ", modelState.SelectMany(e => e.Value!.Errors.Select(x => $"{e.Key}: {x.ErrorMessage}"))));
    }

    [Fact]
    public void Describe_ServiceFields_OffersCertifiedOfficersAsServersAndTimeAsATime()
    {
        var fields = StepFormModel.Describe("Serve", typeof(Serve.Command));

        Assert.Equal(StepFieldKind.Officers, fields.Single(f => f.Property.Name == "Servers").Kind);
        Assert.Equal(StepFieldKind.Time, fields.Single(f => f.Property.Name == "Time").Kind);
        Assert.Equal(StepFieldKind.Lines, fields.Single(f => f.Property.Name == "Recordings").Kind);
        Assert.Equal(StepFieldKind.Rows, fields.Single(f => f.Property.Name == "Witnesses").Kind);
    }

    private static IEnumerable<StepField> Flatten(IEnumerable<StepField> fields) =>
        fields.SelectMany(f => f.Children.Count == 0 ? [f] : Flatten(f.Children));

    private static string SampleValue(StepField field) => field.Kind switch
    {
        StepFieldKind.Date => "2026-11-20",
        StepFieldKind.Time => "10:30",
        StepFieldKind.Enum or StepFieldKind.Flags => Enum.GetNames(field.ValueType).Last(),
        StepFieldKind.Decimal => "1000.00",
        StepFieldKind.Integer or StepFieldKind.EvidenceNumbers => "1",
        StepFieldKind.Bool => "true",
        _ => "样例",
    };
}
