using CaseManagement.Domain.Cases;

namespace CaseManagement.Domain.Penalties;

/// <summary>
/// The configurable violation catalogue (DECISIONS.md §6). <see cref="Default"/> is the seed; a stored
/// and edited catalogue is built with the constructor.
/// </summary>
public sealed class ViolationCatalogue
{
    public const string EiaUnapprovedConstruction = nameof(EiaUnapprovedConstruction);
    public const string EiaRegistrationNotFiled = nameof(EiaRegistrationNotFiled);
    public const string AcceptanceNotCompleted = nameof(AcceptanceNotCompleted);
    public const string AirEmissionExceedance = nameof(AirEmissionExceedance);
    public const string WaterDischargeExceedance = nameof(WaterDischargeExceedance);

    private readonly Dictionary<string, Violation> byCode;

    public ViolationCatalogue(IEnumerable<Violation> violations)
    {
        Violations = violations.ToArray();
        byCode = new Dictionary<string, Violation>(StringComparer.OrdinalIgnoreCase);
        foreach (var violation in Violations)
        {
            if (!byCode.TryAdd(violation.Code, violation))
            {
                throw new ArgumentException($"违法行为代码“{violation.Code}”重复", nameof(violations));
            }
        }
    }

    public static ViolationCatalogue Default { get; } = new(Seed());

    public IReadOnlyList<Violation> Violations { get; }

    /// <summary>The violation with this code (case-insensitive); <see cref="UnknownViolationException"/> otherwise.</summary>
    public Violation Get(string code) =>
        TryGet(code, out var violation) ? violation : throw new UnknownViolationException(code);

    public bool TryGet(string? code, out Violation violation)
    {
        violation = null!;
        return code is not null && byCode.TryGetValue(code.Trim(), out violation!);
    }

    /// <summary>The seed of DECISIONS.md §6; every amount and article checked against the law texts.</summary>
    public static IReadOnlyList<Violation> Seed()
    {
        // 2016年7月2日修正的环境影响评价法自2016年9月1日起施行，第三十一条自此按总投资额计罚。
        var eiaLawFrom = new DateOnly(2016, 9, 1);
        // 2017年修订的建设项目环境保护管理条例（国务院令第682号）自2017年10月1日起施行。
        var regulationFrom = new DateOnly(2017, 10, 1);
        // 2015年修订的大气污染防治法自2016年1月1日起施行；2017年修正的水污染防治法自2018年1月1日起施行。
        var airLawFrom = new DateOnly(2016, 1, 1);
        var waterLawFrom = new DateOnly(2018, 1, 1);
        var repealed = LegalText.RepealedLawsLastDay;
        var code = LegalText.CodeInForce;

        var epl59 = LegalText.Cite(LegalText.EnvironmentalProtectionLaw, "第五十九条") +
            "：受到罚款处罚，被责令改正，拒不改正的，可以自责令改正之日的次日起按原处罚数额按日连续处罚";
        var code1060 = LegalText.Cite(LegalText.EcologicalEnvironmentCode, "第一千零六十条") +
            "：应当组织复查，发现继续实施违法行为、拒不改正或者拒绝、阻挠复查的，可以自责令改正之日的次日起按原罚款数额按日连续处罚";
        var code1108 = LegalText.Cite(LegalText.EcologicalEnvironmentCode, "第一千一百零八条") +
            "：以暗管、篡改或者伪造监测数据、不正常运行污染防治设施等逃避监管的方式排放的，按该条处罚并移送公安机关拘留";
        var epl63Evasion = LegalText.Cite(LegalText.EnvironmentalProtectionLaw, "第六十三条第三项") +
            "：以逃避监管的方式违法排放污染物的，移送公安机关拘留";

        // 行政处罚法第三十八条第一款: each provision allows only the sanctions it names. 责令改正、停止建设、恢复原状 are orders
        // (Orders), not sanctions; detention is the public security organ's, on transfer (DetentionLinks).
        const Sanctions stop = Sanctions.SuspendProduction;
        SanctionRule Limit(string words) => new(Sanctions.LimitProduction, OnlyWhenSerious: false, NeedsGovernmentApproval: false, words);
        SanctionRule ClosedByGovernment(Sanctions which, string words) => new(which, OnlyWhenSerious: true, NeedsGovernmentApproval: true, words);

        var unapprovedOld = new PenaltyProvision(
            LegalText.Cite(LegalText.EiaLaw, "第三十一条第一款"), LegalText.EiaLaw, eiaLawFrom, repealed,
            new PercentOfInvestmentFine(0.01m, 0.05m), OptionalFine: false, ResponsiblePersonFine: null,
            Orders: ["责令停止建设", "可以责令恢复原状", "对直接负责的主管人员和其他直接责任人员依法给予行政处分"],
            DailyPenaltyLinks: [],
            DetentionLinks: [LegalText.Cite(LegalText.EnvironmentalProtectionLaw, "第六十三条第一项") +
                "：被责令停止建设，拒不执行的，移送公安机关对直接负责的主管人员和其他直接责任人员拘留十日以上十五日以下，情节较轻的五日以上十日以下"],
            Remarks: "报告书、报告表未经批准或者未经原审批部门重新审核同意擅自开工建设的，依照第三十一条第二款按第一款处罚。总投资额须有证据支持。");

        var unapprovedCode = new PenaltyProvision(
            LegalText.Cite(LegalText.EcologicalEnvironmentCode, "第一千零九十五条第一款"), LegalText.EcologicalEnvironmentCode, code, null,
            new EiaDocumentTieredFine(
                Report: new FineRange(200_000m, 1_000_000m),
                ReportSerious: new FineRange(1_000_000m, 10_000_000m),
                Form: new FineRange(100_000m, 500_000m),
                FormSerious: new FineRange(500_000m, 5_000_000m)),
            OptionalFine: false, ResponsiblePersonFine: null,
            Orders: ["责令停止建设", "可以责令恢复原状"],
            DailyPenaltyLinks: [],
            DetentionLinks: [LegalText.Cite(LegalText.EcologicalEnvironmentCode, "第一千零九十五条第二款") +
                "：被责令停止建设或者恢复原状，拒不执行的，由公安机关或者海警机构对直接负责的主管人员和其他直接责任人员拘留十日以上十五日以下，情节较轻的五日以上十日以下"],
            Remarks: "报告书、报告表的类型和是否情节严重须有证据支持。");

        var registrationOld = new PenaltyProvision(
            LegalText.Cite(LegalText.EiaLaw, "第三十一条第三款"), LegalText.EiaLaw, eiaLawFrom, repealed,
            new MaximumOnlyFine(50_000m), OptionalFine: false, ResponsiblePersonFine: null,
            Orders: ["责令备案"], DailyPenaltyLinks: [], DetentionLinks: []);

        var registrationCode = new PenaltyProvision(
            LegalText.Cite(LegalText.EcologicalEnvironmentCode, "第一千零九十五条第三款"), LegalText.EcologicalEnvironmentCode, code, null,
            new MaximumOnlyFine(50_000m), OptionalFine: true, ResponsiblePersonFine: null,
            Orders: ["责令改正"], DailyPenaltyLinks: [], DetentionLinks: []);

        var acceptanceRegulation = new PenaltyProvision(
            LegalText.Cite(LegalText.ConstructionProjectRegulation, "第二十三条第一款"), LegalText.ConstructionProjectRegulation,
            regulationFrom, null,
            new FixedRangeFine(new FineRange(200_000m, 1_000_000m), new FineRange(1_000_000m, 2_000_000m), "逾期不改正"),
            OptionalFine: false, ResponsiblePersonFine: new FineRange(50_000m, 200_000m),
            Orders: ["责令限期改正", "造成重大环境污染或者生态破坏的，责令停止生产或者使用，或者报经有批准权的人民政府批准，责令关闭"],
            DailyPenaltyLinks: [], DetentionLinks: [],
            // 行政法规不在法典第一千二百四十二条的废止清单内，条例继续有效。
            Remarks: "行政法规，法典施行后继续有效；涵盖“未经验收或者验收不合格”和验收弄虚作假，可以选择适用。",
            OtherSanctions:
            [
                new(stop, OnlyWhenSerious: true, NeedsGovernmentApproval: false, "造成重大环境污染或者生态破坏的，责令停止生产或者使用"),
                ClosedByGovernment(Sanctions.Closure, "造成重大环境污染或者生态破坏的，报经有批准权的人民政府批准，责令关闭"),
            ]);

        var acceptanceCode = new PenaltyProvision(
            LegalText.Cite(LegalText.EcologicalEnvironmentCode, "第一千一百条"), LegalText.EcologicalEnvironmentCode, code, null,
            new FixedRangeFine(new FineRange(200_000m, 1_000_000m), new FineRange(1_000_000m, 2_000_000m), "拒不改正"),
            OptionalFine: false, ResponsiblePersonFine: new FineRange(50_000m, 200_000m),
            Orders: ["责令改正", "造成重大环境污染、生态破坏的，责令停止生产、使用，或者报经有批准权的人民政府批准，责令停业、关闭"],
            DailyPenaltyLinks: [], DetentionLinks: [],
            Remarks: "条文为“未与主体工程同时设计、同时施工、同时投产使用”或者“未建成、未达到规定要求即投入生产、使用”，没有“未经验收”的表述。",
            OtherSanctions:
            [
                new(stop, OnlyWhenSerious: true, NeedsGovernmentApproval: false, "造成重大环境污染、生态破坏的，责令其停止生产、使用"),
                ClosedByGovernment(Sanctions.Closure, "造成重大环境污染、生态破坏的，报经有批准权的人民政府批准，责令停业、关闭"),
            ]);

        var airOld = new PenaltyProvision(
            LegalText.Cite(LegalText.AirLaw, "第九十九条第二项"), LegalText.AirLaw, airLawFrom, repealed,
            new FixedRangeFine(new FineRange(100_000m, 1_000_000m)), OptionalFine: false, ResponsiblePersonFine: null,
            Orders: ["责令改正或者限制生产、停产整治", "情节严重的，报经有批准权的人民政府批准，责令停业、关闭"],
            DailyPenaltyLinks: [epl59, LegalText.Cite(LegalText.AirLaw, "第一百二十三条第二项") + "：超标排放大气污染物，拒不改正的，按日连续处罚"],
            DetentionLinks: [epl63Evasion],
            OtherSanctions:
            [
                Limit("责令改正或者限制生产、停产整治"),
                ClosedByGovernment(stop | Sanctions.Closure, "情节严重的，报经有批准权的人民政府批准，责令停业、关闭"),
            ]);

        var waterOld = new PenaltyProvision(
            LegalText.Cite(LegalText.WaterLaw, "第八十三条第二项"), LegalText.WaterLaw, waterLawFrom, repealed,
            new FixedRangeFine(new FineRange(100_000m, 1_000_000m)), OptionalFine: false, ResponsiblePersonFine: null,
            Orders: ["责令改正或者责令限制生产、停产整治", "情节严重的，报经有批准权的人民政府批准，责令停业、关闭"],
            DailyPenaltyLinks: [epl59, LegalText.Cite(LegalText.WaterLaw, "第九十五条") + "：应当组织复查，继续违法排放或者拒绝、阻挠复查的，依照环境保护法按日连续处罚"],
            DetentionLinks: [epl63Evasion],
            OtherSanctions:
            [
                Limit("责令改正或者责令限制生产、停产整治"),
                ClosedByGovernment(stop | Sanctions.Closure, "情节严重的，报经有批准权的人民政府批准，责令停业、关闭"),
            ]);

        PenaltyProvision Code1107() => new(
            LegalText.Cite(LegalText.EcologicalEnvironmentCode, "第一千一百零七条"), LegalText.EcologicalEnvironmentCode, code, null,
            new FixedRangeFine(new FineRange(100_000m, 1_000_000m)), OptionalFine: false, ResponsiblePersonFine: null,
            Orders: ["责令改正", "可以责令限制生产、停产整治", "情节严重的，报经有批准权的人民政府批准，责令停业、关闭"],
            DailyPenaltyLinks: [code1060],
            DetentionLinks: [code1108],
            Remarks: "大气、水污染物超标排放共用本条；污染物为工业噪声的，罚款为二万元以上二十万元以下。",
            OtherSanctions:
            [
                Limit("可以责令限制生产、停产整治"),
                ClosedByGovernment(stop | Sanctions.Closure, "情节严重的，报经有批准权的人民政府批准，责令停业、关闭"),
            ]);

        return
        [
            new Violation(EiaUnapprovedConstruction, "未批先建", [unapprovedOld, unapprovedCode],
                // 生态环境部2018年意见：未批先建的时效自建设行为终了之日起计算。
                LimitationStartsOn: "建设行为终了之日"),
            new Violation(EiaRegistrationNotFiled, "登记表未备案", [registrationOld, registrationCode]),
            new Violation(AcceptanceNotCompleted, "未验先投", [acceptanceRegulation, acceptanceCode],
                LimitationStartsOn: "投入生产或者使用的状态终了之日（继续状态）"),
            new Violation(AirEmissionExceedance, "超标排放大气污染物", [airOld, Code1107()]),
            new Violation(WaterDischargeExceedance, "超标排放水污染物", [waterOld, Code1107()]),
        ];
    }
}
