using CaseManagement.Web.Api.Audit;
using CaseManagement.Web.Api.Auth;
using CaseManagement.Web.Api.Tools;
using CaseManagement.Web.Features.Shared;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddApiJson();
builder.Services.AddChineseProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddClock();
builder.AddCasePersistence();
builder.AddCaseAuth();
builder.Services.AddCaseMediator();
builder.Services.AddLegalCalendar();
builder.Services.AddSingleton(new CaseManagement.Domain.Penalties.PenaltyRangeCalculator());
builder.Services.AddCasePages();

var app = builder.Build();

await app.InitialiseDatabaseAsync();

app.UseChineseProblemDetails();
app.UseCasePages();
app.UseAuthentication();
app.UseAuthorization();

app.MapOpenApi().AllowAnonymous();
app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" })).WithTags("Health").AllowAnonymous();
app.MapToolEndpoints();
app.MapAuthEndpoints();
app.MapAuditEndpoints();
app.MapRazorPages();

app.Run();

public partial class Program;
