using CaseManagement.Domain.Money;
using CaseManagement.Domain.Cases;
using static CaseManagement.Web.Documents.Definitions.CaseText;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

/// <summary>卷宗封面 of each volume, issued at 归档 (2010年《环境行政处罚办法》第六十八条).</summary>
public sealed class FileCoverDocument() : DocumentDefinition(new(
    "file-cover", "卷宗封面",
    [
        Fields.OrganisationName, Fields.CaseNumber, Fields.CaseCause, Fields.PartyName,
        F("volume", "正卷或副卷", "归档时按卷生成"),
        F("filingDate", "立案日期", "“立案”步骤的日期"),
        F("closingDate", "结案日期", "“结案”步骤的日期"),
        F("caseResult", "处理结果", "决定的处罚内容、不予处罚或终止理由"),
        Fields.HandlerNames,
        F("pageCount", "页数", "打印卷宗时按页计算"),
        F("retentionPeriod", "保管期限", "永久"),
        F("archiveNumber", "档案号", "“归档”步骤填写的档案号"),
    ],
    [], []))
{
    public override IReadOnlyList<StepIssue> IssuedAt { get; } =
        [new(CaseTrigger.Archive, Volume: CaseFileVolume.Main), new(CaseTrigger.Archive, Volume: CaseFileVolume.Secondary)];

    public override DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        var result = Result(c);
        return new DocumentData()
            .Set("organisationName", context.Organisation.Name)
            .Set("caseNumber", c.CaseNumber)
            .Set("caseCause", c.Cause)
            .Set("partyName", c.Party.Name)
            .Set("volume", context.Volume ?? "正卷")
            .Set("filingDate", Date(c.FiledOn))
            .Set("closingDate", Date(c.Closure?.ClosedOn ?? c.EndedOn))
            .Set("caseResult", result)
            .Set("handlerNames", Officers(c))
            .Set("pageCount", "")
            .Set("retentionPeriod", "永久")
            .Set("archiveNumber", c.ArchiveRecord?.FileNumber);
    }

    /// <summary>
    /// The cover's 处理结果 in the words a reader expects: the sanctions and “罚款人民币贰拾叁万伍仟元”
    /// (人民币大写 without the bookkeeping “整”), “不予行政处罚”, or why the case ended without a decision.
    /// </summary>
    public static string Result(PenaltyCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.Decision is not { } decision)
        {
            return c.EndReason ?? "";
        }

        if (decision.Kind == DecisionKind.NoPenalty)
        {
            return "不予行政处罚";
        }

        var items = PenaltyContent(c).Split('、', StringSplitOptions.RemoveEmptyEntries).Where(i => i != "罚款").ToList();
        if (decision.Fine > 0m)
        {
            var words = RmbUppercase.Format(decision.Fine);
            items.Add("罚款人民币" + (words.EndsWith("元整", StringComparison.Ordinal) ? words[..^1] : words));
        }

        return string.Join("，", items);
    }
}
