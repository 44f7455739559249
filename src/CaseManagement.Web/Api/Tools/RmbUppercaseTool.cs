using System.ComponentModel;
using CaseManagement.Domain.Money;
using CaseManagement.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseManagement.Web.Api.Tools;

public sealed record RmbUppercaseResponse(string Uppercase);

/// <summary><c>GET /api/tools/rmb-uppercase?amount=123456.78</c> → <c>{"uppercase":"壹拾贰万叁仟肆佰伍拾陆元柒角捌分"}</c>.</summary>
public static class RmbUppercaseTool
{
    public static void Map(RouteGroupBuilder tools) => tools.MapGet("/rmb-uppercase", Handle)
        .RequiredQuery("amount")
        .WithName("RmbUppercase")
        .WithSummary("金额转人民币大写")
        .WithDescription("按中国人民银行《正确填写票据和结算凭证的基本规定》书写，不含“人民币”前缀。");

    public static Results<Ok<RmbUppercaseResponse>, ValidationProblem> Handle(
        [Description("金额（元），非负，最多两位小数，小于一万亿")] string? amount)
    {
        var errors = new ValidationErrors();
        var yuan = errors.RequiredAmount("amount", amount, "金额（元）");
        if (yuan is null)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(new RmbUppercaseResponse(RmbUppercase.Format(yuan.Value)));
    }
}
