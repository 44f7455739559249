namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>Bodies of the common steps, and drives that take a new case to a stage as the demo users.</summary>
internal static class Steps
{
    public static readonly string[] Officers = ["zhangsan", "lisi"];

    /// <summary>The 送达回证 of a direct service by the two case officers to the party's legal representative.</summary>
    public static object Handed(string servedOn, string recipient = "张某") => new
    {
        method = "Direct",
        servedOn,
        recipient,
        relation = "LegalRepresentative",
        place = "博兴县店子镇",
        time = "10:30:00",
        servers = Officers,
    };

    public static object Checklist(bool passed = true)
    {
        var item = new { passed, opinion = passed ? "符合" : "不符合" };
        return new { jurisdiction = item, facts = item, evidence = item, procedure = item, limitation = item, legalBasis = item, discretion = item };
    }

    public static async Task FileAsync(CaseHandle c, string on = "2026-10-13", string[]? officers = null)
    {
        await c.StepAsync("zhangsan", "RequestFiling", new { requestedOn = on, reason = "初查发现涉嫌违法" });
        await c.StepAsync("zhaoliu", "File", new { filedOn = on, officers = officers ?? Officers });
    }

    public static async Task InvestigateAsync(CaseHandle c, string on = "2026-10-14", string[]? officers = null)
    {
        officers ??= Officers;
        await c.StepAsync("zhangsan", "AddEvidence", new { kind = "PartyStatement", title = "调查询问笔录", collectedOn = on, place = "询问室", officers });
        await c.StepAsync("zhangsan", "RecordInvestigation", new { kind = "Inspection", on, place = "厂区", officers, summary = "现场检查" });
    }

    public static async Task SubmitAsync(CaseHandle c, decimal fine, string on = "2026-10-16", string violation = "EiaRegistrationNotFiled", string actDate = "2026-09-01", string user = "zhangsan",
        string? eiaDocument = null, string? mitigationGround = null)
    {
        await c.StepAsync(user, "SubmitForReview", new
        {
            submittedOn = on,
            reportSummary = "调查终结报告",
            cause = "环境违法行为",
            violationCode = violation,
            actDate,
            eiaDocument,
            proposed = new { fine, sanctions = "None", flaggedForDiscussion = false, mitigationGround },
        });
    }

    public static async Task NotifyAsync(CaseHandle c, string reviewedOn = "2026-10-19", string issuedOn = "2026-10-20", string servedOn = "2026-10-21")
    {
        await c.StepAsync("wangwu", "CompleteCaseReview", new { reviewedOn, checklist = Checklist(), opinion = "同意" });
        await c.StepAsync("wangwu", "IssueNotice", new { issuedOn });
        await c.StepAsync("zhangsan", "RecordNoticeService", Handed(servedOn));
    }

    public static async Task WaiveAsync(CaseHandle c, string on)
    {
        await c.StepAsync("zhangsan", "RecordStatement", new { receivedOn = on, summary = "当事人书面放弃陈述申辩和听证", waivesStatement = true, waivesHearing = true });
        await c.StepAsync("wangwu", "CloseStatementPeriod", new { closedOn = on, recheckOpinion = "当事人放弃，无需复核" });
    }

    /// <summary>A new Air case of 50,000 yuan taken to 立案调查 (filed 2026-10-13, investigated 10-14).</summary>
    public static async Task<CaseHandle> InvestigationAsync(CaseApi api, string partyName = "博兴县某化工有限公司")
    {
        var c = await api.CreateAsync(CaseApi.Lead(partyName, violation: "AirEmissionExceedance", actDate: "2026-09-01"));
        await FileAsync(c);
        await InvestigateAsync(c);
        return c;
    }
}
