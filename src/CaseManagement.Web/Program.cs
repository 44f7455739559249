using CaseManagement.Web.Api.Audit;
using CaseManagement.Web.Api.Auth;
using CaseManagement.Web.Api.Cases;
using CaseManagement.Web.Api.Evidence;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Api.Tools;
using CaseManagement.Web.Documents;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddApiJson();
builder.Services.AddChineseProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddClock();
builder.AddCasePersistence();
builder.AddEvidenceStorage();
builder.AddCaseAuth();
builder.Services.AddCaseMediator();
builder.Services.AddLegalCalendar();
builder.Services.AddCases();
builder.Services.AddSingleton(new CaseManagement.Domain.Penalties.PenaltyRangeCalculator());
builder.AddCaseDocuments();

var app = builder.Build();

await app.InitialiseDatabaseAsync();

app.UseChineseProblemDetails();
app.UseAuthentication();
app.UseAuthorization();

app.MapOpenApi().AllowAnonymous();
app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" })).WithTags("Health").AllowAnonymous();
app.MapToolEndpoints();
app.MapAuthEndpoints();
app.MapAuditEndpoints();
app.MapCaseEndpoints();
app.MapEvidenceEndpoints();
app.MapDocumentEndpoints();

app.Run();

public partial class Program;
