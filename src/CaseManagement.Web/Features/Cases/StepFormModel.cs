using System.Collections;
using System.Globalization;
using System.Reflection;
using CaseManagement.Domain.Cases;
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
/// The one place that turns a trigger's Command type into a form and a posted form back into the command:
/// DateOnly → date, enum → select (flags → check boxes), decimal → amount, string → text or textarea by
/// name, bool → check box, officer lists → check boxes of certified officers, nested records → groups,
/// lists of records → rows. <c>CaseId</c> comes from the route and <c>Version</c> is a hidden field.
/// </summary>
public static class StepFormModel
{
    public const string Prefix = "Input";

    /// <summary>Rows offered for a list of records (分期计划).</summary>
    public const int RowCount = 6;

    private static readonly HashSet<string> Paragraphs = new(StringComparer.Ordinal)
    {
        "Reason", "Summary", "ReportSummary", "Opinion", "Conclusion", "Requirement", "Findings", "RecheckOpinion", "CollectiveDecision", "Remark",
        "Facts", "DiscretionReasons", "DepartmentOpinion", "Proves",
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
            var label = PageLabels.Field(trigger, property.Name);
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
    /// Builds the command from the posted form. Values that cannot be read (a malformed date or number, an
    /// unknown choice) are recorded in <paramref name="modelState"/> under their field name and left empty;
    /// everything else is judged by the use case's validator.
    /// </summary>
    public static CaseStepCommand Bind(string trigger, Type commandType, IFormCollection form, ModelStateDictionary modelState)
    {
        var command = (CaseStepCommand)Activator.CreateInstance(commandType)!;
        Fill(command, Describe(trigger, commandType), form, modelState, "");
        return command;
    }

    private static bool Fill(object target, IReadOnlyList<StepField> fields, IFormCollection form, ModelStateDictionary modelState, string index)
    {
        var anything = false;
        foreach (var field in fields)
        {
            var name = field.Name.Replace("[#]", index, StringComparison.Ordinal);
            var (value, given) = Read(field, name, form, modelState);
            anything |= given;
            if (value is not null)
            {
                field.Property.SetValue(target, value);
            }
        }

        return anything;
    }

    private static (object? Value, bool Given) Read(StepField field, string name, IFormCollection form, ModelStateDictionary modelState)
    {
        var values = form[name];
        var text = values.FirstOrDefault()?.Trim();
        var given = !string.IsNullOrEmpty(text);
        switch (field.Kind)
        {
            case StepFieldKind.Date:
                if (!given)
                {
                    return (null, false);
                }

                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return (date, true);
                }

                modelState.AddModelError(name, $"{field.Label}不是有效日期（格式：年-月-日）");
                return (null, true);

            case StepFieldKind.Time:
                if (!given)
                {
                    return (null, false);
                }

                if (TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                {
                    return (time, true);
                }

                modelState.AddModelError(name, $"{field.Label}不是有效时间（格式：时:分）");
                return (null, true);

            case StepFieldKind.Lines:
                var lines = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
                return (lines.Count == 0 ? null : lines, lines.Count > 0);

            case StepFieldKind.Enum:
                if (!given)
                {
                    return (null, false);
                }

                if (!int.TryParse(text, out _) && Enum.TryParse(field.ValueType, text, ignoreCase: true, out var choice) && Enum.IsDefined(field.ValueType, choice!))
                {
                    return (choice, true);
                }

                modelState.AddModelError(name, $"请从列表中选择{field.Label}");
                return (null, true);

            case StepFieldKind.Flags:
                var flags = 0;
                foreach (var flag in values.Where(v => !string.IsNullOrWhiteSpace(v)))
                {
                    if (!int.TryParse(flag, out _) && Enum.TryParse(field.ValueType, flag, ignoreCase: true, out var one))
                    {
                        flags |= Convert.ToInt32(one, CultureInfo.InvariantCulture);
                    }
                    else
                    {
                        modelState.AddModelError(name, $"{field.Label}中有无效的选项");
                    }
                }

                return (Enum.ToObject(field.ValueType, flags), flags != 0);

            case StepFieldKind.Decimal:
                if (!given)
                {
                    return (null, false);
                }

                if (decimal.TryParse(text!.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
                {
                    return (amount, true);
                }

                modelState.AddModelError(name, $"{field.Label}须为数字，如 50000.00");
                return (null, true);

            case StepFieldKind.Integer:
                if (!given)
                {
                    return (null, false);
                }

                if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                {
                    return (number, true);
                }

                modelState.AddModelError(name, $"{field.Label}须为整数");
                return (null, true);

            case StepFieldKind.Bool:
                // A check box posts "true" when ticked (plus, for radio pairs, "false" when 退回 is chosen).
                return (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase), given);

            case StepFieldKind.Officers or StepFieldKind.Colleagues:
                var names = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
                return (names.Count == 0 ? null : names, names.Count > 0);

            case StepFieldKind.EvidenceNumbers:
                var numbers = new List<int>();
                foreach (var item in values.Where(v => !string.IsNullOrWhiteSpace(v)))
                {
                    if (int.TryParse(item, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
                    {
                        numbers.Add(n);
                    }
                    else
                    {
                        modelState.AddModelError(name, $"{field.Label}中有无效的证据序号");
                    }
                }

                return (numbers.Count == 0 ? null : numbers, numbers.Count > 0);

            case StepFieldKind.Group:
                // An untouched optional group (调整后的拟处罚意见) stays null; the validator decides whether it was required.
                var group = Activator.CreateInstance(field.ValueType)!;
                return Fill(group, field.Children, form, modelState, "") ? (group, true) : (null, false);

            case StepFieldKind.Rows:
                var elementType = field.ValueType.GetGenericArguments()[0];
                var rows = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
                for (var i = 0; i < RowCount; i++)
                {
                    var row = Activator.CreateInstance(elementType)!;
                    if (Fill(row, field.Children, form, modelState, $"[{i}]"))
                    {
                        rows.Add(row);
                    }
                }

                return (rows.Count == 0 ? null : rows, rows.Count > 0);

            default:
                return (given ? text : null, given);
        }
    }

    /// <summary>The posted values, to show the form again as the user filled it.</summary>
    public static Dictionary<string, StringValues> Echo(IFormCollection form) =>
        form.Keys.Where(k => k.StartsWith(Prefix + ".", StringComparison.Ordinal)).ToDictionary(k => k, k => form[k], StringComparer.Ordinal);

    /// <summary>A validator's property path (<c>Checklist.Jurisdiction</c>, <c>Schedule[0].Amount</c>) as the field name.</summary>
    public static string FieldName(string propertyPath) => $"{Prefix}.{propertyPath}";
}
