using System.Collections;
using System.Text.RegularExpressions;
using System.Reflection;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;

namespace CaseManagement.Web.Features.Cases;

public enum StepFieldKind
{
    Date,
    Time,
    Enum,
    Flags,
    Decimal,
    Integer,
    Text,
    TextArea,
    Bool,
    Violation,
    Officers,
    Colleagues,
    Person,
    CaseOfficer,
    EvidenceNumbers,
    Lines,
    Group,
    Rows,
}

/// <param name="Name">The form field name: <c>Input.Proposed.Fine</c>, <c>Input.Schedule[0].DueOn</c>.</param>
/// <param name="Path">The property path FluentValidation reports (<c>Proposed.Fine</c>), for errors.</param>
public sealed record StepField(
    string Name, string Path, PropertyInfo Property, string Label, StepFieldKind Kind, Type ValueType, IReadOnlyList<StepField> Children)
{
    public string Id => Name.Replace('.', '_').Replace('[', '_').Replace(']', '_');

    public bool IsMultiValue => Kind is StepFieldKind.Flags or StepFieldKind.Officers or StepFieldKind.Colleagues or StepFieldKind.EvidenceNumbers;
}

/// <summary>
/// The one place that turns a trigger's Command type into a form: DateOnly → date, enum → select (flags →
/// check boxes), decimal → amount, string → text or textarea by name, bool → check box, officer lists → check
/// boxes of certified officers, nested records → groups, lists of records → rows. The posted form is bound back
/// by ASP.NET Core's model binding on the same type (<see cref="StepFormBinders"/> for flags and lines).
/// <c>CaseId</c> comes from the route and <c>Version</c> is a hidden field.
/// </summary>
public static partial class StepFormModel
{
    public const string Prefix = "Input";

    /// <summary>Rows offered for a list of records (分期计划).</summary>
    public const int RowCount = 6;

    private static readonly HashSet<string> Paragraphs = new(StringComparer.Ordinal)
    {
        "Reason", "Summary", "ReportSummary", "Opinion", "Conclusion", "Requirement", "Findings", "RecheckOpinion", "CollectiveDecision", "Remark", "PersonsPresent",
        "Facts", "DiscretionReasons", "DepartmentOpinion", "Proves", "HandlerOpinion", "HeadOpinion",
    };

    /// <summary>
    /// Steps that cannot be undone (a decision, a closure, an ending): the page requires the user to tick
    /// "我已确认…" before it sends them.
    /// </summary>
    public static readonly IReadOnlySet<CaseTrigger> Irreversible = new HashSet<CaseTrigger>
    {
        CaseTrigger.Decide, CaseTrigger.DecideNoPenalty, CaseTrigger.Archive, CaseTrigger.Close,
        CaseTrigger.Transfer, CaseTrigger.Terminate, CaseTrigger.CancelFiling, CaseTrigger.DeclineToFile,
    };

    public static IReadOnlyList<StepField> Describe(string trigger, Type commandType) => Describe(trigger, commandType, Prefix, "");

    private static List<StepField> Describe(string trigger, Type type, string namePrefix, string pathPrefix)
    {
        var fields = new List<StepField>();
        foreach (var property in Properties(type))
        {
            var name = $"{namePrefix}.{property.Name}";
            var path = pathPrefix.Length == 0 ? property.Name : $"{pathPrefix}.{property.Name}";
            var label = FieldLabels.Of(property) ?? property.Name;
            var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var kind = KindOf(property.Name, valueType);
            IReadOnlyList<StepField> children = kind switch
            {
                StepFieldKind.Group => Describe(trigger, valueType, name, path),
                StepFieldKind.Rows => Describe(trigger, ElementType(valueType)!, name + "[#]", path + "[#]"),
                _ => [],
            };
            fields.Add(new StepField(name, path, property, label, kind, valueType, children));
        }

        return fields;
    }

    private static IEnumerable<PropertyInfo> Properties(Type type) => type
        .GetProperties(BindingFlags.Instance | BindingFlags.Public)
        .Where(p => p.CanWrite && p.Name is not (nameof(CaseStepCommand.CaseId) or nameof(CaseStepCommand.Version)) && p.Name != "EqualityContract")
        .OrderBy(p => p.MetadataToken);

    private static StepFieldKind KindOf(string name, Type type)
    {
        if (type == typeof(DateOnly))
        {
            return StepFieldKind.Date;
        }

        if (type == typeof(TimeOnly))
        {
            return StepFieldKind.Time;
        }

        if (type.IsEnum)
        {
            return type.IsDefined(typeof(FlagsAttribute)) ? StepFieldKind.Flags : StepFieldKind.Enum;
        }

        if (type == typeof(decimal))
        {
            return StepFieldKind.Decimal;
        }

        if (type == typeof(int))
        {
            return StepFieldKind.Integer;
        }

        if (type == typeof(bool))
        {
            return StepFieldKind.Bool;
        }

        if (type == typeof(string))
        {
            return name switch
            {
                "ViolationCode" => StepFieldKind.Violation,
                "Presiding" => StepFieldKind.Person,
                "Handler" => StepFieldKind.CaseOfficer,
                _ when Paragraphs.Contains(name) => StepFieldKind.TextArea,
                _ => StepFieldKind.Text,
            };
        }

        if (ElementType(type) is { } element)
        {
            if (element == typeof(string))
            {
                return name switch
                {
                    // 送达人 are officers too (行政处罚法第四十二条), posted by user name like the case's officers.
                    "Officers" or "Servers" => StepFieldKind.Officers,
                    "Recordings" or "PublicationChannels" => StepFieldKind.Lines,
                    _ => StepFieldKind.Colleagues,
                };
            }

            return element == typeof(int) ? StepFieldKind.EvidenceNumbers : StepFieldKind.Rows;
        }

        return StepFieldKind.Group;
    }

    private static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var definition
        && (definition == typeof(IReadOnlyList<>) || definition == typeof(IList<>) || definition == typeof(List<>) || definition == typeof(IEnumerable<>))
            ? type.GetGenericArguments()[0]
            : null;

    /// <summary>
    /// After ASP.NET Core's model binding filled the command from the posted form (<c>TryUpdateModelAsync</c> on
    /// the concrete command type): a form posts every input, so rows and optional groups the user left empty
    /// become absent (null), as the API's JSON simply leaves them out; and a value the binder could not read is
    /// answered with the same Chinese sentence the API gives (<see cref="CaseInputRules"/>).
    /// </summary>
    public static void AfterBinding(object command, IReadOnlyList<StepField> fields, ModelStateDictionary modelState)
    {
        DropUntouched(command, fields);
        var byName = Flatten(fields).ToDictionary(f => f.Name, StringComparer.Ordinal);
        foreach (var (key, entry) in modelState.Where(e => e.Value is { Errors.Count: > 0 }).ToList())
        {
            if (byName.TryGetValue(RowIndex().Replace(key, "[#]"), out var field) && Unreadable(field) is { } message)
            {
                entry!.Errors.Clear();
                entry.Errors.Add(message);
            }
        }
    }

    private static IEnumerable<StepField> Flatten(IEnumerable<StepField> fields) => fields.SelectMany(f => Flatten(f.Children).Prepend(f));

    private static string? Unreadable(StepField field) => field.Kind switch
    {
        StepFieldKind.Date => CaseInputRules.NotADate(field.Label),
        StepFieldKind.Time => CaseInputRules.NotATime(field.Label),
        StepFieldKind.Decimal => CaseInputRules.NotANumber(field.Label),
        StepFieldKind.Integer or StepFieldKind.EvidenceNumbers => CaseInputRules.NotAnInteger(field.Label),
        StepFieldKind.Enum or StepFieldKind.Flags => CaseInputRules.NotAChoice(field.Label, field.ValueType),
        _ => null,
    };

    private static void DropUntouched(object target, IReadOnlyList<StepField> fields)
    {
        foreach (var field in fields)
        {
            var value = field.Property.GetValue(target);
            switch (field.Kind)
            {
                case StepFieldKind.Group when value is not null:
                    DropUntouched(value, field.Children);
                    if (Untouched(value, field.Children))
                    {
                        field.Property.SetValue(target, null);
                    }

                    break;
                case StepFieldKind.Rows when value is IEnumerable rows:
                    var kept = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(ElementType(field.ValueType)!))!;
                    foreach (var row in rows)
                    {
                        DropUntouched(row, field.Children);
                        if (!Untouched(row, field.Children))
                        {
                            kept.Add(row);
                        }
                    }

                    field.Property.SetValue(target, kept.Count == 0 ? null : kept);
                    break;
                case StepFieldKind.Officers or StepFieldKind.Colleagues or StepFieldKind.EvidenceNumbers or StepFieldKind.Lines
                    when value is ICollection { Count: 0 }:
                    field.Property.SetValue(target, null);
                    break;
            }
        }
    }

    // Nothing entered: every field null, false, zero or "None".
    private static bool Untouched(object item, IReadOnlyList<StepField> fields) => fields.All(f =>
        f.Property.GetValue(item) is not { } v || (v.GetType().IsValueType && v.Equals(Activator.CreateInstance(v.GetType()))));

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex RowIndex();

    /// <summary>The posted values, to show the form again as the user filled it.</summary>
    public static Dictionary<string, StringValues> Echo(IFormCollection form) =>
        form.Keys.Where(k => k.StartsWith(Prefix + ".", StringComparison.Ordinal)).ToDictionary(k => k, k => form[k], StringComparer.Ordinal);

    /// <summary>A validator's property path (<c>Checklist.Jurisdiction</c>, <c>Schedule[0].Amount</c>) as the field name.</summary>
    public static string FieldName(string propertyPath) => $"{Prefix}.{propertyPath}";
}
