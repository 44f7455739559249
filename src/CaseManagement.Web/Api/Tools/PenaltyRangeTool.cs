using System.ComponentModel;
using CaseManagement.Domain.Penalties;
using CaseManagement.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseManagement.Web.Api.Tools;

public sealed record ComparedProvisionResponse(string Basis, decimal Minimum, decimal Maximum, bool OptionalFine);

public sealed record PenaltyRangeResponse(
    decimal Minimum,
    decimal Maximum,
    bool OptionalFine,
    string Basis,
    IReadOnlyList<ComparedProvisionResponse> Compared,
    string Reason);

/// <summary>
/// <c>GET /api/tools/penalty-range?violation=EiaUnapprovedConstruction&amp;actDate=2025-05-10&amp;decisionDate=2026-11-29&amp;totalInvestment=8500000&amp;eiaDocument=report&amp;serious=false</c>:
/// the statutory range under the law of the day of the act, with 从旧兼从轻 (DECISIONS.md §5, §8).
/// </summary>
public static class PenaltyRangeTool
{
    private static readonly Dictionary<string, EiaDocumentType> EiaDocuments = new(StringComparer.OrdinalIgnoreCase)
    {
        ["report"] = EiaDocumentType.Report,
        ["form"] = EiaDocumentType.Form,
    };

    private static readonly Dictionary<string, bool> Booleans = new(StringComparer.OrdinalIgnoreCase)
    {
        ["true"] = true,
        ["false"] = false,
    };

    public static void Map(RouteGroupBuilder tools) => tools.MapGet("/penalty-range", Handle)
        .RequiredQuery("violation", "actDate")
        .WithName("PenaltyRange")
        .WithSummary("按行为时法律计算罚款幅度（从旧兼从轻）")
        .WithDescription("适用违法行为发生时（持续行为为终了时）的规定；作出决定时新规定较轻的适用新规定。比较顺序：最高额、最低额、“可以处”轻于“处”。");

    public static Results<Ok<PenaltyRangeResponse>, ValidationProblem> Handle(
        [Description("违法行为代码，如 EiaUnapprovedConstruction")] string? violation,
        [Description("违法行为发生日，yyyy-MM-dd")] string? actDate,
        [Description("持续违法行为的终了日，yyyy-MM-dd，可选")] string? actEndDate,
        [Description("作出决定的日期，yyyy-MM-dd，默认今天")] string? decisionDate,
        [Description("建设项目总投资额（元），按投资额计罚的条款需要")] string? totalInvestment,
        [Description("环评文件类型：report（报告书）或 form（报告表）")] string? eiaDocument,
        [Description("是否情节严重：true 或 false，默认 false")] string? serious,
        [Description("是否逾期不改正/拒不改正：true 或 false，默认 false")] string? uncorrected,
        PenaltyRangeCalculator calculator,
        TimeProvider clock)
    {
        var errors = new ValidationErrors();
        var code = errors.Required("violation", violation, "违法行为代码");
        var act = errors.RequiredDate("actDate", actDate, "违法行为发生日");
        var actEnd = errors.OptionalDate("actEndDate", actEndDate, "违法行为终了日");
        var decision = errors.OptionalDate("decisionDate", decisionDate, "决定日期") ?? clock.TodayInChina();
        var investment = errors.OptionalAmount("totalInvestment", totalInvestment);
        var document = string.IsNullOrWhiteSpace(eiaDocument) ? null : errors.RequiredChoice("eiaDocument", eiaDocument, "环评文件类型", EiaDocuments);
        var isSerious = string.IsNullOrWhiteSpace(serious) ? false : errors.RequiredChoice("serious", serious, "情节严重", Booleans);
        var isUncorrected = string.IsNullOrWhiteSpace(uncorrected) ? false : errors.RequiredChoice("uncorrected", uncorrected, "逾期不改正", Booleans);

        if (code is not null && !calculator.Catalogue.TryGet(code, out _))
        {
            errors.Add("violation", new UnknownViolationException(code).Message);
        }

        if (errors.HasErrors || code is null || act is null || isSerious is null || isUncorrected is null)
        {
            return errors.ToProblem();
        }

        try
        {
            var result = calculator.Calculate(
                code,
                act.Value,
                decision,
                new PenaltyFacts(investment, document, isSerious.Value, isUncorrected.Value),
                actEnd);
            return TypedResults.Ok(new PenaltyRangeResponse(
                result.Minimum,
                result.Maximum,
                result.OptionalFine,
                result.Basis,
                [.. result.Compared.Select(c => new ComparedProvisionResponse(c.Basis, c.Minimum, c.Maximum, c.OptionalFine))],
                result.Reason));
        }
        catch (MissingPenaltyFactException missing)
        {
            foreach (var fact in missing.Facts)
            {
                errors.Add(fact == PenaltyFact.TotalInvestment ? "totalInvestment" : "eiaDocument", missing.Message);
            }

            return errors.ToProblem();
        }
        catch (PenaltyInputException invalid)
        {
            errors.Add(actEnd is null ? "actDate" : "actEndDate", invalid.Message);
            return errors.ToProblem();
        }
    }
}
