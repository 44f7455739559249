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

    public static string EvidenceKindWord(EvidenceKind kind) => kind.ToChinese();

    public static string ServiceMethodWord(ServiceMethod method) => method.ToChinese();

    /// <summary>签收人与受送达人的关系 as the 回证 prints it (民事诉讼法第八十八条; 民诉法解释第一百三十条).</summary>
    public static string RecipientRelationWord(RecipientRelation relation) => relation.ToChinese();

    // The printed 回证 says more than the case history's "其他".
    public static string ServiceAttemptOutcomeWord(ServiceAttemptOutcome outcome) =>
        outcome == Domain.Cases.ServiceAttemptOutcome.Other ? "其他原因未能送达" : outcome.ToChinese();

    /// <summary>2026年10月27日10时30分 (the minute is written on the 回证), or the date alone.</summary>
    public static string DateAndTime(DateOnly day, TimeOnly? time) =>
        time is { } t ? Date(day) + string.Create(Culture, $"{t.Hour}时{t.Minute:00}分") : Date(day);

    /// <summary>送达时间 on the 回证: for 邮寄 the posting and the return slip, for 公告 the last publication and the deemed day.</summary>
    public static string ServiceTimeText(ServiceMethod method, DateOnly on, DateOnly deemedOn, ServiceDetails details) => method switch
    {
        Domain.Cases.ServiceMethod.Mail => $"{Date(on)}交寄，{Date(deemedOn)}签收（以邮件回执为准）",
        Domain.Cases.ServiceMethod.Publication => $"{Date(on)}最后一次公告，经过三十日即{Date(deemedOn)}视为送达",
        Domain.Cases.ServiceMethod.Electronic => $"{DateAndTime(on, details.Time)}（以系统显示到达之日为准）",
        _ => DateAndTime(on, details.Time),
    };

    /// <summary>送达地点: where it was handed over or left; the electronic address; the publication channels.</summary>
    public static string ServicePlaceText(ServiceMethod method, ServiceDetails details, string partyAddress) => method switch
    {
        Domain.Cases.ServiceMethod.Electronic => details.ElectronicAddress ?? details.Place ?? "",
        Domain.Cases.ServiceMethod.Publication => string.Join("、", details.PublicationChannels),
        _ => details.Place ?? partyAddress,
    };

    /// <summary>备注 of the 回证: what the method's article requires to be recorded, then failed attempts and remarks.</summary>
    public static string ServiceRemarks(ServiceMethod method, ServiceDetails details, IReadOnlyList<ServiceAttempt> attempts)
    {
        var parts = new List<string>();
        switch (method)
        {
            case Domain.Cases.ServiceMethod.LeftAtAddress:
                parts.Add($"拒收事由：{details.RefusalReason}，已将文书留置于受送达人住所");
                if (details.Recordings.Count > 0)
                {
                    parts.Add($"拍照、录像记录：{string.Join("、", details.Recordings)}");
                }

                break;
            case Domain.Cases.ServiceMethod.Mail:
                parts.Add($"邮件号码：{details.TrackingNumber}；回执签收日期：{Date(details.ReturnSlipDate)}");
                break;
            case Domain.Cases.ServiceMethod.Electronic:
                parts.Add($"当事人同意电子送达，确认书：{details.ConsentReference}；电子送达地址：{details.ElectronicAddress}");
                break;
            case Domain.Cases.ServiceMethod.Entrusted:
                parts.Add($"受委托机关：{details.Intermediary}");
                break;
            case Domain.Cases.ServiceMethod.Forwarded:
                parts.Add($"转交机关：{details.Intermediary}");
                break;
            case Domain.Cases.ServiceMethod.Publication:
                var ground = details.PublicationGround == Domain.Cases.PublicationGround.WhereaboutsUnknown ? "受送达人下落不明" : "用其他方式无法送达";
                parts.Add($"公告原因：{ground}；公告方式：{string.Join("、", details.PublicationChannels)}");
                break;
        }

        parts.AddRange(attempts.Select(a => $"{Date(a.AttemptedOn)}{ServiceMethodWord(a.Method)}未果：{ServiceAttemptOutcomeWord(a.Outcome)}"
            + (string.IsNullOrWhiteSpace(a.Note) ? "" : $"（{a.Note}）")));
        if (!string.IsNullOrWhiteSpace(details.Remarks))
        {
            parts.Add(details.Remarks);
        }

        return string.Join("；", parts);
    }

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
