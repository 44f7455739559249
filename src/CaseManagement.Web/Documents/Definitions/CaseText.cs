using CaseManagement.Domain.Calendar;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Penalties;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

/// <summary>
/// The sentences and blocks several documents print the same way: the party, the evidence list, the facts,
/// the applied range and discretion, the notice history. Every value is formatted by <see cref="DocumentFormatting"/>.
/// </summary>
internal static class CaseText
{
    internal static DocumentData Outward(CompositionContext context) =>
        new DocumentData()
            .Set("organisationName", context.Organisation.Name)
            .Set("documentNumber", context.Draft ? CaseDocumentComposer.DraftNumber : context.DocumentNumber)
            .Set("sealText", context.Organisation.SealText);

    internal static DocumentData Party(DocumentData data, PenaltyCase c) =>
        data.Set("partyName", c.Party.Name)
            .Set("partyCode", c.Party.IdentifierCode)
            .Set("partyRepresentative", c.Party.LegalRepresentative)
            .Set("partyAddress", c.Party.Address);

    /// <summary>
    /// 证据清单: each item with its name, kind, date, place, source and 证明内容 as entered at upload, then the
    /// 笔录s made in the case (行政处罚法第四十六条：当事人的陈述、现场笔录 are evidence) unless uploaded as items.
    /// </summary>
    internal static DocumentData Evidence(DocumentData data, PenaltyCase c)
    {
        data.Section("evidence");
        var number = 0;
        foreach (var item in c.Evidence.OrderBy(e => e.Number))
        {
            number = item.Number;
            var where = string.IsNullOrWhiteSpace(item.Place) ? "" : $"在{item.Place}";
            var source = item.Source is { Length: > 0 } s ? $"，来源：{Sentence(s)}" : "";
            // 证明内容 as typed, whether or not the officer began it with 证明 (never “证明证明…”).
            var proves = item.Proves is { Length: > 0 } p ? $"，{(p.TrimStart().StartsWith("证明", StringComparison.Ordinal) ? "" : "证明")}{Sentence(p)}" : "";
            data.AddRow("evidence",
                ("evidenceNo", item.Number.ToString(Culture)),
                ("evidenceName", item.Title),
                ("evidenceDescription", $"{EvidenceKindWord(item.Kind)}，{Date(item.CollectedOn)}{where}取得{source}{proves}"));
        }

        foreach (var record in c.Records.OrderBy(r => r.On).ThenBy(r => r.Id))
        {
            var title = record.Kind == InvestigationRecordKind.Inspection ? "现场检查（勘察）笔录" : "调查询问笔录";
            if (c.Evidence.Any(e => e.CollectedOn == record.On && e.Title.StartsWith(title, StringComparison.Ordinal)))
            {
                continue;
            }

            data.AddRow("evidence",
                ("evidenceNo", (++number).ToString(Culture)),
                ("evidenceName", title),
                ("evidenceDescription", $"{DateAndTime(record.On, record.StartTime)}在{record.Place}制作，证明{Sentence(record.Summary)}"));
        }

        return data;
    }

    // The templates end the sentence themselves: a configured text ending in 。 would print 。。
    internal static string Sentence(string text) => text.Trim().TrimEnd('。', '；', ';');

    internal static string You(PenaltyCase c) => PartyKindWord(c.Party.Kind);

    /// <summary>
    /// 违法事实 as stated to the party: the finding written for the decision at 调查终结; without one, only the
    /// party, the act date and the cause. The investigation report (its proposal included) stays internal.
    /// </summary>
    internal static string Facts(PenaltyCase c)
    {
        if (c.FactsFinding is { Length: > 0 } finding)
        {
            var stated = finding.StartsWith("经查", StringComparison.Ordinal) ? finding : "经查，" + finding;

            // The finding is the officer's words; a continuing act's span is stated beside it, never left as one day.
            return ActPeriod(c) is { } period ? $"{stated.TrimEnd()}{(stated.TrimEnd().EndsWith('。') ? "" : "。")}违法行为{period}。" : stated;
        }

        return (c.ActSpan, c.ActDate) switch
        {
            ({ Continuing: true } span, _) => $"经查，{c.Party.Name}自{Date(span.StartedOn)}起存在{c.Cause}的违法行为，至今仍在继续。",
            ({ } span, { } end) => $"经查，{c.Party.Name}自{Date(span.StartedOn)}起至{Date(end)}止存在{c.Cause}的违法行为。",
            (_, { } act) => $"经查，{c.Party.Name}于{Date(act)}存在{c.Cause}的违法行为。",
            _ => $"经查，{c.Party.Name}存在{c.Cause}的违法行为。",
        };
    }

    /// <summary>
    /// A continuing or repeated act's period (行政处罚法第三十六条第二款): “自…起至…止”, or “自…起至今仍在继续”; null for an
    /// act of one day.
    /// </summary>
    internal static string? ActPeriod(PenaltyCase c) => (c.ActSpan, c.ActDate) switch
    {
        ({ Continuing: true } span, _) => $"自{Date(span.StartedOn)}起至今仍在继续",
        ({ } span, { } end) => $"自{Date(span.StartedOn)}起至{Date(end)}止",
        _ => null,
    };

    internal static string Officers(PenaltyCase c) => string.Join("、", c.Officers.Select(o => o.Name));

    internal static string ApprovalDate(Approval? approval) => approval is null ? "" : Date(approval.On);

    internal static DateOnly DecisionDay(PenaltyCase c, CompositionContext context) => c.Decision?.DecidedOn ?? context.Today;

    internal static decimal Fine(PenaltyCase c) => c.Decision is { Kind: DecisionKind.Penalty } d ? d.Fine : c.ProposedPenalty?.Fine ?? 0m;

    internal static Sanctions SanctionsOf(PenaltyCase c) => c.Decision is { Kind: DecisionKind.Penalty } d ? d.Sanctions : c.ProposedPenalty?.Sanctions ?? Sanctions.None;

    /// <summary>
    /// The penalty range and basis, with the 从旧兼从轻 comparison (行政处罚法第三十七条; 法典第一千零五十七条): the
    /// case's own range, from the findings the guards checked the fine against, so the document cites the same law.
    /// </summary>
    internal static (PenaltyRangeResult? Range, string? Problem) Range(PenaltyCase c, DateOnly decisionDay)
    {
        var check = c.StatutoryRangeOn(decisionDay);
        return (check.Range, check.Problem);
    }

    internal static string ProvisionApplied(PenaltyRangeResult? range, string? problem) => range?.Basis ?? problem ?? "";

    /// <summary>The penalty provision applied on the decision day (从旧兼从轻 included), as printed in the decision.</summary>
    internal static string ProvisionApplied(PenaltyCase c)
    {
        var (range, problem) = Range(c, c.Decision?.DecidedOn ?? c.RegisteredOn);
        return ProvisionApplied(range, problem);
    }

    /// <summary>
    /// The range the provision sets and the amount, with the 裁量理由 saved with the proposal; a clause inside the
    /// document's sentence, so no 。 and no internal labels (the range's tier name stays in the calculator).
    /// </summary>
    internal static string Discretion(PenaltyCase c, PenaltyRangeResult? range)
    {
        if (range is null)
        {
            return "";
        }

        var scale = range.OptionalFine ? "可以处" : "处";
        var bounds = range.Minimum == 0m ? $"{Yuan(range.Maximum)}以下" : $"{Yuan(range.Minimum)}以上{Yuan(range.Maximum)}以下";
        var reasons = DiscretionReasons(c) is { Length: > 0 } r ? $"；本案裁量理由：{r}" : "";
        var decided = Fine(c) > 0m ? $"本案罚款{Yuan(Fine(c))}" : $"本案不处罚款，给予{PenaltyContent(c)}";
        return $"该条款规定{scale}{bounds}的罚款{reasons}；{decided}{Mitigation(c, range)}{GovernmentApproval(c)}";
    }

    // 行政处罚法第三十二条 (from 2026-08-15 also 法典第一千零五十六条第二款): a fine below the minimum, a mandatory fine left out,
    // or a warning the provision does not name in place of the fine, states its 减轻 ground.
    private static string Mitigation(PenaltyCase c, PenaltyRangeResult range)
    {
        var fine = Fine(c);
        var mitigated = fine < range.Minimum || (fine == 0m && !range.OptionalFine)
            || (fine == 0m && (SanctionsOf(c) & Sanctions.Warning) != 0 && range.Provision.RuleFor(Sanctions.Warning) is null);
        var ground = c.Decision is { Kind: DecisionKind.Penalty } d ? d.MitigationGround : c.ProposedPenalty?.MitigationGround;
        if (!mitigated || string.IsNullOrWhiteSpace(ground))
        {
            return "";
        }

        var articles = DecisionDay(c) >= LegalText.CodeInForce
            ? $"{LegalText.Cite(LegalText.AdministrativePenaltyLaw, "第三十二条")}、{LegalText.Cite(LegalText.EcologicalEnvironmentCode, "第一千零五十六条第二款")}"
            : LegalText.Cite(LegalText.AdministrativePenaltyLaw, "第三十二条");
        return $"，依照{articles}减轻处罚，理由：{ground.Trim().TrimEnd('。')}";
    }

    // 报经有批准权的人民政府批准 (e.g. 法典第一千一百零七条): the decision names the approval it rests on.
    private static string GovernmentApproval(PenaltyCase c) =>
        c.Decision is { GovernmentApproval: { Length: > 0 } approval } d
            ? $"；{string.Join("、", SanctionWords(d.Sanctions & (Sanctions.SuspendProduction | Sanctions.Closure)).DefaultIfEmpty("该处罚"))}已报经{approval}批准"
            : "";

    private static DateOnly DecisionDay(PenaltyCase c) => c.Decision?.DecidedOn ?? c.CurrentNotice?.IssuedOn ?? c.RegisteredOn;

    /// <summary>
    /// 裁量理由 saved with the proposal: the grade of each discretion factor chosen in the calculator, then the officer's
    /// own words; empty when neither was recorded (nothing is made up).
    /// </summary>
    internal static string DiscretionReasons(PenaltyCase c)
    {
        var proposed = c.ProposedPenalty;
        var parts = new List<string>();
        if (proposed?.DiscretionFactors is { Count: > 0 } factors)
        {
            parts.Add(DiscretionTable.Default.Describe(factors));
        }

        if (proposed?.DiscretionReasons is { Length: > 0 } words)
        {
            parts.Add(Sentence(words).Replace('。', '；').TrimEnd('；'));
        }

        return string.Join("；", parts.Where(p => p.Length > 0));
    }

    /// <summary>未批先建 under the old law: the total investment, how it was determined and on which evidence.</summary>
    internal static string InvestmentFinding(PenaltyCase c)
    {
        if (c.InvestmentFinding is not { } finding)
        {
            return "";
        }

        var evidence = finding.EvidenceNumbers.Count == 0
            ? ""
            : "，有证据" + string.Join("、", finding.EvidenceNumbers.Select(n => n.ToString(Culture))) + "为证";
        return $"本机关于{Date(finding.FoundOn)}依据{InvestmentBasisWord(finding.Basis)}认定该建设项目总投资额为{AmountInWordsAndFigures(finding.Amount)}{evidence}。";
    }

    /// <summary>
    /// 行政处罚法第三十七条：the comparison is printed whenever the act predates the 生态环境法典; 法典第一千零五十七条 is cited
    /// only for a decision made once the Code is in force (LegalText.RetroactivityPrinciple).
    /// </summary>
    internal static string LawComparison(PenaltyCase c, PenaltyRangeResult? range, string? problem, DateOnly decisionDay)
    {
        if (!c.ActPredatesCode)
        {
            return "";
        }

        var reason = range?.Reason ?? problem ?? "";
        return $"依照从旧兼从轻原则（{LegalText.RetroactivityPrinciple(decisionDay)}），" + reason;
    }

    internal static string PenaltyContent(PenaltyCase c)
    {
        var items = SanctionWords(SanctionsOf(c)).ToList();
        if (Fine(c) > 0m)
        {
            items.Add("罚款");
        }

        return items.Count == 0 ? "" : string.Join("、", items);
    }

    internal static string CorrectionText(PenaltyCase c)
    {
        if (c.Corrections.Count == 0)
        {
            return "";
        }

        var last = c.Corrections[^1];
        return $"{last.Requirement}（改正期限至{Date(last.DueOn)}）";
    }

    /// <summary>行政处罚法第五十九条、第六十二条：the notice, the party's statements or hearing, and how they were handled.</summary>
    internal static string NoticeHistory(PenaltyCase c)
    {
        if (c.CurrentNotice is not { } notice)
        {
            return "";
        }

        var you = You(c);
        var lines = new List<string>();
        var hearingWords = notice.HearingOffered ? "陈述、申辩和要求听证" : "陈述、申辩";
        var served = notice.ServedOn is { } on ? $"，该告知书于{Date(on)}{ServiceMethodWord(notice.ServiceMethod ?? Domain.Cases.ServiceMethod.Direct)}" : "";
        lines.Add($"本机关于{Date(notice.IssuedOn)}以{notice.Number}《行政处罚事先（听证）告知书》告知{you}拟作出行政处罚的事实、理由、依据和内容，以及依法享有的{hearingWords}的权利{served}。");

        var statements = c.Statements.Where(s => s.NoticeCycle == notice.Cycle).ToList();
        foreach (var statement in statements)
        {
            if (statement.WaivesStatement || statement.WaivesHearing)
            {
                var waived = statement.WaivesStatement && statement.WaivesHearing ? "陈述、申辩和听证" : statement.WaivesStatement ? "陈述、申辩" : "听证";
                lines.Add($"{you}于{Date(statement.ReceivedOn)}书面表示放弃{waived}的权利。");
            }

            if (!statement.WaivesStatement && !string.IsNullOrWhiteSpace(statement.Summary))
            {
                lines.Add($"{you}于{Date(statement.ReceivedOn)}提出陈述、申辩意见：{statement.Summary.Trim().TrimEnd('。')}。");
            }
        }

        if (c.Hearings.LastOrDefault(h => h.NoticeCycle == notice.Cycle) is { } hearing)
        {
            var text = $"{you}于{Date(hearing.RequestedOn)}申请听证";
            text += hearing.HearingOn is { } day ? $"，本机关于{Date(day)}在{hearing.Place}举行听证，由{hearing.PresidingName}主持" : "";
            text += hearing.Outcome switch
            {
                HearingOutcome.PartyAbsent => "；当事人无正当理由未到场，视为放弃听证权利",
                HearingOutcome.Withdrawn => "；当事人撤回听证申请",
                HearingOutcome.Held when !string.IsNullOrWhiteSpace(hearing.Summary) => $"；听证情况：{hearing.Summary.Trim().TrimEnd('。')}",
                _ => "",
            };
            lines.Add(text + "。");
        }

        if (statements.Count == 0 && c.CurrentHearing is null)
        {
            lines.Add($"{you}在法定期限内未提出陈述、申辩意见，也未要求听证。");
        }

        if (!string.IsNullOrWhiteSpace(c.RecheckOpinion))
        {
            lines.Add($"本机关经复核认为：{c.RecheckOpinion.Trim().TrimEnd('。')}。");
        }

        return string.Join("\n", lines);
    }

    // 行政处罚法第六十七条：自收到行政处罚决定书之日起十五日内缴纳罚款。
    internal static string PaymentDeadlineText(CaseRules rules) =>
        $"自收到本决定书之日起{Period(LegalPeriod.Days(rules.PaymentDays))}内";


    internal static string ProposedText(PenaltyCase c)
    {
        if (c.ProposedPenalty is not { } p)
        {
            return "";
        }

        var items = SanctionWords(p.Sanctions).ToList();
        if (p.Fine > 0m)
        {
            items.Add($"罚款{AmountInWordsAndFigures(p.Fine)}");
        }

        return string.Join("，", items);
    }
}
