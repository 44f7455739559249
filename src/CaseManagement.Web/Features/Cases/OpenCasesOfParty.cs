using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Penalties;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// The organisation's open cases (not yet closed or ended) of the party with this 统一社会信用代码 / 居民身份证号码:
/// 案源登记 warns about them and links them, so that the same act is not registered twice (一事不再罚,
/// 行政处罚法第二十九条). An indexed lookup on the stored, normalised code.
/// </summary>
public static class OpenCasesOfParty
{
    public sealed record Query(string? IdentifierCode) : IRequest<IReadOnlyList<Match>>;

    public sealed record Match(long Id, string Title, string PartyName, string Cause, string StageLabel);

    private static readonly CaseState[] Ended =
        [CaseState.Closed, CaseState.Archived, CaseState.NotFiled, CaseState.Cancelled, CaseState.Terminated, CaseState.Transferred];

    internal sealed class Handler(CaseDbContext db, ICurrentUser user) : IRequestHandler<Query, IReadOnlyList<Match>>
    {
        public async Task<IReadOnlyList<Match>> Handle(Query query, CancellationToken ct)
        {
            var code = query.IdentifierCode?.Trim().ToUpperInvariant() ?? "";
            if (code.Length is < 15 or > 18 || user.OrganisationId is not { } organisationId)
            {
                return [];
            }

            var found = await db.Cases.AsNoTracking()
                .Where(c => c.OrganisationId == organisationId && c.Party.IdentifierCode == code && !Ended.Contains(c.State))
                .OrderByDescending(c => c.Id)
                .Take(10)
                .Select(c => new { c.Id, c.CaseNumber, c.Party.Name, c.Cause, c.State, Requested = c.FilingRequest != null })
                .ToListAsync(ct);
            return [.. found.Select(c => new Match(c.Id, c.CaseNumber ?? $"案源{c.Id}", c.Name, c.Cause,
                CaseVocabulary.StageLabel(c.State, c.Requested)))];
        }
    }
}

/// <summary>案由 from the violation catalogue: the violation's name, with the officer's words only as an addition.</summary>
public static class CaseCause
{
    public static string Compose(string? violationCode, string? addition)
    {
        var extra = addition?.Trim() ?? "";
        if (!ViolationCatalogue.Default.TryGet(violationCode, out var violation))
        {
            return extra;
        }

        // Already composed (a form sent back, or the cause as registered): kept, never wrapped twice.
        return extra.Length == 0 || extra == violation.Name ? violation.Name
            : extra.StartsWith(violation.Name, StringComparison.Ordinal) ? extra
            : $"{violation.Name}（{extra}）";
    }

    /// <summary>
    /// Whether the fine of this violation is computed from the total investment (环境影响评价法第三十一条第一款:
    /// 1%–5%) under the law of the act's day (any version while the day is unknown): only then is
    /// 认定总投资额 offered.
    /// </summary>
    public static bool DependsOnInvestment(string? violationCode, DateOnly? actDate) =>
        ViolationCatalogue.Default.TryGet(violationCode, out var violation)
        && (actDate is { } day ? violation.InForceOn(day) : violation.Provisions).Any(p => p.Fine is PercentOfInvestmentFine);
}
