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
/// 我的待办: the cases waiting on the current user. Two steps keep it cheap: an indexed query narrows the
/// organisation's cases by state and by the user's roles (an officer's own cases, the reviewer's review
/// stages, the head's approvals, the clerk's paperwork), ordered by the stored next deadline and paged;
/// only that page's aggregates are then loaded, and the state machine says what this user may do now.
/// A case stays on the list when at least one of those actions moves it forward; the options that are
/// open at almost any time (延长期限、中止、终止、移送、责令改正 …) are shown beside it but do not by
/// themselves put a case on the list, or the head would see every open case.
/// </summary>
public static class MyWork
{
    public const int PageSize = 50;

    /// <summary>Candidates are counted up to this many.</summary>
    public const int CountLimit = 1000;

    public sealed record Query(int Page = 1) : IRequest<Result>;

    /// <param name="Candidates">Cases in the stages this user's roles act on (before the state machine's check), counted up to <see cref="CountLimit"/>.</param>
    /// <param name="HasMore">More candidates follow this page.</param>
    public sealed record Result(IReadOnlyList<Item> Items, int Page, int Candidates, bool HasMore);

    public sealed record Action(string Trigger, string Label);

    public sealed record Item(
        long Id, string? CaseNumber, string PartyName, string Cause, CaseState State, string StateLabel,
        DeadlineCell? NextDeadline, IReadOnlyList<Action> Waiting, IReadOnlyList<Action> AlsoPossible);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Page).InclusiveBetween(1, 10_000).WithMessage("页码须在1至10000之间");
    }

    /// <summary>
    /// Steps open at almost any stage: possible, but nothing is waiting for them (行政处罚法第六十条 extension,
    /// 中止/终止/移送, 第二十八条 责令改正, 第六十六条 分期).
    /// </summary>
    public static readonly IReadOnlySet<CaseTrigger> Optional = new HashSet<CaseTrigger>
    {
        CaseTrigger.ExtendDeadline, CaseTrigger.Suspend, CaseTrigger.Terminate, CaseTrigger.Transfer,
        CaseTrigger.CancelFiling, CaseTrigger.OrderCorrection, CaseTrigger.ApproveInstalments, CaseTrigger.ChangeOfficers,
    };

    // The stages each role acts on (DECISIONS.md §4; CaseRoleTable).
    private static readonly CaseState[] OfficerStates =
        [CaseState.Investigation, CaseState.Notified, CaseState.Decided, CaseState.Executing];

    private static readonly CaseState[] ReviewerStates =
        [CaseState.Review, CaseState.Notified, CaseState.Hearing, CaseState.LegalReview];

    private static readonly CaseState[] HeadStates =
        [CaseState.Suspended, CaseState.CollectiveDiscussion, CaseState.PendingDecision, CaseState.Executing];

    private static readonly CaseState[] ClerkStates =
    [
        CaseState.Decided, CaseState.Executing, CaseState.Closed,
        CaseState.NotFiled, CaseState.Cancelled, CaseState.Terminated, CaseState.Transferred,
    ];

    internal sealed class Handler(CaseDbContext db, CaseContextFactory contexts) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query query, CancellationToken ct)
        {
            var context = await contexts.CreateAsync(ct);
            var actor = context.Actor;
            var candidates = Candidates(db.Cases.AsNoTracking().Where(c => c.OrganisationId == context.OrganisationId), actor);

            // One row more than the page says whether another follows; the candidates are counted only up to a
            // bound (a count of every open case of a province would cost more than the page itself).
            var total = await candidates.Select(c => c.Id).Take(CountLimit + 1).CountAsync(ct);
            var ids = await candidates
                .OrderBy(c => EF.Property<DateOnly?>(c, NextDeadline.OnProperty) == null)
                .ThenBy(c => EF.Property<DateOnly?>(c, NextDeadline.OnProperty))
                .ThenBy(c => c.Id)
                .Skip((query.Page - 1) * PageSize)
                .Take(PageSize + 1)
                .Select(c => c.Id)
                .ToListAsync(ct);
            var hasMore = ids.Count > PageSize;
            ids = [.. ids.Take(PageSize)];

            // The whole aggregate of the page's cases only: the state machine needs it to decide.
            var cases = await db.Cases.AsNoTracking().WithEverything().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
            var byId = cases.ToDictionary(c => c.Id);
            var items = new List<Item>();
            foreach (var id in ids)
            {
                var c = byId[id];
                var allowed = c.AllowedActions(actor, context.Clock).Select(Enum.Parse<CaseTrigger>).ToList();
                var waiting = allowed.Where(t => !Optional.Contains(t) && IsWaiting(c, t)).ToList();
                if (waiting.Count == 0)
                {
                    continue;
                }

                items.Add(new Item(
                    c.Id, c.CaseNumber, c.Party.Name, c.Cause, c.State, c.StageLabel(),
                    NextDeadline.Of(c, context.Clock) is { } next ? DeadlineCell.Of(next, context.Clock) : null,
                    [.. waiting.Select(t => new Action(t.ToString(), t.ToChinese()))],
                    [.. allowed.Where(Optional.Contains).Select(t => new Action(t.ToString(), t.ToChinese()))]));
            }

            return new Result(items, query.Page, Math.Min(total, CountLimit), hasMore);
        }

        /// <summary>
        /// The cases in the stages this user's roles act on, as one query over the (OrganisationId, State, Id)
        /// index; an officer's by membership of the case's officers (or, before filing, by who registered it).
        /// </summary>
        private static IQueryable<PenaltyCase> Candidates(IQueryable<PenaltyCase> cases, Actor actor)
        {
            var userId = actor.UserId;
            var officer = actor.Has(CaseRole.Officer);
            var reviewer = actor.Has(CaseRole.LegalReviewer);
            var head = actor.Has(CaseRole.Head);
            var clerk = actor.Has(CaseRole.Clerk);
            return cases.Where(c =>
                (officer && c.State == CaseState.Lead && c.RegisteredBy == userId && c.FilingRequest == null)
                || (officer && OfficerStates.Contains(c.State) && c.Officers.Any(o => o.UserId == userId))
                || (reviewer && ReviewerStates.Contains(c.State))
                || (head && c.State == CaseState.Lead && c.FilingRequest != null)
                || (head && HeadStates.Contains(c.State))
                || (clerk && ClerkStates.Contains(c.State)));
        }

        /// <summary>
        /// Steps the state machine allows before their data is known although nothing calls for them yet:
        /// 结案 only once a ground for it exists (行政处罚法第六十七条, 行政强制法第五十三条), 复查 only while an
        /// order has not been re-inspected, another 立案申请 not while one awaits approval.
        /// </summary>
        private static bool IsWaiting(PenaltyCase c, CaseTrigger trigger) => trigger switch
        {
            CaseTrigger.Close => c.Decision is { Kind: DecisionKind.NoPenalty } || c.OutstandingFine <= 0 || c.CourtApplication is not null,
            CaseTrigger.RecordReinspection => c.Reinspections.Count < c.Corrections.Count,
            CaseTrigger.RequestFiling => c.FilingRequest is null,

            // A correction of an evidence item is possible until the notice, never something the case waits for.
            CaseTrigger.EditEvidence => false,
            _ => true,
        };
    }
}
