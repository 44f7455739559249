using System.Text.Json;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Infrastructure;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Api.Cases;

/// <summary>The case API of DECISIONS.md §8. Endpoints only bind and send; the use cases are in Features/Cases.</summary>
public static class CaseEndpoints
{
    private const string Description = "请求体为 JSON：{\"version\":\"…\", …该步骤的数据}。version 过期返回 409（type …/problems/stale-version，该案件已被他人修改，请刷新）；"
        + "当前阶段不允许或不符合法定条件返回 409（type …/problems/rule-refused，code 为规则代码，如 two-certified-officers）并说明理由；"
        + "角色无权执行返回 403（type …/problems/role-forbidden）；输入有误返回 400（type …/problems/validation，errors 按字段列出）。文号由系统分配，不由客户端提供。";

    public static IEndpointRouteBuilder MapCaseEndpoints(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases")
            .WithTags("Cases")
            .RequireAuthorization(Policies.CaseWorker)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        cases.MapGet("/", ListAsync)
            .WithName("ListCases")
            .WithSummary("案件列表")
            .WithDescription("本机关的案件，按登记先后倒序分页。state 按阶段筛选；q 按立案号、统一社会信用代码（前缀）或当事人名称（包含）搜索；"
                + "overdue=true 只列本机关下一法定期限已逾期的案件；dueWithin=N 只列下一法定期限在 N 个工作日内到期（含已逾期）的案件；officer=用户ID 只列该执法人员承办的案件；violation=违法行为代码；from、to 为登记日期范围（含）；"
                + "sort=Number|Party|Cause|State|Registered|Deadline 按该列排序（默认按登记先后倒序），desc=true 倒序；page 从1开始，pageSize 1–200（默认50）。"
                + "total 最多计到1000（totalIsLowerBound=true 表示超过1000件），hasMore 表示还有下一页。")
            .ProducesValidationProblem();

        cases.MapPost("/", CreateAsync)
            .WithName("CreateCase")
            .WithSummary("案源登记")
            .WithDescription("登记新案源（阶段 Lead）。当事人为单位须填统一社会信用代码，为个人须填居民身份证号码，均校验校验码；登记日期不得晚于今天。")
            .ProducesValidationProblem();

        cases.MapGet("/{id:long}", GetAsync)
            .WithName("GetCase")
            .WithSummary("案件详情")
            .WithDescription("案件全部记录、今日计算的法定期限（deadlines）、当前用户此刻可执行的步骤（allowedActions）、已分配文号与办理历史。")
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/{id:long}/actions/{trigger}", ActAsync)
            .WithName("FireCaseTrigger")
            .WithSummary("执行案件步骤")
            .WithDescription($"trigger 为步骤名（不区分大小写）：{string.Join("、", CaseSteps.ByName.Values.Select(s => $"{s.Trigger}（{s.Trigger.ToChinese()}）"))}。" + Description)
            .Accepts<JsonElement>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapGet("/{id:long}/documents", DocumentsAsync)
            .WithName("ListCaseDocuments")
            .WithSummary("案件文书列表")
            .WithDescription("案件在各步骤制发的文书（含文号、SHA-256、作废原因及替代文书），按制发先后排列。")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    // A bad parameter is answered 400 naming it, by the query's validator in the pipeline (ExpectedFailureHandler).
    public static async Task<Ok<ListCases.CaseList>> ListAsync(IMediator mediator, [AsParameters] ListCases.Query query, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    public static async Task<Created<CaseView>> CreateAsync(IMediator mediator, CreateCase.Command command, CancellationToken ct)
    {
        var view = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/cases/{view.Id}", view);
    }

    public static async Task<Ok<CaseView>> GetAsync(IMediator mediator, long id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetCase.Query(id), ct));

    public static async Task<Results<Ok<CaseView>, ValidationProblem, ProblemHttpResult>> ActAsync(
        IMediator mediator, IOptions<JsonOptions> json, ICurrentUser user, HttpRequest request, long id, string trigger, CancellationToken ct)
    {
        if (!CaseSteps.TryGet(trigger, out var caseTrigger, out var commandType))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到",
                detail: $"没有名为“{trigger}”的案件步骤。可用的步骤：{string.Join("、", CaseSteps.ByName.Keys)}");
        }

        // A role that may never fire this trigger gets 403 before its input is even read (the handler checks again).
        if (!CaseRoleTable.MayFire(CaseContextFactory.ActorOf(user), caseTrigger))
        {
            throw new RoleForbiddenException(CaseRoleTable.Refusal(caseTrigger));
        }

        CaseStepCommand? command;
        try
        {
            command = (CaseStepCommand?)await JsonSerializer.DeserializeAsync(request.Body, commandType, json.Value.SerializerOptions, ct);
        }
        catch (JsonException exception)
        {
            var errors = new ValidationErrors();
            var field = string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? "body" : exception.Path.TrimStart('$', '.');
            errors.Add(field, UnreadableValue(commandType, field, exception));
            return errors.ToProblem();
        }

        if (command is null)
        {
            var errors = new ValidationErrors();
            errors.Add("body", "缺少请求体：须为 JSON 对象，至少包含 version");
            return errors.ToProblem();
        }

        command.CaseId = id;
        return TypedResults.Ok(await mediator.Send((IRequest<CaseView>)command, ct));
    }

    /// <summary>
    /// A value the JSON body cannot carry into the command (a word outside a choice, text for an amount, a
    /// malformed date): the field's Chinese label and what it accepts, the same sentence the step form gives.
    /// </summary>
    internal static string UnreadableValue(Type commandType, string field, JsonException exception)
    {
        var label = FieldLabels.Of(commandType, field);
        var type = FieldType(commandType, field);
        return (label, type) switch
        {
            ({ } l, { IsEnum: true } e) => CaseInputRules.NotAChoice(l, e),
            ({ } l, var t) when t == typeof(decimal) => CaseInputRules.NotANumber(l),
            ({ } l, var t) when t == typeof(int) || t == typeof(long) => CaseInputRules.NotAnInteger(l),
            ({ } l, var t) when t == typeof(DateOnly) => CaseInputRules.NotADate(l),
            ({ } l, var t) when t == typeof(TimeOnly) => CaseInputRules.NotATime(l),
            ({ } l, _) => $"{l}（{field}）的值类型不正确",
            _ when ProblemDetailsSetup.IsChinese(exception.Message) => exception.Message,
            _ => $"请求体不是有效的 JSON，或字段 {field} 的值类型不正确",
        };
    }

    // The element type of the property at a JSON path ("proposed.fine", "schedule[0].amount"), nullable unwrapped.
    private static Type? FieldType(Type type, string path)
    {
        foreach (var part in path.Split('.'))
        {
            var property = type.GetProperty(part.Split('[')[0], System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.IgnoreCase);
            if (property is null)
            {
                return null;
            }

            type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type.IsGenericType && type != typeof(string))
            {
                type = type.GetGenericArguments()[0];
            }
        }

        return type;
    }

    public static async Task<Ok<IReadOnlyList<CaseDocumentView>>> DocumentsAsync(IMediator mediator, long id, CancellationToken ct)
    {
        // The documents are part of the case view (issued at the steps), so an unknown or foreign case answers 404.
        var view = await mediator.Send(new GetCase.Query(id), ct);
        return TypedResults.Ok(view.Documents);
    }
}
