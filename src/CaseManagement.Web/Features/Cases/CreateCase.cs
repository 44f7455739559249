using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Parties;
using CaseManagement.Domain.Penalties;
using CaseManagement.Web.Audit;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 案源登记 (RegisterLead): a new case in <see cref="CaseState.Lead"/> for the user's organisation. The
/// party's code is checked with its check character (DECISIONS.md §7) and stored normalised.
/// </summary>
public static class CreateCase
{
    public sealed record PartyInput
    {
        public PartyKind? Kind { get; init; }

        public string? Name { get; init; }

        /// <summary>统一社会信用代码 for an organisation, 居民身份证号码 for an individual.</summary>
        public string? IdentifierCode { get; init; }

        public string? Address { get; init; }

        public string? LegalRepresentative { get; init; }
    }

    public sealed record Command : IRequest<CaseView>
    {
        /// <summary>案件来源 (群众举报, 日常巡查, 在线监控 …).</summary>
        public string? Source { get; init; }

        public DateOnly? RegisteredOn { get; init; }

        public string? Cause { get; init; }

        public string? ViolationCode { get; init; }

        public DateOnly? ActDate { get; init; }

        /// <summary>自…起: the day a continuing or repeated act began; empty for an act of one day.</summary>
        public DateOnly? ActStartedOn { get; init; }

        /// <summary>至今仍在继续: the act had not ended when found.</summary>
        public bool ActContinuing { get; init; }

        /// <summary>An earlier discovery than the registration (a patrol, a monitoring report): 处罚时效 runs to it (行政处罚法第三十六条).</summary>
        public DateOnly? DiscoveredOn { get; init; }

        public PartyInput? Party { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider time)
        {
            Func<DateOnly> today = time.TodayInChina;
            RuleFor(c => c.Source).Line("案件来源", 200);
            RuleFor(c => c.RegisteredOn).PastDay("登记日期", today);
            RuleFor(c => c.Cause).Line("案由", 200);
            RuleFor(c => c.ViolationCode).NotEmpty().WithMessage("请选择违法行为")
                .Must(code => code is null || ViolationCatalogue.Default.TryGet(code, out _))
                .WithMessage(c => $"违法行为代码“{c.ViolationCode}”不在违法行为目录中");
            When(c => c.ActDate is not null, () => RuleFor(c => c.ActDate).PastDay("违法行为发生日期", today));
            When(c => c.ActStartedOn is not null, () => RuleFor(c => c.ActStartedOn).PastDay("违法行为开始日期", today));
            RuleFor(c => c.ActStartedOn).NotNull().When(c => c.ActContinuing).WithMessage("违法行为仍在继续的，请填写违法行为开始日期");
            When(c => c.DiscoveredOn is not null, () => RuleFor(c => c.DiscoveredOn).PastDay("发现日期", today));
            RuleFor(c => c.Party).NotNull().WithMessage("请填写当事人");
            When(c => c.Party is not null, () =>
            {
                RuleFor(c => c.Party!.Kind).Choice("当事人类型");
                RuleFor(c => c.Party!.Name).Line("当事人名称", 200);
                RuleFor(c => c.Party!.Address).Line("当事人地址", 300);
                RuleFor(c => c.Party!.LegalRepresentative).OptionalText("法定代表人（负责人）", 100)
                    .Must(t => CaseInputRules.IsPlain(t, multiLine: false)).WithMessage("法定代表人（负责人）只能是纯文本：不得包含尖括号（<、>）或控制字符");
                RuleFor(c => c.Party!.IdentifierCode).Custom((code, context) =>
                {
                    var party = context.InstanceToValidate.Party!;
                    if (party.Kind is null)
                    {
                        return;
                    }

                    if (Check(party.Kind.Value, code, today()) is { Valid: false } check)
                    {
                        var what = party.Kind == PartyKind.Organisation ? "统一社会信用代码" : "居民身份证号码";
                        context.AddFailure($"{what}无效：{check.Reason}");
                    }
                });
            });
        }
    }

    public static IdentifierCheck Check(PartyKind kind, string? code, DateOnly today) => kind == PartyKind.Organisation
        ? UnifiedSocialCreditCode.Validate(code)
        : ResidentIdNumber.Validate(code, today);

    internal sealed class Handler(CaseContextFactory contexts, CaseStepRunner runner, CaseViewBuilder views)
        : IRequestHandler<Command, CaseView>
    {
        public async Task<CaseView> Handle(Command command, CancellationToken ct)
        {
            var context = await contexts.CreateAsync(ct);
            if (!CaseRoleTable.MayFire(context.Actor, CaseTrigger.RegisterLead))
            {
                throw new RoleForbiddenException(CaseRoleTable.Refusal(CaseTrigger.RegisterLead));
            }

            var input = command.Party!;
            var party = new Party(
                input.Kind!.Value,
                input.Name!.Trim(),
                Check(input.Kind.Value, input.IdentifierCode, context.Clock.Today).Normalized,
                input.Address!.Trim(),
                string.IsNullOrWhiteSpace(input.LegalRepresentative) ? null : input.LegalRepresentative.Trim());
            var penaltyCase = PenaltyCase.RegisterLead(context.Actor, context.Clock, new LeadData(
                context.OrganisationId, command.Source!.Trim(), command.RegisteredOn!.Value, command.Cause!.Trim(),
                command.ViolationCode!.Trim(), command.ActDate, party)
            {
                Span = command.ActStartedOn is { } started ? new ActSpan(started, command.ActContinuing) : null,
                DiscoveredOn = command.DiscoveredOn,
            });

            await runner.RegisterAsync(context, penaltyCase, ct);
            return await views.BuildAsync(penaltyCase, context, ct);
        }
    }
}
