using CaseManagement.Web.Features.Accounts;
using CaseManagement.Web.Features.Audit;
using CaseManagement.Web.Infrastructure;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Infrastructure;

[Collection(ReadOnlyHost.Name)]
public class MediatorSetupTests(AppFactory factory)
{
    [Fact]
    public void HandlerRegistrations_FindTheInternalHandlersOfTheWebAssembly()
    {
        var registrations = MediatorSetup.HandlerRegistrations(typeof(MediatorSetup).Assembly).ToList();

        Assert.Contains(registrations, r => r.Service == typeof(IRequestHandler<Login.Command, Login.Outcome>));
        Assert.Contains(registrations, r => r.Service == typeof(IRequestHandler<VerifyAuditChain.Query, CaseManagement.Web.Audit.AuditVerification>));
    }

    [Fact]
    public void EveryScannedHandler_ResolvesFromARequestScope()
    {
        _ = factory.Server;
        using var scope = factory.Services.CreateScope();

        foreach (var (service, implementation) in MediatorSetup.HandlerRegistrations(typeof(MediatorSetup).Assembly))
        {
            Assert.IsType(implementation, scope.ServiceProvider.GetRequiredService(service));
        }
    }

    [Fact]
    public async Task Send_WithInvalidCommand_ThrowsValidationExceptionBeforeTheHandler()
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();

        var exception = await Assert.ThrowsAsync<ValidationException>(() => mediator.Send(new Login.Command { UserName = "zhangsan" }));

        var failure = Assert.Single(exception.Errors);
        Assert.Equal(nameof(Login.Command.Password), failure.PropertyName);
        Assert.Equal("请输入密码", failure.ErrorMessage);
    }

    [Fact]
    public async Task Send_WithValidCommand_ReachesTheHandler()
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();

        var outcome = await mediator.Send(new Login.Command { UserName = "nobody", Password = "Whatever#1" });

        Assert.Equal(Login.Status.InvalidCredentials, outcome.Status);
    }

    [Fact]
    public void LoginCommand_ToString_DoesNotRevealThePassword()
    {
        var command = new Login.Command { UserName = "zhangsan", Password = "Demo#2026" };

        Assert.DoesNotContain("Demo#2026", command.ToString(), StringComparison.Ordinal);
    }
}
