using System.Globalization;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Money;
using CaseManagement.Domain.Penalties;
using CaseManagement.Web.Features.Shared;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// One step of a case (<c>/cases/{id}/steps/{trigger}</c>): the form generated from the trigger's Command
/// (<see cref="StepFormModel"/>), posted as the same MediatR command the API sends, with the case id from
/// the route and the version the user saw from a hidden field.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.CaseWorker)]
public sealed class StepModel(IMediator mediator, TimeProvider time) : FormPageModel
{
    public const string ConfirmField = "Confirmed";

    [FromRoute]
    public long Id { get; set; }

    [FromRoute(Name = "trigger")]
    public string TriggerName { get; set; } = "";

    public CaseTrigger Trigger { get; private set; }

    public CaseView Case { get; private set; } = null!;

    public IReadOnlyList<StepField> Fields { get; private set; } = [];

    public Dictionary<string, StringValues> Values { get; private set; } = new(StringComparer.Ordinal);

    public PageChoices.Choices Choices { get; private set; } = null!;

    public Guid Version { get; private set; }

    public DateOnly Today { get; private set; }

    public string Title => Trigger.ToChinese();

    public bool Allowed => Case.AllowedActions.Contains(Trigger.ToString());

    public bool Irreversible => StepFormModel.Irreversible.Contains(Trigger);

    /// <summary>案件审查、法制审核、集体讨论 and the decision are made with the file beside the form.</summary>
    public static bool ShowsCaseFile(CaseTrigger trigger) => trigger is CaseTrigger.CompleteCaseReview or CaseTrigger.IssueNotice
        or CaseTrigger.ReturnForInvestigation or CaseTrigger.PassLegalReview or CaseTrigger.RequireDiscussion
        or CaseTrigger.ConcludeDiscussion or CaseTrigger.Decide or CaseTrigger.DecideNoPenalty;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!CaseSteps.TryGet(TriggerName, out var trigger, out var commandType))
        {
            return NotFound();
        }

        await LoadAsync(trigger, commandType, ct);
        Version = Case.Version;
        Values = PageDefaults.For(Trigger, Case, Choices, Today);
        if (Trigger == CaseTrigger.EditEvidence && int.TryParse(Request.Query["number"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            PageDefaults.FillEvidence(Values, Case, number);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CaseSteps.TryGet(TriggerName, out var trigger, out var commandType))
        {
            return NotFound();
        }

        var form = await Request.ReadFormAsync(ct);

        // ASP.NET Core model binding on the concrete command type, the type the API deserialises.
        var command = (CaseStepCommand)Activator.CreateInstance(commandType)!;
        await TryUpdateModelAsync(command, commandType, StepFormModel.Prefix);
        StepFormModel.AfterBinding(command, StepFormModel.Describe(trigger.ToString(), commandType), ModelState);
        command.CaseId = Id;
        typeof(CaseStepCommand).GetProperty(nameof(CaseStepCommand.Version))!
            .SetValue(command, Guid.TryParse(form[nameof(Version)], out var version) ? version : Guid.Empty);
        if (StepFormModel.Irreversible.Contains(trigger) && form[ConfirmField] != "true")
        {
            ModelState.AddModelError(ConfirmField, "该操作不可撤销，请先勾选确认。");
        }

        if (ModelState.IsValid && (await TrySendAsync(mediator, command, StepFormModel.Prefix, ct)).Succeeded)
        {
            TempData["Notice"] = $"已完成：{trigger.ToChinese()}。";
            return Redirect($"/cases/{Id}");
        }

        await LoadAsync(trigger, commandType, ct);
        ChoiceErrorsInChinese();
        Version = version;
        Values = StepFormModel.Echo(form);
        return Page();
    }

    /// <summary>
    /// The discretion calculator's recommendation (裁量基准): P from the chosen grade of each factor, the
    /// fine placed in the statutory range the page got from /api/tools/penalty-range.
    /// </summary>
    public IActionResult OnGetDiscretion(decimal minimum, decimal maximum)
    {
        if (minimum < 0 || maximum < minimum)
        {
            return BadRequest();
        }

        var levels = new Dictionary<DiscretionFactor, int>();
        foreach (var factor in DiscretionTable.Default.Factors)
        {
            if (int.TryParse(Request.Query[factor.Factor.ToString()], NumberStyles.Integer, CultureInfo.InvariantCulture, out var level))
            {
                levels[factor.Factor] = level;
            }
        }

        try
        {
            var result = Discretion.Recommend(new FineRange(minimum, maximum), DiscretionTable.Default, levels);
            return new JsonResult(new
            {
                percentage = result.Percentage,
                recommended = result.Recommended,
                uppercase = RmbUppercase.FormatWithPrefix(result.Recommended),
                explanation = result.Explanation,
            });
        }
        catch (PenaltyInputException refusal)
        {
            return BadRequest(new { detail = refusal.Message });
        }
    }

    public string Value(string name) => Values.TryGetValue(name, out var value) ? value.FirstOrDefault() ?? "" : "";

    public bool Has(string name, string value) => Values.TryGetValue(name, out var values) && values.Contains(value);

    /// <summary>Errors recorded under keys no field shows (a rule on a whole group, an unknown path).</summary>
    public IEnumerable<string> OtherErrors()
    {
        var shown = new HashSet<string>(StringComparer.Ordinal) { StepFormModel.Prefix, ConfirmField };
        foreach (var field in Fields)
        {
            Collect(field, shown);
        }

        return ModelState.Where(e => !shown.Contains(e.Key) && !e.Key.StartsWith(StepFormModel.Prefix + ".Schedule[", StringComparison.Ordinal))
            .SelectMany(e => e.Value!.Errors.Select(x => x.ErrorMessage));
    }

    /// <summary>
    /// The use cases name the allowed codes of a missing choice ("请选择送达方式：Direct、Mail…") for API
    /// clients; the page offers the choices in the select, so it asks for the field by its label.
    /// </summary>
    private void ChoiceErrorsInChinese()
    {
        foreach (var field in Fields.Where(f => f.Kind == StepFieldKind.Enum))
        {
            if (ModelState.TryGetValue(field.Name, out var entry) && entry.Errors.Any(e => e.ErrorMessage.StartsWith("请选择", StringComparison.Ordinal)))
            {
                var others = entry.Errors.Where(e => !e.ErrorMessage.StartsWith("请选择", StringComparison.Ordinal)).Select(e => e.ErrorMessage).ToList();
                ModelState.Remove(field.Name);
                ModelState.AddModelError(field.Name, $"请选择{field.Label}");
                others.ForEach(message => ModelState.AddModelError(field.Name, message));
            }
        }
    }

    private static void Collect(StepField field, HashSet<string> names)
    {
        names.Add(field.Name);
        foreach (var child in field.Children)
        {
            Collect(child, names);
        }
    }

    private async Task LoadAsync(CaseTrigger trigger, Type commandType, CancellationToken ct)
    {
        Trigger = trigger;
        Fields = StepFormModel.Describe(trigger.ToString(), commandType);
        Case = await mediator.Send(new GetCase.Query(Id), ct);
        Choices = await mediator.Send(new PageChoices.Query(), ct);
        Today = time.TodayInChina();
    }
}
