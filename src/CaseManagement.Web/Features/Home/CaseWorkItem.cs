using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Deadlines;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Web.Features.Home;

/// <summary>
/// One line of the 我的待办 projection: a case that waits on an assignee — a role (法制审核、负责人、内勤, any
/// user holding it) or one officer of the case — from a day on (a reviewer's 陈述申辩期满 step waits until the
/// period has run out) and, for a step with a closing window, until a day. Ordered by the case's next agency
/// deadline, so a user's page is one range of the (organisation, assignee, due) index. Rewritten by
/// <see cref="WorkQueue.RefreshAsync"/> in the same save as every step on the case.
/// </summary>
public sealed class CaseWorkItem
{
    private CaseWorkItem() { }

    public CaseWorkItem(int organisationId, long caseId, string assignee)
    {
        OrganisationId = organisationId;
        CaseId = caseId;
        Assignee = assignee;
    }

    public long CaseId { get; private set; }

    public int OrganisationId { get; private set; }

    /// <summary><see cref="WorkQueue.RoleKey"/> or <see cref="WorkQueue.UserKey"/>.</summary>
    public string Assignee { get; private set; } = "";

    /// <summary>The case's next agency deadline, or <see cref="WorkQueue.NoDeadline"/> (last in the list).</summary>
    public DateOnly DueOn { get; set; }

    /// <summary>The first day something waits on the assignee.</summary>
    public DateOnly WaitingFrom { get; set; }

    /// <summary>The last day it waits (a closing window), or null while a step stays open.</summary>
    public DateOnly? WaitingUntil { get; set; }
}

internal sealed class CaseWorkItemConfiguration : IEntityTypeConfiguration<CaseWorkItem>
{
    public void Configure(EntityTypeBuilder<CaseWorkItem> builder)
    {
        builder.ToTable("CaseWorkItems");
        builder.HasKey(w => new { w.CaseId, w.Assignee });
        builder.Property(w => w.Assignee).HasMaxLength(80);

        // The page: one assignee's cases by next deadline within the organisation.
        builder.HasIndex(w => new { w.OrganisationId, w.Assignee, w.DueOn, w.CaseId });
        builder.HasOne<PenaltyCase>().WithMany().HasForeignKey(w => w.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(w => w.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// Who a case waits on, by the state machine: for each role the stages it acts on (DECISIONS.md §4; an officer
/// only on his own cases, before filing the officer who registered the lead), asked with an uninvolved user of
/// the role (or the officer himself) whether a step that moves the case forward is allowed. Steps open at almost
/// any time (<see cref="Optional"/>) do not by themselves put a case on a list, or the head would see every
/// open case. The guards that depend on the day (陈述申辩期满, 申请强制执行 window) are asked again on each
/// day a deadline of the case changes, so the line knows from when and until when it waits.
/// </summary>
public static class WorkQueue
{
    /// <summary>Sorts after every real deadline: cases without a pending deadline come last.</summary>
    public static readonly DateOnly NoDeadline = new(9999, 12, 31);

    /// <summary>
    /// Steps open at almost any stage: possible, but nothing is waiting for them (行政处罚法第六十条 extension,
    /// 中止/终止/移送, 第二十八条 责令改正, 第六十六条 分期).
    /// </summary>
    public static readonly IReadOnlySet<CaseTrigger> Optional = new HashSet<CaseTrigger>
    {
        CaseTrigger.ExtendDeadline, CaseTrigger.Suspend, CaseTrigger.Terminate, CaseTrigger.Transfer,
        CaseTrigger.CancelFiling, CaseTrigger.OrderCorrection, CaseTrigger.ApproveInstalments, CaseTrigger.ChangeOfficers,

        // A correction of an evidence item is possible until the notice, never something the case waits for.
        CaseTrigger.EditEvidence,
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

    public static string RoleKey(CaseRole role) => "role:" + role;

    public static string UserKey(string userId) => "user:" + userId;

    /// <summary>The assignee keys of a user: his own (as an officer) and one per role he holds.</summary>
    public static IReadOnlyList<string> KeysOf(Actor actor)
    {
        var keys = new List<string>();
        if (actor.Has(CaseRole.Officer))
        {
            keys.Add(UserKey(actor.UserId));
        }

        keys.AddRange(new[] { CaseRole.LegalReviewer, CaseRole.Head, CaseRole.Clerk }.Where(actor.Has).Select(RoleKey));
        return keys;
    }

    /// <summary>The steps that move the case forward and that this user may take now.</summary>
    public static IReadOnlyList<CaseTrigger> Waiting(PenaltyCase c, IEnumerable<CaseTrigger> allowed) =>
        [.. allowed.Where(t => Waits(c, t))];

    private static bool Waits(PenaltyCase c, CaseTrigger trigger) => !Optional.Contains(trigger) && IsWaiting(c, trigger);

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
        _ => true,
    };

    /// <summary>The assignees of a case with the user the state machine is asked as (an uninvolved one for a role).</summary>
    private static IEnumerable<(string Key, Actor Actor)> Assignees(PenaltyCase c)
    {
        static Actor As(string userId, CaseRole role) => new(userId, "", new HashSet<CaseRole> { role });

        if (c.State == CaseState.Lead && c.FilingRequest is null && c.RegisteredBy is { Length: > 0 } registeredBy)
        {
            yield return (UserKey(registeredBy), As(registeredBy, CaseRole.Officer));
        }

        if (OfficerStates.Contains(c.State))
        {
            foreach (var officer in c.Officers.Select(o => o.UserId).Distinct())
            {
                yield return (UserKey(officer), As(officer, CaseRole.Officer));
            }
        }

        if (ReviewerStates.Contains(c.State))
        {
            yield return (RoleKey(CaseRole.LegalReviewer), As("", CaseRole.LegalReviewer));
        }

        if ((c.State == CaseState.Lead && c.FilingRequest is not null) || HeadStates.Contains(c.State))
        {
            yield return (RoleKey(CaseRole.Head), As("", CaseRole.Head));
        }

        if (ClerkStates.Contains(c.State))
        {
            yield return (RoleKey(CaseRole.Clerk), As("", CaseRole.Clerk));
        }
    }

    /// <summary>
    /// The lines of a case as of today: for each assignee the first run of days on which a step waits on him,
    /// found by asking on today and on each later day a deadline of the case ends or the day after (the only
    /// days a guard that reads the date can change its answer).
    /// </summary>
    public static IReadOnlyList<(string Assignee, DateOnly From, DateOnly? Until)> Lines(PenaltyCase c, CaseClock clock)
    {
        var assignees = Assignees(c).ToList();
        if (assignees.Count == 0)
        {
            return [];
        }

        var days = c.Deadlines(clock)
            .SelectMany(d => new[] { d.DueDate, d.DueDate.AddDays(1) })
            .Where(d => d > clock.Today && d < NoDeadline)
            .Distinct()
            .Order()
            .Prepend(clock.Today)
            .ToList();
        var lines = new List<(string, DateOnly, DateOnly?)>();
        foreach (var (key, actor) in assignees)
        {
            DateOnly? from = null;
            DateOnly? until = null;
            for (var i = 0; i < days.Count; i++)
            {
                var waits = WaitsOn(c, actor, clock with { Today = days[i] });
                if (from is null && waits)
                {
                    from = days[i];
                }
                else if (from is not null && !waits)
                {
                    until = days[i].AddDays(-1);
                    break;
                }
            }

            if (from is { } first)
            {
                lines.Add((key, first, until));
            }
        }

        return lines;
    }

    private static bool WaitsOn(PenaltyCase c, Actor actor, CaseClock clock) =>
        c.AllowsAny(actor, clock, t => Waits(c, t));

    /// <summary>
    /// Rewrites the case's lines in the open save: each kept line updated in place, the others removed or added.
    /// A new case links its lines through its temporary key, which EF replaces with the real one on save.
    /// </summary>
    public static async Task RefreshAsync(CaseDbContext db, PenaltyCase c, CaseClock clock, CancellationToken ct)
    {
        var entry = db.Entry(c);
        var existing = entry.State == EntityState.Added
            ? []
            : await LinesOfCase.For(db)(db, c.Id).ToListAsync(ct);
        Apply(db, c, clock, existing);
    }

    // Compiled once per model: every step reads its case's lines (tracked, to be changed in the same save).
    private static readonly CompiledPerModel<Func<CaseDbContext, long, IAsyncEnumerable<CaseWorkItem>>> LinesOfCase = new(() =>
        EF.CompileAsyncQuery((CaseDbContext db, long caseId) => db.CaseWorkItems.Where(w => w.CaseId == caseId)));

    /// <summary>
    /// As <see cref="RefreshAsync"/> with the case's current lines already read (the rebuild reads a batch at once);
    /// true when a line was added, removed or changed.
    /// </summary>
    internal static bool Apply(CaseDbContext db, PenaltyCase c, CaseClock clock, IReadOnlyList<CaseWorkItem> existing)
    {
        var caseId = db.Entry(c).Property(x => x.Id).CurrentValue;
        var due = NextDeadline.Of(c, clock)?.DueDate ?? NoDeadline;
        var wanted = Lines(c, clock).ToDictionary(l => l.Assignee);
        var changed = false;
        foreach (var item in existing)
        {
            if (wanted.Remove(item.Assignee, out var line))
            {
                changed |= item.DueOn != due || item.WaitingFrom != line.From || item.WaitingUntil != line.Until;
                item.DueOn = due;
                item.WaitingFrom = line.From;
                item.WaitingUntil = line.Until;
            }
            else
            {
                db.CaseWorkItems.Remove(item);
                changed = true;
            }
        }

        foreach (var line in wanted.Values)
        {
            db.CaseWorkItems.Add(new CaseWorkItem(c.OrganisationId, caseId, line.Assignee)
            {
                DueOn = due,
                WaitingFrom = line.From,
                WaitingUntil = line.Until,
            });
            changed = true;
        }

        return changed;
    }
}
