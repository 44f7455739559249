using System.Collections.Frozen;
using CaseManagement.Domain.Cases;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// Trigger name → the command of its use case: each trigger has one static class named after it in this
/// folder with a nested <c>Command</c> deriving from <see cref="CaseStepCommand"/>. Names match ignoring case.
/// </summary>
public static class CaseSteps
{
    public static readonly FrozenDictionary<string, (CaseTrigger Trigger, Type Command)> ByName = Build();

    public static bool TryGet(string name, out CaseTrigger trigger, out Type command)
    {
        var found = ByName.TryGetValue(name, out var step);
        (trigger, command) = step;
        return found;
    }

    private static FrozenDictionary<string, (CaseTrigger, Type)> Build()
    {
        var commands = typeof(CaseSteps).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, Name: "Command", DeclaringType: not null }
                        && t.Namespace == typeof(CaseSteps).Namespace
                        && typeof(CaseStepCommand).IsAssignableFrom(t))
            .ToDictionary(t => t.DeclaringType!.Name, StringComparer.Ordinal);
        return Enum.GetValues<CaseTrigger>()
            .Where(trigger => commands.ContainsKey(trigger.ToString()))
            .ToFrozenDictionary(trigger => trigger.ToString(), trigger => (trigger, commands[trigger.ToString()]), StringComparer.OrdinalIgnoreCase);
    }
}
