using System.Globalization;
using CaseManagement.Domain.Calendar;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Money;

namespace CaseManagement.Web.Documents;

/// <summary>
/// The one place where values become document text, with an explicit culture (zh-CN) so that the
/// server's locale never changes a document (STYLE.md "Documents"). Dates print as 2025年3月3日,
/// money in figures as 85,000.00 (the templates print the 元) and in 人民币大写, periods in words
/// (十五日, 五个工作日, 六个月) as in the printed text around them.
/// </summary>
public static class DocumentFormatting
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("zh-CN");

    private const string Digits = "零一二三四五六七八九";

    public static string Date(DateOnly day) => string.Create(Culture, $"{day.Year}年{day.Month}月{day.Day}日");

    public static string Date(DateOnly? day) => day is { } value ? Date(value) : "";

    /// <summary>Figures with thousands separators and two decimals, without the unit: 85,000.00.</summary>
    public static string Amount(decimal amount) => amount.ToString("#,##0.00", Culture);

    /// <summary>85,000.00元.</summary>
    public static string Yuan(decimal amount) => Amount(amount) + "元";

    /// <summary>人民币大写 without the prefix: 捌万伍仟元整 (PBOC rules, LEGAL-REFERENCE.md §H.3).</summary>
    public static string Uppercase(decimal amount) => RmbUppercase.Format(amount);

    /// <summary>人民币捌万伍仟元整（85,000.00元）: the amount in words first, as a decision prints it.</summary>
    public static string AmountInWordsAndFigures(decimal amount) => $"人民币{Uppercase(amount)}（{Yuan(amount)}）";

    /// <summary>A legal period in words: 十五日, 五个工作日, 六个月.</summary>
    public static string Period(LegalPeriod period) => period.Unit switch
    {
        PeriodUnit.WorkingDays => Count(period.Length) + "个工作日",
        PeriodUnit.Days => Count(period.Length) + "日",
        PeriodUnit.Months => Count(period.Length) + "个月",
        _ => throw new ArgumentOutOfRangeException(nameof(period)),
    };

    /// <summary>0.03 → 百分之三 (the printed text of the surcharge rate).</summary>
    public static string Percent(decimal rate)
    {
        var percent = rate * 100m;
        return decimal.Truncate(percent) == percent && percent is >= 0 and < 1000
            ? "百分之" + Count((int)percent)
            : "百分之" + percent.ToString("0.##", Culture);
    }

    /// <summary>Chinese numerals for counts up to 999: 5 → 五, 15 → 十五, 60 → 六十, 105 → 一百零五.</summary>
    public static string Count(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (n >= 1000)
        {
            return n.ToString(Culture);
        }

        if (n < 10)
        {
            return Digits[n].ToString();
        }

        if (n < 20)
        {
            return "十" + (n % 10 == 0 ? "" : Digits[n % 10].ToString());
        }

        if (n < 100)
        {
            return Digits[n / 10] + "十" + (n % 10 == 0 ? "" : Digits[n % 10].ToString());
        }

        var rest = n % 100;
        var hundreds = Digits[n / 100] + "百";
        return rest == 0 ? hundreds : rest < 10 ? hundreds + "零" + Digits[rest] : hundreds + (rest < 20 ? "一" : "") + Count(rest);
    }

    public static string PartyKindWord(PartyKind kind) => kind == PartyKind.Organisation ? "你单位" : "你";

    public static string EvidenceKindWord(EvidenceKind kind) => kind switch
    {
        Domain.Cases.EvidenceKind.Documentary => "书证",
        Domain.Cases.EvidenceKind.Physical => "物证",
        Domain.Cases.EvidenceKind.AudioVisual => "视听资料",
        Domain.Cases.EvidenceKind.Electronic => "电子数据",
        Domain.Cases.EvidenceKind.WitnessTestimony => "证人证言",
        Domain.Cases.EvidenceKind.PartyStatement => "当事人的陈述",
        Domain.Cases.EvidenceKind.ExpertOpinion => "鉴定意见",
        Domain.Cases.EvidenceKind.InspectionRecord => "勘验笔录、现场笔录",
        _ => kind.ToString(),
    };

    public static string ServiceMethodWord(ServiceMethod method) => method switch
    {
        Domain.Cases.ServiceMethod.Direct => "直接送达",
        Domain.Cases.ServiceMethod.LeftAtAddress => "留置送达",
        Domain.Cases.ServiceMethod.Entrusted => "委托送达",
        Domain.Cases.ServiceMethod.Mail => "邮寄送达",
        Domain.Cases.ServiceMethod.Electronic => "电子送达",
        Domain.Cases.ServiceMethod.Forwarded => "转交送达",
        Domain.Cases.ServiceMethod.Publication => "公告送达",
        _ => method.ToString(),
    };

    public static string InvestmentBasisWord(InvestmentBasis basis) => basis switch
    {
        Domain.Cases.InvestmentBasis.InterviewRecord => "调查询问笔录",
        Domain.Cases.InvestmentBasis.ResponsiblePersonCertificate => "建设单位负责人出具的证明",
        Domain.Cases.InvestmentBasis.ThirdPartyAppraisal => "第三方评估",
        _ => basis.ToString(),
    };

    public static string ClosureGroundWord(ClosureGround ground) => ground switch
    {
        Domain.Cases.ClosureGround.PerformedInFull => "当事人已全部履行",
        Domain.Cases.ClosureGround.EnforcementAccepted => "已申请人民法院强制执行并被受理",
        Domain.Cases.ClosureGround.NothingToExecute => "无需执行",
        Domain.Cases.ClosureGround.DecisionRevoked => "处罚决定被依法撤销",
        _ => ground.ToString(),
    };

    /// <summary>The penalty types of 行政处罚法第九条 other than the fine, in the order of the article.</summary>
    public static IReadOnlyList<string> SanctionWords(Sanctions sanctions)
    {
        var words = new List<string>();
        void Add(Sanctions flag, string word)
        {
            if ((sanctions & flag) != 0)
            {
                words.Add(word);
            }
        }

        Add(Domain.Cases.Sanctions.Warning, "警告");
        Add(Domain.Cases.Sanctions.PublicCriticism, "通报批评");
        Add(Domain.Cases.Sanctions.ConfiscateIllegalGains, "没收违法所得、没收非法财物");
        Add(Domain.Cases.Sanctions.ConfiscateLargeAmount, "没收较大数额违法所得、较大价值非法财物");
        Add(Domain.Cases.Sanctions.SuspendLicence, "暂扣许可证件");
        Add(Domain.Cases.Sanctions.LowerQualification, "降低资质等级");
        Add(Domain.Cases.Sanctions.RevokeLicence, "吊销许可证件");
        Add(Domain.Cases.Sanctions.LimitProduction, "限制开展生产经营活动");
        Add(Domain.Cases.Sanctions.SuspendProduction, "责令停产停业");
        Add(Domain.Cases.Sanctions.Closure, "责令关闭");
        Add(Domain.Cases.Sanctions.RestrictPractice, "限制从业");
        return words;
    }
}
