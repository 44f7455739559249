using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Deadlines;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Features.Deadlines;
using CaseManagement.Web.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Reminders;

/// <summary>
/// 期限提醒: the agency's deadlines that are overdue or fall due within three working days, for the user's
/// own cases (an officer of the case, or the registrant of a lead not yet filed); the head sees those of
/// the whole organisation. Shown after login and on 我的待办, and sent as the daily digest.
/// The cases are found through the stored next deadline (the indexed projection the deadline board reads);
/// only they are loaded to list every deadline of theirs in the window.
/// </summary>
public static class Reminders
{
    /// <summary>At most this many cases are read for the daily digest; it then says there are more.</summary>
    public const int CaseLimit = 200;

    /// <summary>At most this many cases above 我的待办 (one page); the rest are on the deadline board.</summary>
    public const int PageLimit = 50;

    public sealed record Query(int Limit = PageLimit) : IRequest<Result>;

    /// <param name="Limit">The number of cases read; <paramref name="Truncated"/> when more have deadlines in the window.</param>
    public sealed record Result(IReadOnlyList<Reminder> Overdue, IReadOnlyList<Reminder> DueSoon, bool WholeOrganisation, bool Truncated, int Limit = CaseLimit)
    {
        public int Count => Overdue.Count + DueSoon.Count;
    }

    public sealed record Reminder(long CaseId, string? CaseNumber, string PartyName, string StageLabel, DeadlineCell Deadline)
    {
        public string CaseTitle => CaseNumber ?? $"案源{CaseId}";
    }

    internal sealed class Handler(CaseDbContext db, CaseContextFactory contexts) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query query, CancellationToken ct)
        {
            var context = await contexts.CreateAsync(ct);
            return await ForAsync(db, context.OrganisationId, context.Actor, context.Clock, ct, Math.Clamp(query.Limit, 1, CaseLimit));
        }
    }

    public static async Task<Result> ForAsync(CaseDbContext db, int organisationId, Actor actor, CaseClock clock, CancellationToken ct, int limit = CaseLimit)
    {
        var wholeOrganisation = actor.Has(CaseRole.Head);
        var until = clock.Calendar.AddWorkingDays(clock.Today, DeadlineCell.DueSoonWorkingDays).Date;
        var userId = actor.UserId;
        var inWindow = db.Cases.AsNoTracking().Where(c => c.OrganisationId == organisationId
            && EF.Property<DateOnly?>(c, NextDeadline.OnProperty) != null
            && EF.Property<DateOnly?>(c, NextDeadline.OnProperty) <= until);
        List<long> ids;
        if (wholeOrganisation)
        {
            ids = await inWindow
                .OrderBy(c => EF.Property<DateOnly?>(c, NextDeadline.OnProperty))
                .ThenBy(c => c.Id)
                .Take(limit + 1)
                .Select(c => c.Id)
                .ToListAsync(ct);
        }
        else
        {
            // His cases as an officer: a range of the (UserId, NextDeadlineOn) index of the officers' rows; and the
            // leads he registered that are not filed yet (a few, by state).
            var asOfficer = await (
                    from o in db.Set<CaseOfficer>()
                    where o.UserId == userId && EF.Property<DateOnly?>(o, NextDeadline.OnProperty) != null
                        && EF.Property<DateOnly?>(o, NextDeadline.OnProperty) <= until
                    join c in inWindow on EF.Property<long>(o, "CaseId") equals c.Id
                    orderby EF.Property<DateOnly?>(o, NextDeadline.OnProperty), c.Id
                    select new { c.Id, On = EF.Property<DateOnly?>(o, NextDeadline.OnProperty) })
                .Take(limit + 1)
                .ToListAsync(ct);
            var leads = await inWindow
                .Where(c => c.State == CaseState.Lead && c.RegisteredBy == userId)
                .OrderBy(c => EF.Property<DateOnly?>(c, NextDeadline.OnProperty))
                .ThenBy(c => c.Id)
                .Take(limit + 1)
                .Select(c => new { c.Id, On = EF.Property<DateOnly?>(c, NextDeadline.OnProperty) })
                .ToListAsync(ct);
            ids = [.. asOfficer.Concat(leads).DistinctBy(c => c.Id).OrderBy(c => c.On).ThenBy(c => c.Id).Select(c => c.Id).Take(limit + 1)];
        }

        var truncated = ids.Count > limit;
        ids = [.. ids.Take(limit)];

        // What the deadlines are computed from (no evidence, records or history).
        var loaded = await db.Cases.AsNoTracking().WithTimeline().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var reminders = loaded
            .SelectMany(c => c.Deadlines(clock)
                .Where(d => NextDeadline.AgencyKinds.Contains(d.Kind) && d.MetOn is null && d.Status != DeadlineStatus.Met && d.DueDate <= until)
                .Select(d => new Reminder(c.Id, c.CaseNumber, c.Party.Name, c.StageLabel(), DeadlineCell.Of(d, clock))))
            .OrderBy(r => r.Deadline.DueDate)
            .ThenBy(r => r.CaseId)
            .ToList();
        return new Result(
            [.. reminders.Where(r => r.Deadline.Urgency == Urgency.Overdue)],
            [.. reminders.Where(r => r.Deadline.Urgency != Urgency.Overdue)],
            wholeOrganisation,
            truncated,
            limit);
    }
}
