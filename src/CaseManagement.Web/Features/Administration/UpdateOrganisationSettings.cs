using System.Text.Encodings.Web;
using System.Text.Json;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Audit;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Administration;

/// <summary>
/// The administrator edits the organisation's printed details and the configurable rules of
/// DECISIONS.md §3. The form carries the <see cref="Organisation.Version"/> it was read at; a save
/// over someone else's newer edit is refused instead of silently overwriting it.
/// </summary>
public static class UpdateOrganisationSettings
{
    public const string AuditAction = "修改单位设置";
    public const string StaleMessage = "单位设置已被他人修改，请刷新页面后重新编辑。";

    /// <summary>The label, unit and legal basis shown beside each rule, in form order.</summary>
    public sealed record RuleField(string Name, string Label, string Unit, string Basis);

    public static IReadOnlyList<RuleField> RuleFields { get; } =
    [
        new(nameof(Command.FilingDecisionDays), "立案审查期限", "日", "收到案源后决定是否立案的期限（《生态环境行政处罚办法》）"),
        new(nameof(Command.FilingExtensionDays), "立案审查延长", "日", "经负责人批准可延长的日数"),
        new(nameof(Command.StatementPeriodWorkingDays), "陈述申辩期限", "个工作日", "告知书送达后当事人陈述、申辩的期限（行政处罚法第四十四条、第四十五条）"),
        new(nameof(Command.HearingThresholdOrganisation), "较大数额罚款（单位）", "元", "罚款达到此数额的应告知听证权利（行政处罚法第六十三条第一款第一项）"),
        new(nameof(Command.HearingThresholdIndividual), "较大数额罚款（个人）", "元", "罚款达到此数额的应告知听证权利（行政处罚法第六十三条第一款第一项）"),
        new(nameof(Command.DiscussionThresholdMultiplier), "集体讨论倍数", "倍", "拟罚款达到单位听证数额乘以此倍数的须集体讨论（行政处罚法第五十七条第二款）"),
        new(nameof(Command.DecisionLimitDays), "作出决定期限", "日", "自立案之日起九十日内作出决定（行政处罚法第六十条），不得超过90日"),
        new(nameof(Command.DecisionExtensionDays), "决定期限延长", "日", "经负责人批准可延长的日数（行政处罚法第六十条）"),
        new(nameof(Command.ServiceWorkingDays), "决定书送达期限", "个工作日", "未当场交付的，七日内送达（行政处罚法第六十一条），不得超过7日"),
        new(nameof(Command.PublicNoticeDays), "公告送达期间", "日", "自公告发出之日起经过三十日视为送达（民事诉讼法第九十五条），不得少于30日"),
        new(nameof(Command.PaymentDays), "缴纳罚款期限", "日", "自收到决定书之日起十五日内缴纳（行政处罚法第六十七条），不得少于15日"),
        new(nameof(Command.SurchargeRatePerDay), "加处罚款日比例", "（0.03 即 3%）", "每日按罚款数额的百分之三加处罚款（行政处罚法第七十二条第一款第一项），不得超过0.03"),
        new(nameof(Command.DemandWaitWorkingDays), "催告后申请强制执行等待期", "个工作日", "催告书送达十日后方可申请法院强制执行（行政强制法第五十四条），不得少于10日"),
        new(nameof(Command.PublicationWorkingDays), "行政处罚信息公示期限", "个工作日", "作出决定后七个工作日内公示（国办发〔2018〕118号）"),
    ];

    public sealed record Command : IRequest<Guid>
    {
        public Guid Version { get; init; }

        public string Name { get; init; } = "";

        public string ShortCode { get; init; } = "";

        public string? SealText { get; init; }

        public string? Address { get; init; }

        public string? Phone { get; init; }

        public string? ReconsiderationBody { get; init; }

        public string? Court { get; init; }

        public string? PaymentInstructions { get; init; }

        public int? FilingDecisionDays { get; init; }

        public int? FilingExtensionDays { get; init; }

        public int? StatementPeriodWorkingDays { get; init; }

        public decimal? HearingThresholdOrganisation { get; init; }

        public decimal? HearingThresholdIndividual { get; init; }

        public int? DiscussionThresholdMultiplier { get; init; }

        public int? DecisionLimitDays { get; init; }

        public int? DecisionExtensionDays { get; init; }

        public int? ServiceWorkingDays { get; init; }

        public int? PublicNoticeDays { get; init; }

        public int? PaymentDays { get; init; }

        public decimal? SurchargeRatePerDay { get; init; }

        public int? DemandWaitWorkingDays { get; init; }

        public int? PublicationWorkingDays { get; init; }

        public static Command From(Organisation organisation)
        {
            var rules = organisation.ToRules();
            return new Command
            {
                Version = organisation.Version,
                Name = organisation.Name,
                ShortCode = organisation.ShortCode,
                SealText = organisation.SealText,
                Address = organisation.Address,
                Phone = organisation.Phone,
                ReconsiderationBody = organisation.ReconsiderationBody,
                Court = organisation.Court,
                PaymentInstructions = organisation.PaymentInstructions,
                FilingDecisionDays = rules.FilingDecisionDays,
                FilingExtensionDays = rules.FilingExtensionDays,
                StatementPeriodWorkingDays = rules.StatementPeriodWorkingDays,
                HearingThresholdOrganisation = rules.HearingThresholdOrganisation,
                HearingThresholdIndividual = rules.HearingThresholdIndividual,
                DiscussionThresholdMultiplier = rules.DiscussionThresholdMultiplier,
                DecisionLimitDays = rules.DecisionLimitDays,
                DecisionExtensionDays = rules.DecisionExtensionDays,
                ServiceWorkingDays = rules.ServiceWorkingDays,
                PublicNoticeDays = rules.PublicNoticeDays,
                PaymentDays = rules.PaymentDays,
                SurchargeRatePerDay = rules.SurchargeRatePerDay,
                DemandWaitWorkingDays = rules.DemandWaitWorkingDays,
                PublicationWorkingDays = rules.PublicationWorkingDays,
            };
        }

        internal OrganisationDetails ToDetails() => new(
            Name.Trim(), ShortCode.Trim(), SealText ?? "", Address ?? "", Phone ?? "", ReconsiderationBody ?? "", Court ?? "", PaymentInstructions ?? "");

        internal CaseRules ToRules() => new()
        {
            FilingDecisionDays = FilingDecisionDays!.Value,
            FilingExtensionDays = FilingExtensionDays!.Value,
            StatementPeriodWorkingDays = StatementPeriodWorkingDays!.Value,
            HearingThresholdOrganisation = HearingThresholdOrganisation!.Value,
            HearingThresholdIndividual = HearingThresholdIndividual!.Value,
            DiscussionThresholdMultiplier = DiscussionThresholdMultiplier!.Value,
            DecisionLimitDays = DecisionLimitDays!.Value,
            DecisionExtensionDays = DecisionExtensionDays!.Value,
            ServiceWorkingDays = ServiceWorkingDays!.Value,
            PublicNoticeDays = PublicNoticeDays!.Value,
            PaymentDays = PaymentDays!.Value,
            SurchargeRatePerDay = SurchargeRatePerDay!.Value,
            DemandWaitWorkingDays = DemandWaitWorkingDays!.Value,
            PublicationWorkingDays = PublicationWorkingDays!.Value,
        };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("请填写执法机关名称").MaximumLength(100).WithMessage("名称不能超过100个字");
            RuleFor(c => c.ShortCode).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("请填写文号简称").MaximumLength(20).WithMessage("文号简称不能超过20个字");
            RuleFor(c => c.SealText).MaximumLength(100).WithMessage("印章文字不能超过100个字");
            RuleFor(c => c.Address).MaximumLength(200).WithMessage("地址不能超过200个字");
            RuleFor(c => c.Phone).MaximumLength(50).WithMessage("电话不能超过50个字符");
            RuleFor(c => c.ReconsiderationBody).MaximumLength(200).WithMessage("复议机关不能超过200个字");
            RuleFor(c => c.Court).MaximumLength(100).WithMessage("人民法院不能超过100个字");
            RuleFor(c => c.PaymentInstructions).MaximumLength(1000).WithMessage("缴款方式不能超过1000个字");

            Days(c => c.FilingDecisionDays, 1, 90);
            Days(c => c.FilingExtensionDays, 0, 90);
            Days(c => c.StatementPeriodWorkingDays, 1, 30);
            Money(c => c.HearingThresholdOrganisation);
            Money(c => c.HearingThresholdIndividual);
            Days(c => c.DiscussionThresholdMultiplier, 1, 100);
            // 行政处罚法第六十条：九十日内作出行政处罚决定
            Days(c => c.DecisionLimitDays, 1, 90);
            Days(c => c.DecisionExtensionDays, 0, 90);
            // 行政处罚法第六十一条：七日内送达
            Days(c => c.ServiceWorkingDays, 1, 7);
            // 民事诉讼法第九十五条：经过三十日，即视为送达
            Days(c => c.PublicNoticeDays, 30, 90);
            // 行政处罚法第六十七条：当事人自收到决定书之日起十五日内缴纳，期限不得缩短
            Days(c => c.PaymentDays, 15, 60);
            // 行政处罚法第七十二条第一款第一项：每日按罚款数额的百分之三加处罚款
            RuleFor(c => c.SurchargeRatePerDay).NotNull().WithMessage("请填写此项")
                .GreaterThan(0).WithMessage("须大于0")
                .LessThanOrEqualTo(0.03m).WithMessage("不得超过0.03（行政处罚法第七十二条：每日百分之三）")
                .Must(r => r is null || decimal.Round(r.Value, 4) == r.Value).WithMessage("至多四位小数");
            // 行政强制法第五十四条：催告书送达十日后
            Days(c => c.DemandWaitWorkingDays, 10, 30);
            Days(c => c.PublicationWorkingDays, 1, 20);
        }

        private void Days(System.Linq.Expressions.Expression<Func<Command, int?>> field, int minimum, int maximum) =>
            RuleFor(field).NotNull().WithMessage("请填写此项")
                .InclusiveBetween(minimum, maximum).WithMessage($"须在{minimum}至{maximum}之间");

        private void Money(System.Linq.Expressions.Expression<Func<Command, decimal?>> field) =>
            RuleFor(field).NotNull().WithMessage("请填写此项")
                .GreaterThan(0).WithMessage("须大于0")
                .LessThan(1_000_000_000m).WithMessage("数额过大")
                .Must(v => v is null || decimal.Round(v.Value, 2) == v.Value).WithMessage("金额至多两位小数");
    }

    /// <summary>Returns the new version.</summary>
    internal sealed class Handler(CaseDbContext db, AuditLog audit, ICurrentUser administrator) : IRequestHandler<Command, Guid>
    {
        private static readonly JsonSerializerOptions AuditJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public async Task<Guid> Handle(Command command, CancellationToken ct)
        {
            var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == administrator.OrganisationId, ct)
                ?? throw new NotFoundException("当前账号未关联执法机关。");
            if (organisation.Version != command.Version)
            {
                throw new ConflictException(StaleMessage);
            }

            var shortCode = command.ShortCode.Trim();
            if (await db.Organisations.AnyAsync(o => o.Id != organisation.Id && o.ShortCode == shortCode, ct))
            {
                throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(Command.ShortCode), "该文号简称已被其他执法机关使用")]);
            }

            // The version read by the form is what the UPDATE compares, so a concurrent save in between fails too.
            db.Entry(organisation).Property(o => o.Version).OriginalValue = command.Version;
            var before = Describe(organisation);
            organisation.UpdateDetails(command.ToDetails());
            organisation.UpdateRules(command.ToRules());
            audit.Append(administrator.UserId, AuditAction, caseId: null, $"{administrator.DisplayName}修改单位设置", before, Describe(organisation));
            await db.SaveChangesAsync(ct);
            return organisation.Version;
        }

        private static string Describe(Organisation organisation) =>
            JsonSerializer.Serialize(new { organisation.Details, Rules = organisation.ToRules() }, AuditJson);
    }
}
