using CaseManagement.Domain.Penalties;
using CaseManagement.Web.Infrastructure;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Tests.Infrastructure;

public class ExpectedFailureHandlerTests
{
    [Fact]
    public void ToProblem_ForValidationException_Returns400WithCamelCaseFieldErrors()
    {
        var exception = new ValidationException([
            new ValidationFailure("UserName", "请输入用户名"),
            new ValidationFailure("Party.Name", "请输入当事人名称"),
            new ValidationFailure("Party.Name", "名称过长"),
        ]);

        var problem = Assert.IsType<HttpValidationProblemDetails>(ExpectedFailureHandler.ToProblem(exception));

        Assert.Equal(400, problem.Status);
        Assert.Equal("请求参数有误", problem.Title);
        Assert.Equal(["请输入用户名"], problem.Errors["userName"]);
        Assert.Equal(["请输入当事人名称", "名称过长"], problem.Errors["party.name"]);
    }

    [Fact]
    public void ToProblem_ForDomainPenaltyInputException_Returns409WithItsChineseReason()
    {
        var problem = ExpectedFailureHandler.ToProblem(new PenaltyInputException("需要提供建设项目总投资额"));

        Assert.Equal(409, problem!.Status);
        Assert.Equal("需要提供建设项目总投资额", problem.Detail);
    }

    [Fact]
    public void ToProblem_ForConflictSubclass_Returns409()
    {
        var problem = ExpectedFailureHandler.ToProblem(new DuplicateThing("已存在相同编号"));

        Assert.Equal(409, problem!.Status);
        Assert.Equal("已存在相同编号", problem.Detail);
    }

    [Fact]
    public void ToProblem_ForConcurrencyConflict_Returns409AskingToRefresh()
    {
        var problem = ExpectedFailureHandler.ToProblem(new DbUpdateConcurrencyException("stale"));

        Assert.Equal(409, problem!.Status);
        Assert.Equal("该案件已被他人修改，请刷新", problem.Detail);
    }

    [Fact]
    public void ToProblem_ForNotFoundAndForbidden_Returns404And403WithTheirMessages()
    {
        var notFound = ExpectedFailureHandler.ToProblem(new NotFoundException("案件 42 不存在"));
        var forbidden = ExpectedFailureHandler.ToProblem(new ForbiddenException());

        Assert.Equal(404, notFound!.Status);
        Assert.Equal("案件 42 不存在", notFound.Detail);
        Assert.Equal(403, forbidden!.Status);
        Assert.Equal(ForbiddenException.DefaultMessage, forbidden.Detail);
    }

    [Fact]
    public void ToProblem_ForUnexpectedException_ReturnsNullSoItStaysA500()
    {
        Assert.Null(ExpectedFailureHandler.ToProblem(new InvalidOperationException("bug")));
        Assert.Null(ExpectedFailureHandler.ToProblem(new ArgumentException("bug")));
    }

    private sealed class DuplicateThing(string message) : ConflictException(message);
}
