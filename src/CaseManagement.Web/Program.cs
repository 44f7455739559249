using CaseManagement.Web.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddCasePersistence();
var app = builder.Build();
await app.InitialiseDatabaseAsync();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
app.Run();

public partial class Program;
