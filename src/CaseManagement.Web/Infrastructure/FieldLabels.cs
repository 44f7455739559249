using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace CaseManagement.Web.Infrastructure;

/// <summary>
/// The Chinese name of a command's field: its <c>[Display(Name = "…")]</c>. The step form shows it, the validators'
/// messages use it, and the API's problem details name the field by it.
/// </summary>
public static class FieldLabels
{
    /// <summary>The label, or null when the member carries none (FluentValidation then falls back to the member name).</summary>
    public static string? Of(MemberInfo? member) => member?.GetCustomAttribute<DisplayAttribute>()?.GetName();

    /// <summary>
    /// The label of <paramref name="member"/> as <paramref name="type"/> declares it: a rule written once on a shared
    /// base property (<c>c =&gt; c.Reason</c> of a reason step) names the field by the label of the command's override.
    /// </summary>
    /// <remarks>
    /// Remembered per (type, member): FluentValidation asks for the display name of every rule on every validation,
    /// failing or not, and the attributes of a compiled type never change.
    /// </remarks>
    public static string? Of(Type type, MemberInfo? member) =>
        member is null ? null : ByMember.GetOrAdd((type, member), static key => Read(key.Type, key.Member));

    private static readonly ConcurrentDictionary<(Type Type, MemberInfo Member), string?> ByMember = new();

    private static string? Read(Type type, MemberInfo member) =>
        member is PropertyInfo && member.DeclaringType != type
            && type.GetProperties(BindingFlags.Instance | BindingFlags.Public).FirstOrDefault(p => p.Name == member.Name) is { } own
            ? Of(own) ?? Of(member)
            : Of(member);

    /// <summary>The label of the property at <paramref name="path"/> ("Proposed.Fine", "Schedule[0].Amount") of <paramref name="type"/>, or null.</summary>
    public static string? Of(Type type, string path)
    {
        PropertyInfo? property = null;
        foreach (var part in path.Split('.'))
        {
            var name = part.Split('[')[0];
            property = type.GetProperty(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.IgnoreCase);
            if (property is null)
            {
                return null;
            }

            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            type = part.Contains('[', StringComparison.Ordinal) && propertyType.IsGenericType ? propertyType.GetGenericArguments()[0] : propertyType;
        }

        return Of(property);
    }
}
