using CaseManagement.Domain.Calendar;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Penalties;
using CaseManagement.Web.Persistence;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents;

/// <summary>
/// What a composition needs besides the case: the organisation's printed details, the document number
/// (null for records, or for a draft), the business date, display names of the users the case refers to
/// by id, and — for a 送达回证 — the template of the document it serves.
/// </summary>
public sealed record CompositionContext(
    OrganisationDetails Organisation,
    string? DocumentNumber,
    DateOnly Today,
    IReadOnlyDictionary<string, string>? UserNames = null,
    string? ServedTemplate = null,
    bool Draft = false,
    string? Volume = null,
    CaseRules? Rules = null,
    long? RecordId = null)
{
    /// <summary>The organisation's configured periods and rates (DECISIONS.md §3).</summary>
    public CaseRules EffectiveRules => Rules ?? CaseRules.Default;

    public string NameOf(string? userId) =>
        userId is null ? "" : UserNames is not null && UserNames.TryGetValue(userId, out var name) ? name : userId;
}

/// <summary>
/// Builds the <see cref="DocumentData"/> of every standard template from a <see cref="PenaltyCase"/> and the
/// organisation (LEGAL-REFERENCE.md §F.2). Every value is formatted by <see cref="DocumentFormatting"/>;
/// nothing here touches the template. Fields the case does not hold print blank, to be filled by hand.
/// </summary>
public sealed class CaseDocumentComposer(LegalCalendar calendar)
{
    /// <summary>Printed in the number field of a preview (a draft has no number).</summary>
    public const string DraftNumber = "（草稿）";

    public DocumentData Compose(string templateName, PenaltyCase c, CompositionContext context)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(context);
        var data = templateName switch
        {
            "filing-approval" => FilingApproval(c, context),
            "inspection-record" => InvestigationRecord(c, context, InvestigationRecordKind.Inspection),
            "interview-record" => InvestigationRecord(c, context, InvestigationRecordKind.Interview),
            "correction-order" => CorrectionOrder(c, context),
            "investigation-report" => InvestigationReport(c, context),
            "legal-review-opinion" => LegalReviewOpinion(c, context),
            "collective-discussion-record" => CollectiveDiscussion(c, context),
            "advance-notice" => AdvanceNotice(c, context),
            "hearing-notice" => HearingNotice(c, context),
            "hearing-record" => HearingRecord(c, context),
            "hearing-report" => HearingReport(c, context),
            "hearing-termination-record" => HearingTerminationDocument.Compose(c, context),
            "penalty-decision" => PenaltyDecision(c, context),
            "no-penalty-decision" => NoPenaltyDecision(c, context),
            "service-receipt" => ServiceReceipt(c, context),
            "instalment-approval" => InstalmentApproval(c, context),
            "payment-demand" => PaymentDemand(c, context),
            "enforcement-application" => EnforcementApplication(c, context),
            "daily-penalty-decision" => DailyPenaltyDecision(c, context),
            "closure-approval" => ClosureApproval(c, context),
            "file-cover" => FileCover(c, context),
            "file-index" => FileIndexHeader(c, context),
            _ => throw new KeyNotFoundException($"没有名为“{templateName}”的文书模板。"),
        };
        return data;
    }

    /// <summary>The index of one volume, its rows already numbered by the caller (the case file builder).</summary>
    public static DocumentData FileIndex(PenaltyCase c, CompositionContext context, IEnumerable<FileIndexEntry> entries)
    {
        var data = FileIndexHeader(c, context);
        data.Section("entries");
        var number = 1;
        foreach (var entry in entries)
        {
            data.AddRow("entries",
                ("entryNo", (number++).ToString(Culture)),
                ("entryDocumentNumber", entry.DocumentNumber),
                ("entryTitle", entry.Title),
                ("entryDate", Date(entry.Date)),
                ("entryPages", entry.Pages),
                ("entryRemarks", entry.Remarks));
        }

        return data;
    }

    // ---- Common blocks ------------------------------------------------------------------------------

    private static DocumentData Outward(PenaltyCase c, CompositionContext context) =>
        new DocumentData()
            .Set("organisationName", context.Organisation.Name)
            .Set("documentNumber", context.Draft ? DraftNumber : context.DocumentNumber)
            .Set("sealText", context.Organisation.SealText);

    private static DocumentData Party(DocumentData data, PenaltyCase c) =>
        data.Set("partyName", c.Party.Name)
            .Set("partyCode", c.Party.IdentifierCode)
            .Set("partyRepresentative", c.Party.LegalRepresentative)
            .Set("partyAddress", c.Party.Address);

    private static DocumentData Evidence(DocumentData data, PenaltyCase c)
    {
        data.Section("evidence");
        foreach (var item in c.Evidence.OrderBy(e => e.Number))
        {
            var where = string.IsNullOrWhiteSpace(item.Place) ? "" : $"在{item.Place}";
            data.AddRow("evidence",
                ("evidenceNo", item.Number.ToString(Culture)),
                ("evidenceName", item.Title),
                ("evidenceDescription", $"{EvidenceKindWord(item.Kind)}，{Date(item.CollectedOn)}{where}取得"));
        }

        return data;
    }

    // The templates end the sentence themselves: a configured text ending in 。 would print 。。
    private static string Sentence(string text) => text.Trim().TrimEnd('。', '；', ';');

    private static string You(PenaltyCase c) => PartyKindWord(c.Party.Kind);

    internal static string Facts(PenaltyCase c)
    {
        var when = c.ActDate is { } act ? $"经查，{c.Party.Name}于{Date(act)}起存在{c.Cause}的违法行为。" : $"经查，{c.Party.Name}存在{c.Cause}的违法行为。";
        return string.IsNullOrWhiteSpace(c.InvestigationReport) ? when : when + "\n" + c.InvestigationReport.Trim();
    }

    private static string Officers(PenaltyCase c) => string.Join("、", c.Officers.Select(o => o.Name));

    private static string ApprovalDate(Approval? approval) => approval is null ? "" : Date(approval.On);

    private DateOnly DecisionDay(PenaltyCase c, CompositionContext context) => c.Decision?.DecidedOn ?? context.Today;

    private static decimal Fine(PenaltyCase c) => c.Decision is { Kind: DecisionKind.Penalty } d ? d.Fine : c.ProposedPenalty?.Fine ?? 0m;

    private static Sanctions SanctionsOf(PenaltyCase c) => c.Decision is { Kind: DecisionKind.Penalty } d ? d.Sanctions : c.ProposedPenalty?.Sanctions ?? Sanctions.None;

    /// <summary>
    /// The penalty range and basis, with the 从旧兼从轻 comparison (行政处罚法第三十七条; 法典第一千零五十七条): the
    /// case's own range, from the findings the guards checked the fine against, so the document cites the same law.
    /// </summary>
    private static (PenaltyRangeResult? Range, string? Problem) Range(PenaltyCase c, DateOnly decisionDay)
    {
        var check = c.StatutoryRangeOn(decisionDay);
        return (check.Range, check.Problem);
    }

    private static string ProvisionApplied(PenaltyRangeResult? range, string? problem) => range?.Basis ?? problem ?? "";

    /// <summary>The penalty provision applied on the decision day (从旧兼从轻 included), as printed in the decision.</summary>
    internal string ProvisionApplied(PenaltyCase c)
    {
        var (range, problem) = Range(c, c.Decision?.DecidedOn ?? c.RegisteredOn);
        return ProvisionApplied(range, problem);
    }

    private static string Discretion(PenaltyCase c, PenaltyRangeResult? range)
    {
        if (range is null)
        {
            return "";
        }

        var fine = Fine(c);
        var scale = range.OptionalFine ? "可以处" : "处";
        var bounds = range.Minimum == 0m ? $"{Yuan(range.Maximum)}以下" : $"{Yuan(range.Minimum)}以上{Yuan(range.Maximum)}以下";
        var decided = fine > 0m ? $"本案罚款{Yuan(fine)}" : $"本案不处罚款，给予{PenaltyContent(c)}";
        return $"该条款规定的罚款幅度为{range.Tier}，即{scale}{bounds}的罚款，综合考虑违法行为的事实、性质、情节和社会危害程度，{decided}";
    }

    /// <summary>未批先建 under the old law: the total investment, how it was determined and on which evidence.</summary>
    private static string InvestmentFinding(PenaltyCase c)
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
    private static string LawComparison(PenaltyCase c, PenaltyRangeResult? range, string? problem, DateOnly decisionDay)
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

    private static string CorrectionText(PenaltyCase c)
    {
        if (c.Corrections.Count == 0)
        {
            return "";
        }

        var last = c.Corrections[^1];
        return $"{last.Requirement}（改正期限至{Date(last.DueOn)}）";
    }

    /// <summary>行政处罚法第五十九条、第六十二条：the notice, the party's statements or hearing, and how they were handled.</summary>
    private static string NoticeHistory(PenaltyCase c)
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
    private static string PaymentDeadlineText(CaseRules rules) =>
        $"自收到本决定书之日起{Period(LegalPeriod.Days(rules.PaymentDays))}内";

    // ---- The templates ------------------------------------------------------------------------------

    private static DocumentData FilingApproval(PenaltyCase c, CompositionContext context)
    {
        var data = Party(new DocumentData(), c)
            .Set("organisationName", context.Organisation.Name)
            .Set("caseNumber", context.Draft ? c.CaseNumber ?? DraftNumber : c.CaseNumber ?? context.DocumentNumber)
            .Set("caseSource", c.LeadSource)
            .Set("caseCause", c.Cause)
            .Set("partyPostcode", "")
            .Set("partyPosition", c.Party.Kind == PartyKind.Organisation ? "法定代表人" : "")
            .Set("caseSummary", c.FilingRequest is { } request ? $"{Date(c.RegisteredOn)}登记案源：{c.Cause}。{request.Reason.Trim().TrimEnd('。')}。" : c.Cause)
            .Set("handlerOpinion", c.FilingRequest is null ? "" : "建议立案调查")
            .Set("handlerName", c.FilingRequest is { } r ? context.NameOf(r.RequestedBy) : "")
            .Set("handlerDate", Date(c.FilingRequest?.RequestedOn))
            .Set("departmentOpinion", c.FilingRequest is null ? "" : "同意立案")
            .Set("departmentHeadName", "")
            .Set("departmentDate", Date(c.FilingRequest?.RequestedOn))
            .Set("headOpinion", c.FilingApproval is null ? "" : $"同意立案，由{Officers(c)}承办")
            .Set("headName", c.FilingApproval?.Name)
            .Set("headDate", ApprovalDate(c.FilingApproval));
        return data;
    }

    private static DocumentData InvestigationRecord(PenaltyCase c, CompositionContext context, InvestigationRecordKind kind)
    {
        // The record asked for (a 笔录 issued on request), else the latest of its kind.
        var record = context.RecordId is { } id
            ? c.Records.FirstOrDefault(r => r.Id == id && r.Kind == kind)
            : c.Records.LastOrDefault(r => r.Kind == kind);
        var officers = record is null
            ? c.Officers.ToList()
            : c.Officers.Where(o => record.OfficerUserIds.Contains(o.UserId)).ToList();
        var data = new DocumentData().Set("organisationName", context.Organisation.Name);
        if (kind == InvestigationRecordKind.Inspection)
        {
            Party(data, c)
                .Set("inspectionStart", Date(record?.On))
                .Set("inspectionEnd", Date(record?.On))
                .Set("inspectionPlace", record?.Place)
                .Set("presentPersons", c.Party.LegalRepresentative)
                .Set("findings", record?.Summary)
                .Set("attachments", string.Join("、", c.Evidence.Where(e => e.CollectedOn == record?.On).Select(e => e.Title)))
                .Set("refusalNote", "");
            data.Section("officers");
            foreach (var officer in officers)
            {
                data.AddRow("officers", ("officerName", officer.Name), ("officerCredential", officer.CertificateNumber));
            }

            return data;
        }

        data.Set("interviewStart", Date(record?.On))
            .Set("interviewEnd", Date(record?.On))
            .Set("interviewPlace", record?.Place)
            .Set("caseCause", c.Cause)
            .Set("intervieweeName", c.Party.Kind == PartyKind.Organisation ? c.Party.LegalRepresentative : c.Party.Name)
            .Set("intervieweeGender", "")
            .Set("intervieweeAge", "")
            .Set("intervieweeEmployer", c.Party.Kind == PartyKind.Organisation ? c.Party.Name : "")
            .Set("intervieweePosition", c.Party.Kind == PartyKind.Organisation ? "法定代表人" : "")
            .Set("intervieweeAddress", c.Party.Address)
            .Set("intervieweePhone", "")
            .Set("interviewers", string.Join("、", officers.Select(o => $"{o.Name}（执法证号{o.CertificateNumber}）")))
            .Set("recorder", officers.Count > 1 ? officers[1].Name : "")
            .Set("participants", "");
        data.Section("qa");
        if (record is not null)
        {
            // 行政处罚法第五十五条：出示执法证件并告知权利；the record's own summary is the answer given.
            data.AddRow("qa", ("question", $"我们是{context.Organisation.Name}的执法人员，现向你出示执法证件，你是否看清？"), ("answer", "看清了。"));
            data.AddRow("qa", ("question", "请如实陈述有关情况。"), ("answer", record.Summary));
        }

        return data;
    }

    private static DocumentData CorrectionOrder(PenaltyCase c, CompositionContext context)
    {
        var order = c.Corrections.LastOrDefault();
        var data = Evidence(Party(Outward(c, context), c), c)
            .Set("facts", Facts(c))
            .Set("provisionBreached", BreachedProvisions.For(c.ViolationCode, c.ActDate))
            .Set("provisionApplied", CorrectionOrderText.Basis(ViolationCatalogue.Default, c.ViolationCode, order?.OrderedOn ?? context.Today))
            .Set("correctionOrder", order?.Requirement)
            .Set("correctionDeadlineText", order is null ? "" : $"于{Date(order.DueOn)}前")
            .Set("refusalConsequence", CorrectionOrderText.DailyPenaltyWarning(ViolationCatalogue.Default, c.ViolationCode, order?.OrderedOn ?? context.Today))
            .Set("reconsiderationBody", context.Organisation.ReconsiderationBody)
            .Set("court", context.Organisation.Court)
            .Set("decisionDate", Date(order?.OrderedOn ?? context.Today));
        return data;
    }

    private DocumentData InvestigationReport(PenaltyCase c, CompositionContext context)
    {
        var (range, problem) = Range(c, DecisionDay(c, context));
        var data = Evidence(Party(new DocumentData(), c), c)
            .Set("organisationName", context.Organisation.Name)
            .Set("caseNumber", c.CaseNumber)
            .Set("caseCause", c.Cause)
            .Set("caseSource", c.LeadSource)
            .Set("investigationSummary", string.Join("\n", c.Records.Select(r =>
                $"{Date(r.On)}，{(r.Kind == InvestigationRecordKind.Inspection ? "现场检查" : "调查询问")}（{r.Place}）：{r.Summary}")))
            .Set("facts", Facts(c))
            .Set("provisionBreached", BreachedProvisions.For(c.ViolationCode, c.ActDate))
            .Set("provisionApplied", ProvisionApplied(range, problem))
            .Set("discretion", Discretion(c, range))
            .Set("proposedPenalty", ProposedText(c))
            .Set("hearingEligibility", c.ProposedPenalty is { } p
                ? c.HearingOffered(p, context.EffectiveRules) ? "拟作出的处罚属于较大数额罚款或者重大处罚，应当告知当事人有要求听证的权利" : "拟作出的处罚不属于听证范围"
                : "")
            .Set("investmentFinding", InvestmentFinding(c))
            .Set("lawComparison", LawComparison(c, range, problem, DecisionDay(c, context)))
            .Set("handlerNames", Officers(c))
            .Set("reportDate", Date(c.SubmittedForReviewOn ?? context.Today));
        return data;
    }

    private static string ProposedText(PenaltyCase c)
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

    private static DocumentData LegalReviewOpinion(PenaltyCase c, CompositionContext context)
    {
        var data = new DocumentData()
            .Set("organisationName", context.Organisation.Name)
            .Set("caseNumber", c.CaseNumber)
            .Set("caseCause", c.Cause)
            .Set("partyName", c.Party.Name)
            .Set("proposedPenalty", ProposedText(c))
            .Set("reviewerName", c.LegalReview?.ReviewerName)
            .Set("reviewerQualification", c.LegalReview?.LegalQualification is { } qualification ? $"具有法律职业资格（证书编号{qualification}）" : "")
            .Set("reviewConclusion", c.LegalReview is null ? "" : "同意")
            .Set("reviewOpinion", c.LegalReview?.Opinion)
            .Set("reviewDate", Date(c.LegalReview?.ReviewedOn));
        data.Section("reviewItems");
        if (c.CaseReview is { } review)
        {
            void Item(string name, ReviewItem item) =>
                data.AddRow("reviewItems", ("reviewItem", name), ("reviewResult", item.Passed ? "符合" : "不符合"), ("reviewNote", item.Opinion));
            Item("执法主体和管辖", review.Checklist.Jurisdiction);
            Item("违法事实", review.Checklist.Facts);
            Item("证据", review.Checklist.Evidence);
            Item("程序", review.Checklist.Procedure);
            Item("追责时效", review.Checklist.Limitation);
            Item("法律依据", review.Checklist.LegalBasis);
            Item("裁量", review.Checklist.Discretion);
        }

        return data;
    }

    private static DocumentData CollectiveDiscussion(PenaltyCase c, CompositionContext context)
    {
        var discussion = c.Discussion;
        var data = new DocumentData()
            .Set("organisationName", context.Organisation.Name)
            .Set("caseNumber", c.CaseNumber)
            .Set("caseCause", c.Cause)
            .Set("partyName", c.Party.Name)
            .Set("discussionStart", Date(discussion?.HeldOn))
            .Set("discussionEnd", Date(discussion?.HeldOn))
            .Set("discussionPlace", "")
            .Set("chair", discussion?.Participants.FirstOrDefault())
            .Set("recorder", context.NameOf(discussion?.RecordedBy))
            .Set("participants", discussion is null ? "" : string.Join("、", discussion.Participants))
            .Set("attendees", Officers(c))
            .Set("caseSummary", $"{Facts(c)}\n拟处罚意见：{ProposedText(c)}")
            .Set("conclusion", discussion?.Conclusion);
        data.Section("opinions");
        return data;
    }

    private DocumentData AdvanceNotice(PenaltyCase c, CompositionContext context)
    {
        var notice = c.CurrentNotice;
        var (range, problem) = Range(c, notice?.IssuedOn ?? context.Today);
        var fine = notice?.NotifiedFine ?? c.ProposedPenalty?.Fine ?? 0m;
        var rules = context.EffectiveRules;
        var statementPeriod = Period(LegalPeriod.WorkingDays(rules.StatementPeriodWorkingDays));
        var hearingOffered = notice?.HearingOffered ?? (c.ProposedPenalty is { } p && c.HearingOffered(p, rules));
        var items = SanctionWords(notice?.NotifiedSanctions ?? c.ProposedPenalty?.Sanctions ?? Sanctions.None).ToList();
        if (fine > 0m)
        {
            items.Add("罚款");
        }

        var data = Evidence(Party(Outward(c, context), c), c)
            .Set("facts", Facts(c))
            .Set("provisionBreached", BreachedProvisions.For(c.ViolationCode, c.ActDate))
            .Set("provisionApplied", ProvisionApplied(range, problem))
            .Set("discretion", Discretion(c, range))
            .Set("proposedPenalty", string.Join("、", items))
            .Set("fineAmount", Amount(fine))
            .Set("fineUppercase", Uppercase(fine))
            .Set("investmentFinding", InvestmentFinding(c))
            .Set("lawComparison", LawComparison(c, range, problem, notice?.IssuedOn ?? context.Today))
            // 行政处罚法第六十四条第一项：当事人要求听证的，应当在行政机关告知后五日内提出。
            .Set("statementDeadlineText", $"收到本告知书之日起{statementPeriod}内")
            .Set("hearingDeadlineText", hearingOffered ? $"收到本告知书之日起{Period(LegalPeriod.WorkingDays(PenaltyCase.HearingRequestWorkingDays))}内" : "")
            .Set("contactAddress", context.Organisation.Address)
            .Set("contactPerson", c.Officers.FirstOrDefault()?.Name)
            .Set("contactPhone", context.Organisation.Phone)
            .Set("documentDate", Date(notice?.IssuedOn ?? context.Today));
        return data;
    }

    private static DocumentData HearingNotice(PenaltyCase c, CompositionContext context)
    {
        var hearing = c.CurrentHearing;
        return Outward(c, context)
            .Set("partyName", c.Party.Name)
            .Set("partyAddress", c.Party.Address)
            .Set("caseCause", c.Cause)
            .Set("hearingTime", Date(hearing?.HearingOn))
            .Set("hearingPlace", hearing?.Place)
            .Set("presidingOfficer", hearing?.PresidingName)
            .Set("hearingOfficers", "")
            .Set("hearingClerk", "")
            .Set("hearingPublicity", hearing?.NonPublicGround.Publicity() ?? "公开举行")
            .Set("contactPerson", c.Officers.FirstOrDefault()?.Name)
            .Set("contactPhone", context.Organisation.Phone)
            .Set("documentDate", Date(hearing?.NoticeIssuedOn ?? context.Today));
    }

    private static DocumentData HearingRecord(PenaltyCase c, CompositionContext context)
    {
        var hearing = c.CurrentHearing;
        var data = new DocumentData()
            .Set("organisationName", context.Organisation.Name)
            .Set("caseCause", c.Cause)
            .Set("hearingStart", Date(hearing?.HearingOn))
            .Set("hearingEnd", Date(hearing?.ConcludedOn))
            .Set("hearingPlace", hearing?.Place)
            .Set("hearingPublicity", hearing?.NonPublicGround.Publicity() ?? "公开举行")
            .Set("presidingOfficer", hearing?.PresidingName)
            .Set("hearingOfficers", "")
            .Set("hearingClerk", "")
            .Set("partyName", c.Party.Name)
            .Set("partyRepresentative", c.Party.LegalRepresentative)
            .Set("partyAgents", "")
            .Set("investigators", Officers(c))
            .Set("refusalNote", hearing?.Outcome == HearingOutcome.PartyAbsent ? "当事人无正当理由未到场，视为放弃听证权利" : "");
        data.Section("statements");
        if (hearing?.Summary is { Length: > 0 } summary)
        {
            data.AddRow("statements", ("speaker", "主持人"), ("statement", summary));
        }

        return data;
    }

    private static DocumentData HearingReport(PenaltyCase c, CompositionContext context)
    {
        var hearing = c.CurrentHearing;
        return new DocumentData()
            .Set("organisationName", context.Organisation.Name)
            .Set("caseCause", c.Cause)
            .Set("partyName", c.Party.Name)
            .Set("hearingTime", Date(hearing?.HearingOn))
            .Set("hearingPlace", hearing?.Place)
            .Set("presidingOfficer", hearing?.PresidingName)
            .Set("hearingOfficers", "")
            .Set("hearingClerk", "")
            .Set("participants", $"{c.Party.Name}；调查人员{Officers(c)}")
            .Set("caseSummary", Facts(c))
            .Set("partyDefence", string.Join("\n", c.Statements.Where(s => !s.WaivesStatement).Select(s => s.Summary)))
            .Set("hearingFindings", hearing?.Summary)
            .Set("recommendation", ProposedText(c))
            .Set("reportDate", Date(hearing?.ConcludedOn ?? context.Today));
    }

    /// <summary>行政处罚法第五十九条：决定书载明的全部事项。</summary>
    private DocumentData PenaltyDecision(PenaltyCase c, CompositionContext context)
    {
        var day = DecisionDay(c, context);
        var (range, problem) = Range(c, day);
        var fine = Fine(c);
        var discretion = Discretion(c, range);
        var data = Evidence(Party(Outward(c, context), c), c)
            .Set("facts", Facts(c))
            .Set("provisionBreached", BreachedProvisions.For(c.ViolationCode, c.ActDate))
            .Set("noticeHistory", NoticeHistory(c))
            .Set("provisionApplied", ProvisionApplied(range, problem))
            .Set("discretion", discretion)
            .Set("correctionOrder", CorrectionText(c))
            .Set("penaltyContent", PenaltyContent(c))

            // A decision without a fine (e.g. a warning) prints no fine line and no payment paragraph.
            .Set("fineAmount", fine > 0m ? Amount(fine) : "")
            .Set("fineUppercase", fine > 0m ? Uppercase(fine) : "")
            .Set("paymentInstructions", Sentence(context.Organisation.PaymentInstructions))
            .Set("paymentDeadlineText", fine > 0m ? PaymentDeadlineText(context.EffectiveRules) : "")
            .Set("reconsiderationBody", context.Organisation.ReconsiderationBody)
            .Set("court", context.Organisation.Court)
            .Set("investmentFinding", InvestmentFinding(c))
            .Set("lawComparison", LawComparison(c, range, problem, day))
            .Set("decisionDate", Date(day));
        return data;
    }

    private static DocumentData NoPenaltyDecision(PenaltyCase c, CompositionContext context)
    {
        var decision = c.Decision is { Kind: DecisionKind.NoPenalty } d ? d : null;
        return Evidence(Party(Outward(c, context), c), c)
            .Set("facts", Facts(c))
            .Set("provisionBreached", BreachedProvisions.For(c.ViolationCode, c.ActDate))
            .Set("noPenaltyReason", decision?.Reason)
            .Set("noPenaltyBasis", NoPenaltyText.Basis(decision?.NoPenaltyGround ?? NoPenaltyGround.MinorAndCorrected, c.ActDate))
            .Set("correctionOrder", CorrectionText(c))
            .Set("reconsiderationBody", context.Organisation.ReconsiderationBody)
            .Set("court", context.Organisation.Court)
            .Set("decisionDate", Date(decision?.DecidedOn ?? context.Today));
    }

    /// <summary>
    /// 民事诉讼法第八十七条：送达回证 of the decision (after service), the notice or a 催告书, with what the method
    /// requires on it: place, time, signer and relation, servers, witnesses (第八十九条), tracking number and return
    /// slip (第九十一条), consent form (第九十条), publication channels (第九十五条) and earlier failed attempts.
    /// </summary>
    private static DocumentData ServiceReceipt(PenaltyCase c, CompositionContext context)
    {
        var served = context.ServedTemplate ?? (c.Decision is not null ? c.Decision.Kind == DecisionKind.Penalty ? "penalty-decision" : "no-penalty-decision" : "advance-notice");
        string name, number;
        ServedAs? service = null;
        switch (served)
        {
            case "penalty-decision" or "no-penalty-decision":
                name = TemplateContracts.Get(served).Title;
                number = c.Decision?.Number ?? "";
                if (c.Services.LastOrDefault() is { } record)
                {
                    service = new(record.Method, record.ServedOn, record.DeemedServedOn, record.Details, Attempts(c, ServedDocument.Decision, 1));
                }

                break;
            case "advance-notice":
                name = TemplateContracts.AdvanceNotice.Title;
                number = c.CurrentNotice?.Number ?? "";
                if (c.CurrentNotice is { ServedOn: { } on } notice)
                {
                    service = new(notice.ServiceMethod ?? Domain.Cases.ServiceMethod.Direct, notice.ServiceStepOn ?? on, on,
                        notice.ServiceDetails ?? new ServiceDetails(), Attempts(c, ServedDocument.Notice, notice.Cycle));
                }

                break;
            case "payment-demand":
                name = TemplateContracts.PaymentDemand.Title;
                number = "";
                if (c.Demands.LastOrDefault() is { } demand)
                {
                    service = new(demand.Method, demand.ServedOn, demand.DeemedServedOn, demand.Details, Attempts(c, ServedDocument.Demand, demand.Number));
                }

                break;
            case "correction-order":
                name = TemplateContracts.Get(served).Title;
                number = "";
                if (c.Corrections.LastOrDefault(o => o.ServedOn is not null) is { ServedOn: { } correctionServed } order)
                {
                    service = new(order.ServiceMethod ?? Domain.Cases.ServiceMethod.Direct, order.ServiceStepOn ?? correctionServed, correctionServed,
                        order.ServiceDetails ?? new ServiceDetails(), []);
                }

                break;
            case "hearing-notice":
                name = TemplateContracts.HearingNotice.Title;
                number = "";
                if (c.CurrentHearing is { NoticeServedOn: { } hearingServed } hearing)
                {
                    service = new(hearing.NoticeServiceMethod ?? Domain.Cases.ServiceMethod.Direct, hearing.NoticeServiceStepOn ?? hearingServed, hearingServed,
                        hearing.NoticeServiceDetails ?? new ServiceDetails(), []);
                }

                break;
            default:
                name = TemplateContracts.Get(served).Title;
                number = "";
                break;
        }

        var data = Receipt(c, context, name, number);
        if (service is not { } s)
        {
            return data;
        }

        var d = s.Details;
        var signer = d.Recipient is { } r ? s.Method == Domain.Cases.ServiceMethod.LeftAtAddress ? $"（拒收人：{r}）" : $"（签收人：{r}）" : "";
        var servers = d.ServerUserIds.Count > 0
            ? string.Join("、", d.ServerUserIds.Select(id => c.Officers.FirstOrDefault(o => o.UserId == id)?.Name ?? context.UserNames?.GetValueOrDefault(id) ?? id))
            : Officers(c);
        return data
            .Set("recipientName", c.Party.Name + signer)
            .Set("serviceTime", ServiceTimeText(s.Method, s.On, s.DeemedOn, d))
            .Set("servicePlace", ServicePlaceText(s.Method, d, c.Party.Address))
            .Set("serviceMethod", ServiceMethodWord(s.Method))
            .Set("receiverRelation", d.Relation is { } relation ? RecipientRelationWord(relation) : "")
            .Set("servers", servers)
            .Set("witnesses", string.Join("、", d.Witnesses.Select(w => string.IsNullOrWhiteSpace(w.Unit) ? w.Name : $"{w.Name}（{w.Unit}）")))
            .Set("remarks", ServiceRemarks(s.Method, d, s.Attempts));
    }

    private static DocumentData Receipt(PenaltyCase c, CompositionContext context, string name, string number) => new DocumentData()
        .Set("organisationName", context.Organisation.Name)
        .Set("servedDocumentName", name)
        .Set("servedDocumentNumber", number)
        .Set("recipientName", c.Party.Name)
        .Set("serviceTime", "")
        .Set("servicePlace", c.Party.Address)
        .Set("serviceMethod", "")
        .Set("receiverRelation", c.Party.Kind == PartyKind.Organisation ? "法定代表人或者其授权的工作人员" : "本人")
        .Set("servers", Officers(c))
        .Set("witnesses", "")
        .Set("remarks", "");

    private static IReadOnlyList<ServiceAttempt> Attempts(PenaltyCase c, ServedDocument document, int sequence) =>
        [.. c.ServiceAttempts.Where(a => a.Document == document && a.DocumentSequence == sequence)];

    private sealed record ServedAs(ServiceMethod Method, DateOnly On, DateOnly DeemedOn, ServiceDetails Details, IReadOnlyList<ServiceAttempt> Attempts);

    private static DocumentData InstalmentApproval(PenaltyCase c, CompositionContext context)
    {
        var fine = Fine(c);
        var data = Outward(c, context)
            .Set("partyName", c.Party.Name)
            .Set("partyAddress", c.Party.Address)
            .Set("originalDecisionNumber", c.Decision?.Number)
            .Set("originalDecisionDate", Date(c.Decision?.DecidedOn))
            .Set("applicationDate", Date(c.Instalments.FirstOrDefault()?.ApprovedOn))
            .Set("instalmentKind", c.Instalments.Count > 1 ? "分期" : "延期")
            .Set("fineAmount", Amount(fine))
            .Set("fineUppercase", Uppercase(fine))
            .Set("paymentInstructions", Sentence(context.Organisation.PaymentInstructions))
            .Set("documentDate", Date(c.Instalments.FirstOrDefault()?.ApprovedOn ?? context.Today));
        data.Section("instalments");
        var n = 1;
        foreach (var instalment in c.Instalments.OrderBy(i => i.DueOn))
        {
            data.AddRow("instalments",
                ("instalmentNo", $"第{Count(n++)}期"),
                ("instalmentDueDate", Date(instalment.DueOn)),
                ("instalmentAmount", Yuan(instalment.Amount)));
        }

        return data;
    }

    // 行政强制法第三十五条：催告书载明履行义务的期限、方式，涉及金钱给付的应当有明确的金额和给付方式。
    private DocumentData PaymentDemand(PenaltyCase c, CompositionContext context)
    {
        var fine = c.OutstandingFine;
        var rules = context.EffectiveRules;
        var clock = new CaseClock(DateTimeOffset.UtcNow, context.Today, calendar, rules);
        var demand = c.Demands.LastOrDefault();

        // 行政处罚法第七十二条、第七十三条第三款: the one surcharge computation — this decision's own fine, only on
        // sums already due, capped at the fine, paused while reconsideration or litigation is pending.
        var surcharge = CaseManagement.Domain.Deadlines.CaseDeadlines.Surcharge(
            c.Timeline(), clock.Calendar, rules, demand?.IssuedOn ?? context.Today)?.Amount ?? 0m;
        return Outward(c, context)
            .Set("partyName", c.Party.Name)
            .Set("partyAddress", c.Party.Address)
            .Set("originalDecisionNumber", c.Decision?.Number)
            .Set("originalDecisionDate", Date(c.Decision?.DecidedOn))
            .Set("decisionServedDate", Date(c.DeemedServedOn))
            .Set("fineAmount", Amount(fine))
            .Set("fineUppercase", Uppercase(fine))
            .Set("surchargeAmount", Amount(surcharge))
            .Set("surchargeUppercase", Uppercase(surcharge))
            .Set("totalAmount", Amount(fine + surcharge))
            .Set("totalUppercase", Uppercase(fine + surcharge))
            .Set("performanceDeadlineText", $"收到本催告书之日起{Period(LegalPeriod.WorkingDays(rules.DemandWaitWorkingDays))}内")
            .Set("paymentInstructions", Sentence(context.Organisation.PaymentInstructions))
            .Set("contactPerson", c.Officers.FirstOrDefault()?.Name)
            .Set("contactPhone", context.Organisation.Phone)
            .Set("documentDate", Date(demand?.IssuedOn ?? context.Today));
    }

    private static DocumentData EnforcementApplication(PenaltyCase c, CompositionContext context)
    {
        var data = Party(Outward(c, context), c)
            .Set("court", c.CourtApplication?.Court ?? context.Organisation.Court)
            .Set("applicantAddress", context.Organisation.Address)
            .Set("applicantRepresentative", "")
            .Set("originalDecisionNumber", c.Decision?.Number)
            .Set("originalDecisionDate", Date(c.Decision?.DecidedOn))
            .Set("decisionServedDate", Date(c.DeemedServedOn))
            .Set("facts", Facts(c))
            .Set("penaltyContent", $"{PenaltyContent(c)}，罚款{AmountInWordsAndFigures(Fine(c))}")
            .Set("reasonsAndBasis", EnforcementText.Reasons(c.Remedies))
            .Set("partyOpinions", string.Join("\n", c.Statements.Select(s => s.Summary)))
            .Set("demandHistory", string.Join("\n", c.Demands.Select(d => $"{Date(d.IssuedOn)}制发催告书，{Date(d.ServedOn)}送达")))
            .Set("enforcementTarget", $"罚款{AmountInWordsAndFigures(c.OutstandingFine)}及依法加处的罚款")
            .Set("documentDate", Date(c.CourtApplication?.AppliedOn ?? context.Today));
        data.Section("attachments");
        var n = 1;
        foreach (var title in new[] { "行政处罚决定书及送达回证", "催告书及送达回证", "当事人的意见及本机关的催告情况" })
        {
            data.AddRow("attachments", ("attachmentNo", (n++).ToString(Culture)), ("attachmentName", title));
        }

        return data;
    }

    // 按日连续处罚决定书 (令第28号第十六条) of a linked case: the facts and the amount were fixed when it was opened.
    private static DocumentData DailyPenaltyDecision(PenaltyCase c, CompositionContext context)
    {
        var daily = c.DailyPenaltyBasis;
        var decided = c.Decision;
        var refusalFacts = daily is null ? "" : DailyPenaltyText.RefusalFacts(daily);
        return Evidence(Party(Outward(c, context), c), c)
            .Set("firstFinding", Facts(c))
            .Set("originalDecisionNumber", daily?.OriginalDecisionNumber)
            .Set("refusalFacts", refusalFacts)
            .Set("dailyPenaltyStart", Date(daily?.FirstDay))
            .Set("dailyPenaltyEnd", Date(daily?.LastDay))
            .Set("dailyPenaltyDays", daily?.Days.ToString(Culture) ?? "")
            .Set("provisionApplied", daily is null ? "" : DailyPenaltyText.Provisions(daily))
            .Set("originalFineAmount", Amount(daily?.DailyAmount ?? 0m))
            .Set("calculationText", daily is null ? "" : DailyPenaltyText.Calculation(daily))
            .Set("fineAmount", daily is null ? "" : Amount(daily.Total))
            .Set("fineUppercase", daily is null ? "" : Uppercase(daily.Total))
            .Set("paymentInstructions", Sentence(context.Organisation.PaymentInstructions))
            .Set("paymentDeadlineText", PaymentDeadlineText(context.EffectiveRules))
            .Set("reconsiderationBody", context.Organisation.ReconsiderationBody)
            .Set("court", context.Organisation.Court)
            .Set("decisionDate", Date(decided?.DecidedOn ?? context.Today));
    }

    private static DocumentData ClosureApproval(PenaltyCase c, CompositionContext context)
    {
        var decision = c.Decision;
        var execution = c.Payments.Count == 0
            ? c.CourtApplication is { } court ? $"{Date(court.AppliedOn)}申请{court.Court}强制执行" : ""
            : $"当事人已缴纳罚款{AmountInWordsAndFigures(c.PaidAmount)}（{string.Join("、", c.Payments.Select(p => $"{Date(p.PaidOn)}缴纳{Yuan(p.Amount)}"))}）";
        var closure = c.Closure;
        return new DocumentData()
            .Set("organisationName", context.Organisation.Name)
            .Set("caseNumber", c.CaseNumber)
            .Set("caseCause", c.Cause)
            .Set("partyName", c.Party.Name)
            .Set("decisionNumber", decision?.Number)
            .Set("decisionSummary", decision is null ? "" : decision.Kind == DecisionKind.NoPenalty
                ? $"不予行政处罚：{decision.Reason}"
                : $"{PenaltyContent(c)}，罚款{AmountInWordsAndFigures(decision.Fine)}")
            .Set("executionResult", execution)
            .Set("closureGround", closure is null ? "" : $"{ClosureGroundWord(closure.Ground)}。{closure.Remark}".TrimEnd('。') + "。")
            .Set("handlerOpinion", closure is null ? "" : "建议结案")
            .Set("handlerName", Officers(c))
            .Set("handlerDate", Date(closure?.ClosedOn))
            .Set("departmentOpinion", closure is null ? "" : "同意结案")
            .Set("departmentHeadName", "")
            .Set("departmentDate", Date(closure?.ClosedOn))
            .Set("headOpinion", closure is null ? "" : "同意结案")
            .Set("headName", context.NameOf(closure?.ClosedBy))
            .Set("headDate", Date(closure?.ClosedOn));
    }

    private static DocumentData FileCover(PenaltyCase c, CompositionContext context)
    {
        var result = c.Decision is null ? c.EndReason ?? "" : c.Decision.Kind == DecisionKind.NoPenalty
            ? "不予行政处罚"
            : $"{PenaltyContent(c)}，罚款{Yuan(c.Decision.Fine)}";
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

    private static DocumentData FileIndexHeader(PenaltyCase c, CompositionContext context) =>
        new DocumentData()
            .Set("organisationName", context.Organisation.Name)
            .Set("caseNumber", c.CaseNumber)
            .Set("volume", context.Volume ?? "正卷");
}

/// <summary>One line of the 卷内目录: the pages are “3” or “3-5” within the volume.</summary>
public sealed record FileIndexEntry(string? DocumentNumber, string Title, DateOnly? Date, string Pages, string? Remarks = null);
