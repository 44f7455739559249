using CaseManagement.Domain.Cases;
using CaseManagement.Web.Documents;
using CaseManagement.Web.Numbering;
using CaseManagement.Web.Documents.Definitions;

namespace CaseManagement.Web.Tests.Documents;

public sealed class CaseDocumentPlanTests
{
    [Fact]
    public void Plan_EveryTemplateNamed_HasAContract()
    {
        var named = CaseDocumentPlan.AtStep.Values.SelectMany(p => p).Select(p => p.Template).Concat(CaseDocumentPlan.OnDemand.Keys);

        Assert.All(named, name => Assert.True(DocumentDefinitions.Exists(name), name));
    }

    [Theory]
    [InlineData(CaseTrigger.File, "filing-approval", DocumentType.Filing)]
    [InlineData(CaseTrigger.IssueNotice, "advance-notice", DocumentType.PenaltyNotice)]
    [InlineData(CaseTrigger.ScheduleHearing, "hearing-notice", DocumentType.HearingNotice)]
    [InlineData(CaseTrigger.Decide, "penalty-decision", DocumentType.PenaltyDecision)]
    [InlineData(CaseTrigger.DecideNoPenalty, "no-penalty-decision", DocumentType.NoPenaltyDecision)]
    [InlineData(CaseTrigger.OrderCorrection, "correction-order", DocumentType.CorrectionOrder)]
    [InlineData(CaseTrigger.ApproveInstalments, "instalment-approval", DocumentType.InstalmentApproval)]
    [InlineData(CaseTrigger.IssueDemand, "payment-demand", DocumentType.PaymentDemand)]
    [InlineData(CaseTrigger.ApplyToCourt, "enforcement-application", DocumentType.EnforcementApplication)]
    public void Plan_ForANumberedDocument_CarriesTheNumberTypeTheStepAllocates(CaseTrigger trigger, string template, DocumentType type)
    {
        var planned = Assert.Single(CaseDocumentPlan.For(trigger));

        Assert.Equal(new PlannedDocument(template, type), planned);
        Assert.Equal(type, CaseDocumentPlan.NumberTypeOf(template));
    }

    [Fact]
    public void Plan_ForDataOnlySteps_IssuesNothingAndRecordsAreOnDemandOnly()
    {
        Assert.Empty(CaseDocumentPlan.For(CaseTrigger.RecordPayment));
        Assert.Empty(CaseDocumentPlan.For(CaseTrigger.RecordInvestigation));
        Assert.Empty(CaseDocumentPlan.For(CaseTrigger.RecordPublication));
        Assert.DoesNotContain(CaseDocumentPlan.AtStep.Values.SelectMany(p => p), p => CaseDocumentPlan.OnDemand.ContainsKey(p.Template));
        Assert.Null(CaseDocumentPlan.NumberTypeOf("closure-approval"));
    }
}
