using System.Net;
using System.Text.RegularExpressions;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Tests.Api.Cases;

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

        var form = (await session.GetPageAsync(url)).TestId("step-form");
        var sent = await session.SubmitAsync(url, [new("Version", c.Version.ToString()), new(StepModel.ConfirmField, "true")]);
        var answer = await sent.PageAsync();

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        // The choices of enum selects count as labels; people are offered by their user names, which are not labels.
        var labels = form.QuerySelectorAll("label, legend").Select(e => e.Text())
            .Concat(form.QuerySelectorAll("option").Where(o => EnumValue().IsMatch(o.GetAttribute("value") ?? "")).Select(o => o.Text()))
            .Where(t => t.Length > 0).ToList();
        var messages = answer.Messages();
        Assert.NotEmpty(labels);
        Assert.NotEmpty(messages);
        Assert.All(labels, text => Assert.False(Latin().IsMatch(text), $"label “{text}” on {trigger}"));
        Assert.All(messages, text => Assert.False(Latin().IsMatch(text), $"message “{text}” on {trigger}"));
    }

    [GeneratedRegex("^[A-Z][A-Za-z]*$")]
    private static partial Regex EnumValue();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();
}
