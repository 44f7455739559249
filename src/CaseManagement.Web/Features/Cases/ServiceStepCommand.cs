using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// The 送达回证 fields shared by the steps that serve a document (告知书, 决定书, 催告书). Which of them a method
/// needs is the domain's rule (民事诉讼法第八十七条至第九十五条): a missing one is refused with its article (409);
/// the validator checks only their shape.
/// </summary>
public abstract record ServiceStepCommand : CaseStepCommand
{
    [Display(Name = "送达方式")]
    public ServiceMethod? Method { get; init; }

    /// <summary>The day on the 回证: handed over, left, sent (电子送达: the day the system shows), posted (邮寄), last published (公告).</summary>
    [Display(Name = "送达日期（邮寄为交邮日期，公告为最后公告日期）")]
    public DateOnly? ServedOn { get; init; }

    /// <summary>送达时间 to the minute ("10:30:00"), for on-the-spot service.</summary>
    [Display(Name = "送达时间")]
    public TimeOnly? Time { get; init; }

    /// <summary>签收人 (留置送达: the person who refused).</summary>
    [Display(Name = "签收人（留置送达为拒收人）")]
    public string? Recipient { get; init; }

    [Display(Name = "签收人与受送达人的关系")]
    public RecipientRelation? Relation { get; init; }

    [Display(Name = "送达地点")]
    public string? Place { get; init; }

    /// <summary>送达人: user names (or ids) of the officers who served.</summary>
    [Display(Name = "送达人")]
    public IReadOnlyList<string>? Servers { get; init; }

    [Display(Name = "拒收事由")]
    public string? RefusalReason { get; init; }

    [Display(Name = "见证人")]
    public IReadOnlyList<WitnessInput>? Witnesses { get; init; }

    /// <summary>拍照、录像 record numbers.</summary>
    [Display(Name = "拍照、录像记录编号")]
    [Microsoft.AspNetCore.Mvc.ModelBinder(typeof(StepFormBinders.Lines))]
    public IReadOnlyList<string>? Recordings { get; init; }

    [Display(Name = "电子送达确认书编号")]
    public string? ConsentReference { get; init; }

    [Display(Name = "电子送达地址（邮箱、号码）")]
    public string? ElectronicAddress { get; init; }

    /// <summary>委托送达 / 转交: the entrusted or forwarding body.</summary>
    [Display(Name = "受委托或转交的机关、单位")]
    public string? Intermediary { get; init; }

    [Display(Name = "邮件号码")]
    public string? TrackingNumber { get; init; }

    [Display(Name = "回执签收日期")]
    public DateOnly? ReturnSlipDate { get; init; }

    [Display(Name = "公告送达的原因")]
    public PublicationGround? PublicationGround { get; init; }

    [Display(Name = "公告载体（每行一项）")]
    [Microsoft.AspNetCore.Mvc.ModelBinder(typeof(StepFormBinders.Lines))]
    public IReadOnlyList<string>? PublicationChannels { get; init; }

    [Display(Name = "备注")]
    public string? Remarks { get; init; }

    /// <summary>The domain's details, with the servers resolved to user ids of the organisation.</summary>
    public async Task<ServiceDetails> DetailsAsync(CaseStep step)
    {
        var servers = Servers is { Count: > 0 } names ? await step.UserIdsAsync(names, "servers") : [];
        return new ServiceDetails
        {
            Recipient = Trimmed(Recipient),
            Relation = Relation,
            Place = Trimmed(Place),
            Time = Time is { } t ? new TimeOnly(t.Hour, t.Minute) : null,
            ServerUserIds = [.. servers.Distinct()],
            RefusalReason = Trimmed(RefusalReason),
            Witnesses = [.. (Witnesses ?? []).Select(w => new ServiceWitness(w.Name!.Trim(), w.Unit?.Trim() ?? ""))],
            Recordings = [.. (Recordings ?? []).Select(r => r.Trim())],
            ConsentReference = Trimmed(ConsentReference),
            ElectronicAddress = Trimmed(ElectronicAddress),
            Intermediary = Trimmed(Intermediary),
            TrackingNumber = Trimmed(TrackingNumber),
            ReturnSlipDate = ReturnSlipDate,
            PublicationGround = PublicationGround,
            PublicationChannels = [.. (PublicationChannels ?? []).Select(c => c.Trim())],
            Remarks = Trimmed(Remarks),
        };
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>留置送达的见证人.</summary>
/// <summary>见证人 of a 留置送达 (民事诉讼法第八十九条). Settable properties, so the step form can build it row by row.</summary>
public sealed record WitnessInput
{
    [Display(Name = "见证人姓名")]
    public string? Name { get; init; }

    [Display(Name = "见证人单位")]
    public string? Unit { get; init; }
}

/// <summary>Shape of the 送达回证 fields: lengths, plain text, dates not in the future, list sizes.</summary>
public abstract class ServiceStepValidator<T> : CaseStepValidator<T>
    where T : ServiceStepCommand
{
    protected ServiceStepValidator(TimeProvider time, string document)
        : base(time)
    {
        RuleFor(c => c.Method).Choice($"{document}送达方式");
        RuleFor(c => c.ServedOn).PastDay($"{document}送达日期", Today);
        RuleFor(c => c.Recipient).OptionalLine("签收人", 100);
        RuleFor(c => c.Relation).OptionalChoice();
        RuleFor(c => c.Place).OptionalLine(300);
        RuleFor(c => c.Servers).Must(s => s is null || s.Count <= 10).WithMessage("送达人不得超过10人")
            .Must(s => s is null || s.All(x => !string.IsNullOrWhiteSpace(x) && CaseInputRules.IsPlain(x, multiLine: false))).WithMessage("送达人不得为空或包含尖括号");
        RuleFor(c => c.RefusalReason).OptionalText(500);
        RuleFor(c => c.Witnesses).Must(w => w is null || w.Count <= 5).WithMessage("见证人不得超过5人");
        RuleForEach(c => c.Witnesses).ChildRules(w =>
        {
            w.RuleFor(x => x.Name).Line(50);
            w.RuleFor(x => x.Unit).OptionalLine(100);
        });
        RuleFor(c => c.Recordings).Must(r => r is null || r.Count <= 20).WithMessage("拍照、录像记录不得超过20项");
        RuleForEach(c => c.Recordings).Line("拍照、录像记录编号", 100);
        RuleFor(c => c.ConsentReference).OptionalLine(100);
        RuleFor(c => c.ElectronicAddress).OptionalLine("电子送达地址", 200);
        RuleFor(c => c.Intermediary).OptionalLine("受委托或转交机关", 200);
        RuleFor(c => c.TrackingNumber).OptionalLine(50);
        RuleFor(c => c.ReturnSlipDate).PastDay(Today).When(c => c.ReturnSlipDate is not null);
        RuleFor(c => c.PublicationGround).OptionalChoice();
        RuleFor(c => c.PublicationChannels).Must(p => p is null || p.Count <= 10).WithMessage("公告方式不得超过10项");
        RuleForEach(c => c.PublicationChannels).Line("公告方式", 100);
        RuleFor(c => c.Remarks).OptionalText(500);
    }
}

internal static class ServiceInputRules
{
    /// <summary>Optional single-line plain text: empty is fine, otherwise as <see cref="CaseInputRules.Line{T}"/>.</summary>
    /// <summary>As above, named by the field's [Display] label.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalLine<T>(this IRuleBuilder<T, string?> rule, int maximumLength) =>
        rule.OptionalLine("{PropertyName}", maximumLength);

    public static IRuleBuilderOptions<T, string?> OptionalLine<T>(this IRuleBuilder<T, string?> rule, string label, int maximumLength) =>
        rule.MaximumLength(maximumLength).WithMessage($"{label}不得超过{maximumLength}个字符")
            .Must(t => string.IsNullOrEmpty(t) || CaseInputRules.IsPlain(t, multiLine: false))
            .WithMessage($"{label}只能是纯文本：不得包含尖括号（<、>）或控制字符");
}
