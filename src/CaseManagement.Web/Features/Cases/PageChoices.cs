using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// The people the step forms offer: the officers of the user's organisation whose enforcement certificate
/// is valid today (行政处罚法第四十二条：执法人员应当出示执法证件), and every case worker of the organisation
/// (听证主持人, 集体讨论参加人员).
/// </summary>
public static class PageChoices
{
    public sealed record Query : IRequest<Choices>;

    public sealed record Person(string UserId, string UserName, string DisplayName, IReadOnlyList<string> Roles, string? CertificateNumber, DateOnly? CertificateValidTo);

    public sealed record Choices(IReadOnlyList<Person> CertifiedOfficers, IReadOnlyList<Person> Colleagues, string Court);

    internal sealed class Handler(CaseDbContext db, ICurrentUser user, TimeProvider time, CaseContextFactory contexts) : IRequestHandler<Query, Choices>
    {
        public async Task<Choices> Handle(Query query, CancellationToken ct)
        {
            var organisationId = user.OrganisationId ?? throw new ForbiddenException(CaseContextFactory.NoOrganisation);
            var today = time.TodayInChina();
            var people = await db.Users.AsNoTracking()
                .Where(u => u.OrganisationId == organisationId)
                .OrderBy(u => u.UserName)
                .Select(u => new
                {
                    u.Id,
                    u.UserName,
                    u.DisplayName,
                    Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                    Profile = db.OfficerProfiles.FirstOrDefault(p => p.UserId == u.Id),
                })
                .ToListAsync(ct);
            var court = (await contexts.OrganisationAsync(ct)).Court;

            var all = people
                .Where(p => p.Roles.Any(r => r is Roles.Officer or Roles.LegalReviewer or Roles.Head or Roles.Clerk))
                .Select(p => new Person(p.Id, p.UserName!, p.DisplayName, p.Roles, p.Profile?.CertificateNumber, p.Profile?.CertificateValidTo))
                .ToList();
            var certified = people
                .Where(p => p.Roles.Contains(Roles.Officer) && p.Profile is not null && p.Profile.HasValidCertificateOn(today))
                .Select(p => new Person(p.Id, p.UserName!, p.DisplayName, p.Roles, p.Profile!.CertificateNumber, p.Profile.CertificateValidTo))
                .ToList();
            return new Choices(certified, all, court);
        }
    }
}
