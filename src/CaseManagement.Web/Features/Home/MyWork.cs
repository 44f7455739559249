using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Deadlines;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Features.Deadlines;
using CaseManagement.Web.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Home;

/// <summary>
/// 我的待办: the cases waiting on the current user, paged by the database. The page is one range of the
/// <see cref="CaseWorkItem"/> projection (the user's own lines as an officer and his roles' lines), ordered by
/// the stored next deadline, so every page but the last holds <see cref="PageSize"/> cases; only that page's
/// aggregates are then loaded, for the steps the state machine offers this user now and the deadline's text.
/// The options open at almost any time (延长期限、中止、终止、移送、责令改正 …) are shown beside a case but do
/// not by themselves put it on the list (<see cref="WorkQueue.Optional"/>).
/// </summary>
public static class MyWork
{
    public const int PageSize = 50;

    public sealed record Query(int Page = 1) : IRequest<Result>;

    /// <param name="Candidates">Cases waiting on this user, counted up to <see cref="ListPage.CountLimit"/>.</param>
    /// <param name="HasMore">More candidates follow this page.</param>
    /// <param name="Rebuilding">The list is still being built from the cases saved before it existed (may be incomplete).</param>
    public sealed record Result(IReadOnlyList<Item> Items, int Page, int Candidates, bool HasMore, RebuildProgress? Rebuilding = null);

    public sealed record Action(string Trigger, string Label);

    public sealed record Item(
        long Id, string? CaseNumber, string PartyName, string Cause, CaseState State, string StateLabel,
        DeadlineCell? NextDeadline, IReadOnlyList<Action> Waiting, IReadOnlyList<Action> AlsoPossible);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Page).ListPageNumber();
    }

    /// <summary>Steps open at almost any stage (<see cref="WorkQueue.Optional"/>).</summary>
    public static IReadOnlySet<CaseTrigger> Optional => WorkQueue.Optional;

    internal sealed class Handler(CaseDbContext db, CaseContextFactory contexts, WorkQueueRebuildService rebuild) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query query, CancellationToken ct)
        {
            var context = await contexts.CreateAsync(ct);
            var actor = context.Actor;
            var today = context.Clock.Today;
            var keys = WorkQueue.KeysOf(actor);
            var reviewerKey = WorkQueue.RoleKey(CaseRole.LegalReviewer);
            var userId = actor.UserId;
            var lines = db.CaseWorkItems.AsNoTracking()
                .Where(w => w.OrganisationId == context.OrganisationId && keys.Contains(w.Assignee)
                    && w.WaitingFrom <= today && (w.WaitingUntil == null || w.WaitingUntil >= today))
                // 查审分离 (行政处罚法第五十八条): a reviewer never reviews a case he investigates.
                .Where(w => w.Assignee != reviewerKey || !db.Set<CaseOfficer>().Any(o => EF.Property<long>(o, "CaseId") == w.CaseId && o.UserId == userId));

            // A user with several roles can meet a case on more than one line: each case once.
            var cases = keys.Count == 1
                ? lines.Select(w => new { w.CaseId, w.DueOn })
                : lines.Select(w => new { w.CaseId, w.DueOn }).Distinct();

            var page = await cases.PageAsync(w => w.OrderBy(x => x.DueOn).ThenBy(x => x.CaseId).Select(x => x.CaseId),
                (query.Page - 1) * PageSize, PageSize, ct);

            // The page's cases only, as lists load them: the state machine says what this user may do now.
            var items = new List<Item>();
            foreach (var c in await db.LoadForListAsync(page, ct))
            {
                var allowed = c.AllowedActions(actor, context.Clock).Select(Enum.Parse<CaseTrigger>).ToList();
                items.Add(new Item(
                    c.Id, c.CaseNumber, c.Party.Name, c.Cause, c.State, c.StageLabel(),
                    NextDeadline.Of(c, context.Clock) is { } next ? DeadlineCell.Of(next, context.Clock) : null,
                    [.. WorkQueue.Waiting(c, allowed).Select(t => new Action(t.ToString(), t.ToChinese()))],
                    [.. allowed.Where(Optional.Contains).Select(t => new Action(t.ToString(), t.ToChinese()))]));
            }

            return new Result(items, query.Page, page.Total, page.HasMore, await rebuild.ProgressAsync(db, ct));
        }
    }
}
