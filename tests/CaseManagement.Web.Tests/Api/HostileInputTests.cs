using System.Text;
using CaseManagement.Web.Tests.Api.Cases;

namespace CaseManagement.Web.Tests.Api;

/// <summary>
/// Whatever a user can type — bad route values, broken JSON, a wrong content type, huge numbers, dates out of
/// range, unknown enum names — answers a 4xx problem in Chinese (DECISIONS.md §8), never a 500.
/// </summary>
public sealed class HostileInputTests(HostileInputTests.Host host) : IClassFixture<HostileInputTests.Host>
{
    private const string Json = "application/json";

    public sealed class Host : IAsyncLifetime
    {
        public CaseApiFactory Factory { get; } = new();

        public CaseApi Api { get; private set; } = null!;

        public CaseHandle Case { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Api = new CaseApi(Factory);
            Case = await Api.CreateAsync();
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    public static TheoryData<string, string, string, string?, string?> Requests => new()
    {
        // user, method, path ({case} = an existing case, {version} = its version), content type, body
        { "zhangsan", "GET", "/api/cases/99999999999999999999999", null, null },
        { "zhangsan", "GET", "/api/cases/abc", null, null },
        { "zhangsan", "GET", "/api/cases/-1", null, null },
        { "zhangsan", "GET", "/api/cases?page=2147483647&pageSize=200", null, null },
        { "zhangsan", "GET", "/api/cases?page=99999999999999999999", null, null },
        { "zhangsan", "GET", "/api/cases?state=Alien", null, null },
        { "zhangsan", "GET", "/api/cases?dueWithin=-5", null, null },
        { "zhangsan", "GET", "/api/cases?q=" + new string('x', 5000), null, null },
        { "zhangsan", "POST", "/api/cases", Json, "{" },
        { "zhangsan", "POST", "/api/cases", Json, "" },
        { "zhangsan", "POST", "/api/cases", Json, "null" },
        { "zhangsan", "POST", "/api/cases", Json, "[]" },
        { "zhangsan", "POST", "/api/cases", "text/plain", "{}" },
        { "zhangsan", "POST", "/api/cases", Json, """{"registeredOn":"2026-02-30"}""" },
        { "zhangsan", "POST", "/api/cases", Json, """{"registeredOn":"0001-01-01","actDate":"9999-12-31"}""" },
        { "zhangsan", "POST", "/api/cases", Json, """{"violationCode":"Alien","party":{"kind":"Alien"}}""" },
        { "zhangsan", "POST", "/api/cases", Json, """{"party":{"kind":99}}""" },
        { "zhangsan", "POST", "/api/cases", Json, """{"source":12345678901234567890123456789012345678901234567890}""" },
        { "zhangsan", "POST", "/api/cases/{case}/actions/Alien", Json, "{}" },
        { "zhangsan", "POST", "/api/cases/{case}/actions/RequestFiling", Json, "{" },
        { "zhangsan", "POST", "/api/cases/{case}/actions/RequestFiling", "text/plain", "hello" },
        { "zhangsan", "POST", "/api/cases/{case}/actions/RequestFiling", Json, "" },
        { "zhangsan", "POST", "/api/cases/{case}/actions/RequestFiling", Json, "null" },
        { "zhangsan", "POST", "/api/cases/{case}/actions/RequestFiling", Json, """{"version":"not-a-guid"}""" },
        { "zhangsan", "POST", "/api/cases/{case}/actions/RequestFiling", Json, """{"version":"{version}","requestedOn":"9999-12-31","reason":"x"}""" },
        { "zhangsan", "POST", "/api/cases/{case}/actions/RequestFiling", Json, """{"version":"{version}","requestedOn":"0001-01-01","reason":"x"}""" },
        { "zhangsan", "POST", "/api/cases/99999999/actions/RequestFiling", Json, """{"version":"{version}","requestedOn":"2026-10-13","reason":"x"}""" },
        { "zhaoliu", "POST", "/api/cases/{case}/actions/File", Json, """{"version":"{version}","filedOn":"9999-12-31","officers":[{"userId":"x"}]}""" },
        { "zhangsan", "POST", "/api/cases/{case}/actions/SubmitForReview", Json, """{"version":"{version}","proposed":{"fine":1e400}}""" },
        { "zhangsan", "POST", "/api/cases/{case}/actions/SubmitForReview", Json, """{"version":"{version}","proposed":{"fine":79228162514264337593543950336}}""" },
        { "zhangsan", "POST", "/api/cases/{case}/actions/SubmitForReview", Json, """{"version":"{version}","proposed":{"fine":-1e27},"violationCode":"Alien"}""" },
        { "zhangsan", "GET", "/api/cases/{case}/documents", null, null },
        { "zhangsan", "GET", "/api/cases/{case}/documents/penalty-decision/preview?recordId=abc", null, null },
        { "zhangsan", "GET", "/api/cases/{case}/documents/..%2F..%2Fetc/preview", null, null },
        { "zhangsan", "GET", "/api/cases/{case}/documents/penalty-decision/preview?recordId=99999999999999999999", null, null },
        { "zhangsan", "POST", "/api/cases/{case}/documents", Json, "{" },
        { "zhangsan", "POST", "/api/cases/{case}/documents", Json, """{"template":"../../x","recordId":-1}""" },
        { "zhangsan", "POST", "/api/cases/{case}/documents", "text/plain", "x" },
        { "zhangsan", "GET", "/api/cases/{case}/publication", null, null },
        { "zhangsan", "GET", "/api/documents/99999999999999999999", null, null },
        { "zhangsan", "GET", "/api/documents/case-file/{case}", null, null },
        { "zhaoliu", "POST", "/api/documents/1/void", Json, "{" },
        { "zhaoliu", "POST", "/api/documents/1/void", "text/plain", "x" },
        { "zhaoliu", "POST", "/api/documents/1/void", Json, """{"reason":123}""" },
        { "zhangsan", "POST", "/api/cases/{case}/evidence", Json, "{}" },
        { "zhangsan", "POST", "/api/cases/{case}/evidence", "multipart/form-data", "garbage" },
        { "zhangsan", "POST", "/api/cases/{case}/evidence", "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nAlien\r\n--x--\r\n" },
        { "zhangsan", "GET", "/api/cases/{case}/evidence/99999999999/file", null, null },
        { "zhangsan", "GET", "/api/cases/{case}/evidence/1/file", null, null },
        { "admin", "POST", "/api/templates/penalty-decision", Json, "{}" },
        { "admin", "POST", "/api/templates/penalty-decision", "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--x--\r\n" },
        { "admin", "POST", "/api/templates/no-such-template", "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.docx\"\r\n\r\nnot a docx\r\n--x--\r\n" },
        { "admin", "POST", "/api/templates/penalty-decision", "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.docx\"\r\n\r\nnot a docx\r\n--x--\r\n" },
        { "admin", "POST", "/api/templates/penalty-decision", "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.docx\"\r\n\r\nPK" },
        { "admin", "POST", "/api/templates/penalty-decision", "multipart/form-data", "garbage" },
        { "zhangsan", "POST", "/api/cases/{case}/evidence", "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4" },
        { "admin", "GET", "/api/templates/no-such/versions/1", null, null },
        { "admin", "GET", "/api/templates/penalty-decision/versions/99999", null, null },
        { "admin", "GET", "/api/templates/penalty-decision/versions/-1", null, null },
        { "admin", "GET", "/api/templates/penalty-decision/versions/99999999999", null, null },
        { "zhangsan", "GET", "/api/tools/due-date?from=9999-12-31&period=3650&unit=days", null, null },
        { "zhangsan", "GET", "/api/tools/due-date?from=9999-12-20&period=120&unit=months", null, null },
        { "zhangsan", "GET", "/api/tools/due-date?from=9999-12-20&period=3650&unit=workingDays", null, null },
        { "zhangsan", "GET", "/api/tools/due-date?from=0001-01-01&period=1&unit=workingDays", null, null },
        { "zhangsan", "GET", "/api/tools/due-date?from=2025-01-01&period=99999999999999999999&unit=days", null, null },
        { "zhangsan", "GET", "/api/tools/penalty-range?violation=Alien&actDate=2025-01-01", null, null },
        { "zhangsan", "GET", "/api/tools/penalty-range?violation=EiaUnapprovedConstruction&actDate=9999-12-31&decisionDate=0001-01-01&totalInvestment=79228162514264337593543950335", null, null },
        { "zhangsan", "GET", "/api/tools/penalty-range?violation=EiaUnapprovedConstruction&actDate=2025-01-01&totalInvestment=1e400", null, null },
        { "zhangsan", "GET", "/api/tools/penalty-range?violation=EiaUnapprovedConstruction&actDate=2025-01-01&totalInvestment=7922816251426433759354395033", null, null },
        { "zhangsan", "GET", "/api/tools/penalty-range?violation=EiaUnapprovedConstruction&actDate=0001-01-01", null, null },
        { "zhangsan", "GET", "/api/tools/penalty-range?violation=EiaUnapprovedConstruction&actDate=9999-12-31", null, null },
        { "zhangsan", "GET", "/api/tools/rmb-uppercase?amount=79228162514264337593543950336", null, null },
        { "zhangsan", "GET", "/api/tools/rmb-uppercase?amount=NaN", null, null },
        { "zhangsan", "GET", "/api/tools/rmb-uppercase?amount=1e5", null, null },
        { "zhangsan", "GET", "/api/tools/validate?type=Alien&value=x", null, null },
        { "zhangsan", "GET", "/api/tools/validate?type=idcard&value=" + new string('9', 5000), null, null },
        { "zhangsan", "GET", "/api/tools/validate?type=idcard&value=999999999912310000", null, null },
        { "zhangsan", "GET", "/api/tools/validate?type=idcard&value=11010500000000002X", null, null },
        { "zhangsan", "GET", "/api/tools/validate?type=uscc&value=%00%00%00", null, null },
        { "anonymous", "POST", "/api/auth/login", Json, "{" },
        { "anonymous", "POST", "/api/auth/login", "text/plain", "x" },
        { "anonymous", "POST", "/api/auth/login", Json, """{"userName":123,"password":[]}""" },
        { "anonymous", "POST", "/api/auth/login", Json, "null" },
        { "admin", "GET", "/api/audit/verify?x=1", null, null },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Endpoint_WhenGivenMalformedInput_AnswersAChineseClientErrorNotA500(string user, string method, string path, string? contentType, string? body)
    {
        var client = user == "anonymous" ? host.Factory.CreateClient() : await host.Api.As(user);
        var version = (await host.Api.GetAsync("zhangsan", host.Case.Id)).GetProperty("version").GetString()!;
        using var request = new HttpRequestMessage(new HttpMethod(method), Fill(path, version));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Fill(body, version)));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        var response = await client.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"{method} {path}: {(int)response.StatusCode} {text}");
        if (!response.IsSuccessStatusCode)
        {
            await ProblemAssert.IsProblemAsync(response, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("multipart/form-data", "garbage")]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4")]
    public async Task UploadEvidence_WhenTheFormIsMalformedButSmall_Answers400NotTooLarge(string contentType, string body)
    {
        var client = await host.Api.As("zhangsan");
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await client.PostAsync($"/api/cases/{host.Case.Id}/evidence", content);

        var message = await ProblemAssert.IsValidationProblemAsync(response, "file");
        Assert.Contains("multipart/form-data", message);
    }

    private string Fill(string text, string version) =>
        text.Replace("{case}", host.Case.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{version}", version, StringComparison.Ordinal);
}
