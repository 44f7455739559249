using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseManagement.Web.Tests.Documents;

namespace CaseManagement.Web.Tests.Api;

/// <summary>
/// The API contract is deliberate: <c>/openapi/v1.json</c> must equal the committed copy
/// (<c>tests/CaseManagement.Web.Tests/Api/openapi-v1.json</c>). After an intended change, refresh the copy with
/// <c>OPENAPI_SNAPSHOT=update dotnet test tests/CaseManagement.Web.Tests --filter OpenApiContractTests</c>
/// and commit it with the change.
/// </summary>
[Collection(ReadOnlyHost.Name)]
public sealed class OpenApiContractTests(AppFactory factory)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string SnapshotPath => Path.Combine(TestPaths.RepositoryRoot(), "tests", "CaseManagement.Web.Tests", "Api", "openapi-v1.json");

    [Fact]
    public async Task OpenApiDocument_EqualsTheCommittedCopy()
    {
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.ToJsonString(Indented) + "\n";

        if (Environment.GetEnvironmentVariable("OPENAPI_SNAPSHOT") == "update")
        {
            await File.WriteAllTextAsync(SnapshotPath, actual);
        }

        Assert.True(File.Exists(SnapshotPath), $"no committed copy at {SnapshotPath}: run with OPENAPI_SNAPSHOT=update once");
        var expected = await File.ReadAllTextAsync(SnapshotPath);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)),
            "the API contract changed: if on purpose, refresh the committed copy with OPENAPI_SNAPSHOT=update (see this class's summary)");
    }
}
