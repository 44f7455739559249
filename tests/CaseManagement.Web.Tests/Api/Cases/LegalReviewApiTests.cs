using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>法制审核意见 (行政处罚法第五十八条第二款): the legal qualification is printed only when it was recorded.</summary>
public sealed class LegalReviewApiTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    private async Task<string> OpinionTextAsync(string party, string? qualification)
    {
        var c = await Steps.InvestigationAsync(api, party);
        await Steps.SubmitAsync(c, 20_000m);
        await Steps.NotifyAsync(c);
        await Steps.WaiveAsync(c, "2026-10-22");
        var passed = await c.StepAsync("wangwu", "PassLegalReview", new { reviewedOn = "2026-10-23", opinion = "同意", legalQualification = qualification });
        var document = passed.GetProperty("documents").EnumerateArray().Last(d => d.GetProperty("template").GetString() == "legal-review-opinion");
        return Documents.DocumentTestKit.Text(await (await api.As("zhangsan")).GetByteArrayAsync(document.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task Opinion_WithoutARecordedQualification_DoesNotClaimOne()
    {
        // Neither the step nor the reviewer's profile in user administration records a qualification; the reviewer has
        // done legal review since before 2021-07-15, so is not first-time (行政处罚法第五十八条第二款) and may review.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseManagement.Web.Persistence.CaseDbContext>();
            var reviewer = await db.Users.SingleAsync(u => u.UserName == "wangwu");
            var profile = await db.OfficerProfiles.SingleAsync(p => p.UserId == reviewer.Id);
            profile.SetLegalQualification(false);
            profile.SetLegalReviewSince(new DateOnly(2019, 3, 1));
            await db.SaveChangesAsync();
        }

        Assert.DoesNotContain("具有法律职业资格", await OpinionTextAsync("博兴县某公司（未记录法律职业资格）", null));
    }

    [Fact]
    public async Task Opinion_WithARecordedQualification_PrintsIt()
    {
        Assert.Contains("具有法律职业资格（证书编号A20213716000001）", await OpinionTextAsync("博兴县某公司（记录法律职业资格）", "A20213716000001"));
    }
}
