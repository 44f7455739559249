using CaseManagement.Domain.Calendar;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// Who acts, in which organisation, and the case clock (server time, legal calendar, the organisation's rules).
/// The organisation is read once per request, here, and passed down to numbering and documents.
/// </summary>
public sealed record CaseContext(Actor Actor, CaseClock Clock, Organisation Organisation)
{
    public int OrganisationId => Organisation.Id;

    public string OrganisationCourt => Organisation.Court;
}

/// <summary>Loading a case of the user's organisation with everything the aggregate holds.</summary>
public static class CaseLoading
{
    public const string NotFound = "案件不存在，或不属于您所在的执法机关。";

    /// <summary>The case with all its records, tracked; 404 when it does not exist or belongs to another organisation.</summary>
    public static async Task<PenaltyCase> LoadCaseAsync(this CaseDbContext db, long caseId, CaseContext context, CancellationToken ct) =>
        await db.LoadWholeAsync(caseId, context.OrganisationId, ct) ?? throw new NotFoundException(NotFound);
}

/// <summary>
/// Builds the domain's <see cref="Actor"/> and <see cref="CaseClock"/> for the current request: the user's
/// roles mapped to <see cref="CaseRole"/>, today in China (UTC+8), the calendar of the holiday table and
/// the rules the organisation configured (DECISIONS.md §2–§3).
/// </summary>
public sealed class CaseContextFactory(ICurrentUser user, TimeProvider time, LegalCalendar calendar, CaseDbContext db)
{
    public const string NoOrganisation = "当前用户未归属任何执法机关，不能办理案件。";

    private Organisation? organisation;

    public async Task<CaseContext> CreateAsync(CancellationToken ct)
    {
        var own = await OrganisationAsync(ct);
        return For(await WithQualificationAsync(db, ActorOf(user), ct), own);
    }

    /// <summary>
    /// The user's organisation, read once per request (this factory is scoped) and shared by every case context and
    /// page query of the request.
    /// </summary>
    public async Task<Organisation> OrganisationAsync(CancellationToken ct)
    {
        var organisationId = user.OrganisationId ?? throw new ForbiddenException(NoOrganisation);
        if (organisation?.Id != organisationId)
        {
            organisation = await OrganisationById.For(db)(db, organisationId, ct) ?? throw new ForbiddenException(NoOrganisation);
        }

        return organisation;
    }

    // Compiled once per model: every request that works on a case reads its organisation.
    private static readonly CompiledPerModel<Func<CaseDbContext, int, CancellationToken, Task<Organisation?>>> OrganisationById = new(() =>
        EF.CompileAsyncQuery((CaseDbContext db, int id, CancellationToken ct) => db.Organisations.AsNoTracking().SingleOrDefault(o => o.Id == id)));

    /// <summary>
    /// The actor with the legal-review standing of their profile (行政处罚法第五十八条第二款): the 法律职业资格 and the day
    /// they began legal review, both recorded by an administrator, never taken from the request.
    /// </summary>
    public static async Task<Actor> WithQualificationAsync(CaseDbContext db, Actor actor, CancellationToken ct)
    {
        if (!actor.Has(CaseRole.LegalReviewer))
        {
            return actor;
        }

        var profile = await db.OfficerProfiles.AsNoTracking()
            .Where(p => p.UserId == actor.UserId)
            .Select(p => new { p.HasLegalQualification, p.LegalReviewSince })
            .SingleOrDefaultAsync(ct);
        return profile is null ? actor : actor with { LegallyQualified = profile.HasLegalQualification, LegalReviewSince = profile.LegalReviewSince };
    }

    /// <summary>The context of a given actor (the demo seeding acts as the demo users, without a request).</summary>
    public CaseContext For(Actor actor, Organisation organisation) =>
        new(actor, ClockFor(time, calendar, organisation.ToRules()), organisation);

    public static Actor ActorOf(ICurrentUser user) =>
        new(user.UserId, user.DisplayName, user.Roles.Select(RoleOf).OfType<CaseRole>().ToHashSet());

    public static CaseClock ClockFor(TimeProvider time, LegalCalendar calendar, CaseRules rules)
    {
        var now = time.GetUtcNow();
        return new CaseClock(now.ToOffset(ChinaClock.Offset), time.TodayInChina(), calendar, rules);
    }

    public static CaseRole? RoleOf(string role) => role switch
    {
        Roles.Officer => CaseRole.Officer,
        Roles.LegalReviewer => CaseRole.LegalReviewer,
        Roles.Head => CaseRole.Head,
        Roles.Clerk => CaseRole.Clerk,
        Roles.Administrator => CaseRole.Administrator,
        _ => null,
    };
}
