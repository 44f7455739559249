using System.Net;
using System.Text.RegularExpressions;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Tests.Api.Cases;
using CaseManagement.Web.Tests.Pages;

namespace CaseManagement.Web.Tests.Features.Cases;

/// <summary>
/// Every step form of every trigger, opened as each role that may fire it and then sent empty: no label and no
/// message a user reads carries an English word (issue: EiaDocument, MitigationGround, PublishedOn … on the forms).
/// </summary>
public sealed partial class StepFormLanguageTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private static readonly Dictionary<CaseRole, string> UserOf = new()
    {
        [CaseRole.Officer] = "zhangsan",
        [CaseRole.LegalReviewer] = "wangwu",
        [CaseRole.Head] = "zhaoliu",
        [CaseRole.Clerk] = "sunqi",
    };

    public static TheoryData<string, string> FormsByRole()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, (trigger, _)) in CaseSteps.ByName.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            foreach (var role in CaseRoleTable.RolesFor(trigger))
            {
                data.Add(name, UserOf[role]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FormsByRole))]
    public async Task StepForm_OpenedAndSentEmpty_ShowsOnlyChineseLabelsAndMessages(string trigger, string user)
    {
        await factory.EnsureExtraUsersAsync();
        var api = new CaseApi(factory);
        var c = await Steps.InvestigationAsync(api, $"滨州语言检查有限公司（{trigger}，{user}）");
        var session = await PageSession.LoggedInAsync(factory, user);
        var url = $"/cases/{c.Id}/steps/{trigger}";

        var form = Form(await session.GetHtmlAsync(url));
        var sent = await session.SubmitAsync(url, [new("Version", c.Version.ToString()), new(StepModel.ConfirmField, "true")]);
        var answer = await sent.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var labels = Texts(LabelOrLegend(), form).Concat(Texts(ChoiceOption(), form)).ToList();
        var messages = Texts(ErrorText(), answer).ToList();
        Assert.NotEmpty(labels);
        Assert.NotEmpty(messages);
        Assert.All(labels, text => Assert.False(Latin().IsMatch(text), $"label “{text}” on {trigger}"));
        Assert.All(messages, text => Assert.False(Latin().IsMatch(text), $"message “{text}” on {trigger}"));
    }

    private static string Form(string html)
    {
        var start = html.IndexOf("data-testid=\"step-form\"", StringComparison.Ordinal);
        var end = html.IndexOf("</form>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    private static IEnumerable<string> Texts(Regex pattern, string html) =>
        pattern.Matches(html)
            .Select(m => WebUtility.HtmlDecode(Tag().Replace(m.Groups["text"].Value, " ")).Trim())
            .Where(text => text.Length > 0);

    [GeneratedRegex("<(label|legend)\\b[^>]*>(?<text>.*?)</\\1>", RegexOptions.Singleline)]
    private static partial Regex LabelOrLegend();

    // The choices of enum selects (people are offered by their user names, which are not labels).
    [GeneratedRegex("<option value=\"[A-Z][A-Za-z]*\"[^>]*>(?<text>[^<]*)</option>")]
    private static partial Regex ChoiceOption();

    [GeneratedRegex("class=\"[^\"]*field-error[^\"]*\"[^>]*>(?<text>[^<]*)<|data-testid=\"(form-errors|other-errors)\">(?<text>.*?)</div>\\s*</div>", RegexOptions.Singleline)]
    private static partial Regex ErrorText();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();
}
