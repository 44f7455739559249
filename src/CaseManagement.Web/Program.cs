using CaseManagement.Web.Api.Audit;
using CaseManagement.Web.Api.Auth;
using CaseManagement.Web.Api.Cases;
using CaseManagement.Web.Api.Evidence;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Features.Reminders;
using CaseManagement.Web.Api.Tools;
using CaseManagement.Web.Documents;
using CaseManagement.Web.Features.Shared;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Storage;

var builder = WebApplication.CreateBuilder(HostArguments.WithSettingsReadOnce(args));

builder.Services.AddApiJson();
builder.Services.AddChineseProblemDetails();
builder.Services.AddOpenApi(options => options.DescribeProblemTypes());
builder.Services.AddClock();
builder.AddCasePersistence();
builder.AddEvidenceStorage();
builder.AddCaseAuth();
builder.AddCaseSecurity();
builder.Services.AddCaseMediator();
builder.Services.AddLegalCalendar();
builder.Services.AddCases();
builder.Services.AddReminders();
builder.Services.AddSingleton(new CaseManagement.Domain.Penalties.PenaltyRangeCalculator());
builder.AddCaseDocuments();
builder.Services.AddCasePages();
builder.AddRequestConcurrency();

var app = builder.Build();

if (await app.InitialiseOrExplainAsync() is { } refused)
{
    return refused;
}

app.UseSecurityHeaders();
app.UseChineseProblemDetails();
app.UseCasePages();
app.UseRequestConcurrency();
app.UseRequestConnection();
app.UseAuthentication();
app.UseSessionChecks();
app.UseAuthorization();
app.UseRateLimiter();

app.MapOpenApi().AllowAnonymous();
app.MapProblemTypes();
app.MapGet(HealthProbe.Path, () => TypedResults.Ok(new { status = "ok" })).WithTags("Health").AllowAnonymous();
app.MapToolEndpoints();
app.MapAuthEndpoints();
app.MapAuditEndpoints();
app.MapCaseEndpoints();
app.MapEvidenceEndpoints();
app.MapDocumentEndpoints();
app.MapRazorPages();

return app.RunOrExplain();

public partial class Program;
