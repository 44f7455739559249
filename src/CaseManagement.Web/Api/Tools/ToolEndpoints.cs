namespace CaseManagement.Web.Api.Tools;

/// <summary>
/// The reference calculators of DECISIONS.md §8: no login, no case data. One file per tool, each with
/// a <c>Map(RouteGroupBuilder)</c>; adding a tool is one file plus one line here.
/// </summary>
public static class ToolEndpoints
{
    public static IEndpointRouteBuilder MapToolEndpoints(this IEndpointRouteBuilder app)
    {
        var tools = app.MapGroup("/api/tools")
            .WithTags("Tools")
            .AllowAnonymous();

        DueDateTool.Map(tools);
        RmbUppercaseTool.Map(tools);
        ValidateIdentifierTool.Map(tools);
        PenaltyRangeTool.Map(tools);

        return app;
    }
}
