using System.ComponentModel;
using CaseManagement.Domain.Parties;
using CaseManagement.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseManagement.Web.Api.Tools;

public sealed record IdentifierCheckResponse(bool Valid, string Normalized, string? Reason);

/// <summary>
/// <c>GET /api/tools/validate?type=uscc|idCard&amp;value=...</c> → <c>{"valid":true,"normalized":"...","reason":null}</c>.
/// An invalid code is a successful check (200, valid=false, the reason); only a bad request is 400.
/// </summary>
public static class ValidateIdentifierTool
{
    public static void Map(RouteGroupBuilder tools) => tools.MapGet("/validate", Handle)
        .RequiredQuery("type", "value")
        .WithName("ValidateIdentifier")
        .WithSummary("校验统一社会信用代码或居民身份证号码")
        .WithDescription("先去除首尾空格并转为大写；无效时 valid 为 false，reason 说明哪项校验未通过。");

    public static Results<Ok<IdentifierCheckResponse>, ValidationProblem> Handle(
        [Description("uscc（统一社会信用代码）或 idCard（居民身份证号码）")] string? type,
        [Description("待校验的代码")] string? value,
        TimeProvider clock)
    {
        var errors = new ValidationErrors();
        var typeText = errors.Required("type", type, "代码类型：uscc 或 idCard");
        var valueText = errors.Required("value", value, "待校验的代码");
        if (typeText is null || valueText is null)
        {
            return errors.ToProblem();
        }

        IdentifierCheck? check = typeText.ToLowerInvariant() switch
        {
            "uscc" => UnifiedSocialCreditCode.Validate(valueText),
            "idcard" => ResidentIdNumber.Validate(valueText, clock.TodayInChina()),
            _ => null,
        };

        if (check is null)
        {
            errors.Add("type", $"代码类型“{typeText}”无效，只能是 uscc 或 idCard");
            return errors.ToProblem();
        }

        return TypedResults.Ok(new IdentifierCheckResponse(check.Valid, check.Normalized, check.Reason));
    }
}
