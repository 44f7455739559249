using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Deadlines;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Deadlines;

/// <summary>
/// 期限看板: every case of the organisation with a pending deadline of the agency's own, earliest first.
/// The list is a range scan of the (OrganisationId, NextDeadlineOn) index over the stored next deadline (for one
/// officer, of the (UserId, NextDeadlineOn) index of the officers' rows, which carry the same date);
/// the full deadlines (label, legal basis, provisional mark) are computed only for the page shown.
/// </summary>
public static class DeadlineBoard
{
    public const int PageSize = 50;

    public sealed record Query(DeadlineKind? Kind = null, string? Officer = null, bool OverdueOnly = false, int Page = 1) : IRequest<Board>;

    /// <param name="Rebuilding">One officer's board reads the officers' next deadlines, still being filled for older cases.</param>
    public sealed record Board(
        IReadOnlyList<Row> Rows, int Total, int Page, bool HasMore, IReadOnlyList<OfficerOption> Officers, Home.RebuildProgress? Rebuilding = null);

    /// <param name="Next">The case's next agency deadline, recomputed from the aggregate.</param>
    /// <param name="Others">The case's other pending agency deadlines.</param>
    public sealed record Row(
        long Id, string? CaseNumber, string PartyName, string Cause, string StateLabel, IReadOnlyList<string> OfficerNames,
        DeadlineCell Next, IReadOnlyList<DeadlineCell> Others);

    public sealed record OfficerOption(string UserId, string Name);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Page).ListPageNumber();
            RuleFor(q => q.Kind).Must(k => k is null || NextDeadline.AgencyKinds.Contains(k.Value)).WithMessage("请选择执法机关自身的期限种类");
            RuleFor(q => q.Officer).OfficerParameter();
        }
    }

    internal sealed class Handler(CaseDbContext db, CaseContextFactory contexts, Home.WorkQueueRebuildService rebuild) : IRequestHandler<Query, Board>
    {
        public async Task<Board> Handle(Query query, CancellationToken ct)
        {
            var context = await contexts.CreateAsync(ct);
            var today = context.Clock.Today;
            var cases = db.Cases.AsNoTracking()
                .Where(c => c.OrganisationId == context.OrganisationId && EF.Property<DateOnly?>(c, NextDeadline.OnProperty) != null);
            if (query.Kind is { } kind)
            {
                cases = cases.Where(c => EF.Property<DeadlineKind?>(c, NextDeadline.KindProperty) == kind);
            }

            if (query.OverdueOnly)
            {
                cases = cases.Overdue(today);
            }

            // One officer's cases: a range of the (UserId, NextDeadlineOn) index on the officers' rows, which carry
            // the case's next deadline, each joined to its case by key.
            var due = string.IsNullOrEmpty(query.Officer)
                ? cases.Select(c => new { c.Id, On = EF.Property<DateOnly?>(c, NextDeadline.OnProperty) })
                : from o in db.Set<CaseOfficer>()
                  where o.UserId == query.Officer && EF.Property<DateOnly?>(o, NextDeadline.OnProperty) != null
                      && (!query.OverdueOnly || EF.Property<DateOnly?>(o, NextDeadline.OnProperty) < today)
                  join c in cases on EF.Property<long>(o, "CaseId") equals c.Id
                  select new { c.Id, On = EF.Property<DateOnly?>(o, NextDeadline.OnProperty) };

            var page = await due.PageAsync(d => d.OrderBy(c => c.On).ThenBy(c => c.Id).Select(c => c.Id), (query.Page - 1) * PageSize, PageSize, ct);
            var rows = new List<Row>();
            foreach (var c in await db.LoadForListAsync(page, ct))
            {
                var pending = c.Deadlines(context.Clock)
                    .Where(d => NextDeadline.AgencyKinds.Contains(d.Kind) && d.MetOn is null && d.Status != DeadlineStatus.Met)
                    .OrderBy(d => d.DueDate)
                    .Select(d => DeadlineCell.Of(d, context.Clock))
                    .ToList();
                if (pending.Count == 0)
                {
                    // The stored column is refreshed on every save; a case whose deadline has since been met
                    // by a step that stored nothing new cannot exist, but the page must not fail on one.
                    continue;
                }

                rows.Add(new Row(c.Id, c.CaseNumber, c.Party.Name, c.Cause, c.StageLabel(), [.. c.Officers.Select(o => o.Name)],
                    pending[0], [.. pending.Skip(1)]));
            }

            return new Board(rows, page.Total, query.Page, page.HasMore, await OfficersAsync(context.OrganisationId, ct),
                string.IsNullOrEmpty(query.Officer) ? null : await rebuild.ProgressAsync(db, ct));
        }

        /// <summary>The organisation's officers, for the filter.</summary>
        private async Task<IReadOnlyList<OfficerOption>> OfficersAsync(int organisationId, CancellationToken ct) =>
            await (from user in db.Users
                   join userRole in db.UserRoles on user.Id equals userRole.UserId
                   join role in db.Roles on userRole.RoleId equals role.Id
                   where user.OrganisationId == organisationId && role.Name == Roles.Officer
                   orderby user.UserName
                   select new OfficerOption(user.Id, user.DisplayName))
                .ToListAsync(ct);
    }
}
