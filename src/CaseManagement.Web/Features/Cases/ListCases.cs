using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Deadlines;
using CaseManagement.Domain.Calendar;
using CaseManagement.Domain.Penalties;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Persistence.Search;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// The case list of the user's organisation, one page at a time (DECISIONS.md §8), newest first or sorted by
/// any column. Filters: state; q (case number or credit code by prefix, party name by substring); officer;
/// violation; registration date range; overdue (the agency's next deadline has passed); dueWithin (it falls
/// within N working days). Every filter and sort is an index range or seek, so a page costs the same with a
/// million cases as with a hundred: the name search reads the party-name bigrams (<see cref="CaseSearchTerm"/>),
/// prefixes are range predicates, and the total is counted only up to <see cref="CountLimit"/>.
/// </summary>
public static class ListCases
{
    public const int DefaultPageSize = 50;
    public const int MaximumPageSize = 200;

    /// <summary>Counting stops here ("1000 件以上"): a count of a million rows would cost more than the page.</summary>
    public const int CountLimit = 1000;

    /// <summary>The column the list is sorted by (<c>sort=</c>); <see cref="Newest"/> is registration order, latest first.</summary>
    public enum CaseSort
    {
        Newest,
        Number,
        Party,
        Cause,
        State,
        Registered,
        Deadline,
    }

    /// <summary>The list's parameters, all of them in the URL (so a list can be bookmarked and shared).</summary>
    /// <param name="Officer">User id of an officer of the case.</param>
    /// <param name="Violation">Violation code of the catalogue.</param>
    /// <param name="From">Registered on or after.</param>
    /// <param name="To">Registered on or before.</param>
    /// <param name="Desc">Sort descending (the newest-first order is always descending).</param>
    public sealed record Query(
        CaseState? State, string? Q, bool Overdue, int? DueWithin, int Page = 1, int PageSize = DefaultPageSize,
        string? Officer = null, string? Violation = null, DateOnly? From = null, DateOnly? To = null,
        CaseSort Sort = CaseSort.Newest, bool Desc = false)
        : IRequest<CaseList>;

    /// <param name="Total">Number of matching cases, counted up to <see cref="CountLimit"/>.</param>
    /// <param name="TotalIsLowerBound">True when more than <see cref="CountLimit"/> cases match.</param>
    /// <param name="HasMore">A further page exists.</param>
    public sealed record CaseList(IReadOnlyList<CaseListItem> Items, int Total, bool TotalIsLowerBound = false, bool HasMore = false);

    public sealed record CaseListItem(
        long Id, string? CaseNumber, CaseState State, string StateLabel, string Cause, string PartyName, DateOnly RegisteredOn,
        NextDeadlineView? NextDeadline);

    public sealed record NextDeadlineView(DeadlineKind Kind, string Label, DateOnly DueDate);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("页码 page 须不小于1");
            RuleFor(q => q.PageSize).InclusiveBetween(1, MaximumPageSize).WithMessage($"每页条数 pageSize 须在1至{MaximumPageSize}之间");
            RuleFor(q => q.DueWithin).InclusiveBetween(0, 365).When(q => q.DueWithin is not null).WithMessage("dueWithin 须在0至365个工作日之间");
            RuleFor(q => q.Q).MaximumLength(100).WithMessage("搜索内容不得超过100个字符");
            RuleFor(q => q.Officer).MaximumLength(64).WithMessage("执法人员参数过长");
            RuleFor(q => q.Violation)
                .Must(v => v is null || ViolationCatalogue.Default.Violations.Any(x => x.Code == v))
                .WithMessage("违法行为不在违法行为目录中");
            RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
                .WithMessage("登记日期的截止日不得早于起始日");
            RuleFor(q => q.Sort).IsInEnum().WithMessage("排序列无效");
        }
    }

    internal sealed class Handler(CaseDbContext db, CaseContextFactory contexts, LegalCalendar calendar)
        : IRequestHandler<Query, CaseList>
    {
        public async Task<CaseList> Handle(Query query, CancellationToken ct)
        {
            var context = await contexts.CreateAsync(ct);
            var organisationId = context.OrganisationId;
            var cases = Filtered(query, organisationId, context.Clock.Today);
            var offset = (long)(query.Page - 1) * query.PageSize;
            if (offset > int.MaxValue - MaximumPageSize - 1)
            {
                // Far beyond any page a database holds: no rows, the (bounded) count of the unsearched filters.
                var beyond = await cases.Select(c => c.Id).Take(CountLimit + 1).CountAsync(ct);
                return new CaseList([], Math.Min(beyond, CountLimit), beyond > CountLimit);
            }

            var skip = (int)offset;
            var text = string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim();

            List<long> pageIds;
            int counted;
            if (text is not null && query.Sort == CaseSort.Newest)
            {
                // Each way of matching is its own index range, newest first; the union of their heads is enough
                // for the count (up to the limit) and for the page.
                var wanted = Math.Max(CountLimit + 1, skip + query.PageSize + 1);
                var matched = new SortedSet<long>(Comparer<long>.Create((a, b) => b.CompareTo(a)));
                foreach (var source in Matches(cases, text, query, organisationId, context.Clock.Today))
                {
                    matched.UnionWith(await source.OrderByDescending(id => id).Take(wanted).ToListAsync(ct));
                }

                counted = Math.Min(matched.Count, CountLimit + 1);
                pageIds = [.. matched.Skip(skip).Take(query.PageSize + 1)];
            }
            else
            {
                if (text is not null)
                {
                    var sources = Matches(cases, text, query, organisationId, context.Clock.Today);
                    var any = sources.Skip(1).Aggregate(sources[0], (all, next) => all.Concat(next));
                    cases = cases.Where(c => any.Contains(c.Id));
                }

                counted = await cases.Select(c => c.Id).Take(CountLimit + 1).CountAsync(ct);
                pageIds = await Sorted(cases, query.Sort, query.Desc).Skip(skip).Take(query.PageSize + 1).Select(c => c.Id).ToListAsync(ct);
            }

            var hasMore = pageIds.Count > query.PageSize;
            pageIds = [.. pageIds.Take(query.PageSize)];
            var rows = await db.Cases.AsNoTracking()
                .Where(c => pageIds.Contains(c.Id))
                .Select(c => new
                {
                    c.Id,
                    c.CaseNumber,
                    c.State,
                    c.Cause,
                    PartyName = c.Party.Name,
                    c.RegisteredOn,
                    FilingRequested = c.FilingRequest != null,
                    NextOn = EF.Property<DateOnly?>(c, NextDeadline.OnProperty),
                    NextKind = EF.Property<DeadlineKind?>(c, NextDeadline.KindProperty),
                })
                .ToListAsync(ct);
            var byId = rows.ToDictionary(r => r.Id);

            return new CaseList(
                [.. pageIds.Select(id => byId[id]).Select(r => new CaseListItem(r.Id, r.CaseNumber, r.State,
                    CaseVocabulary.StageLabel(r.State, r.FilingRequested), r.Cause, r.PartyName, r.RegisteredOn,
                    r is { NextOn: { } on, NextKind: { } kind } ? new NextDeadlineView(kind, kind.Label(), on) : null))],
                Math.Min(counted, CountLimit),
                counted > CountLimit,
                hasMore);
        }

        private IQueryable<PenaltyCase> Filtered(Query query, int organisationId, DateOnly today, bool organisationByIndex = true)
        {
            var cases = organisationByIndex
                ? db.Cases.AsNoTracking().Where(c => c.OrganisationId == organisationId)
                : db.Cases.AsNoTracking().Where(c => c.OrganisationId + 0 == organisationId);
            if (query.State is { } state)
            {
                cases = cases.Where(c => c.State == state);
            }

            if (!string.IsNullOrEmpty(query.Officer))
            {
                var officer = query.Officer;
                cases = cases.Where(c => c.Officers.Any(o => o.UserId == officer));
            }

            if (!string.IsNullOrEmpty(query.Violation))
            {
                cases = cases.Where(c => c.ViolationCode == query.Violation);
            }

            if (query.From is { } from)
            {
                cases = cases.Where(c => c.RegisteredOn >= from);
            }

            if (query.To is { } to)
            {
                cases = cases.Where(c => c.RegisteredOn <= to);
            }

            if (query.Overdue)
            {
                cases = cases.Where(c => EF.Property<DateOnly?>(c, NextDeadline.OnProperty) < today);
            }

            if (query.DueWithin is { } workingDays)
            {
                var until = calendar.AddWorkingDays(today, workingDays).Date;
                cases = cases.Where(c => EF.Property<DateOnly?>(c, NextDeadline.OnProperty) <= until);
            }

            return cases;
        }

        /// <summary>
        /// The ids matching the search text, one query per way of matching: case number by prefix, credit code or
        /// ID number by prefix (both as ranges on their indexes), party name by substring through its bigrams
        /// (a one-character text can only be matched by reading the names).
        /// </summary>
        private List<IQueryable<long>> Matches(IQueryable<PenaltyCase> cases, string text, Query query, int organisationId, DateOnly today)
        {
            var numberTo = text + char.MaxValue;
            var sources = new List<IQueryable<long>>
            {
                cases.Where(c => string.Compare(c.CaseNumber, text) >= 0 && string.Compare(c.CaseNumber, numberTo) < 0).Select(c => c.Id),
            };

            var code = text.ToUpperInvariant();
            if (code.All(char.IsAsciiLetterOrDigit))
            {
                var codeTo = code + char.MaxValue;

                // Beyond the first eight characters (registration type and region, shared by a county's
                // parties) a prefix is selective: the organisation is then compared as "+ 0", which no index
                // serves, so SQLite's planner reads the PartyCode range instead of every case in Id order.
                var byCode = code.Length > 8 ? Filtered(query, organisationId, today, organisationByIndex: false) : cases;
                sources.Add(byCode.Where(c => string.Compare(c.Party.IdentifierCode, code) >= 0 && string.Compare(c.Party.IdentifierCode, codeTo) < 0)
                    .Select(c => c.Id));
            }

            var terms = CaseSearchIndex.Terms(text);
            if (terms.Count == 0)
            {
                sources.Add(cases.Where(c => c.Party.Name.Contains(text)).Select(c => c.Id));
                return sources;
            }

            // Driven by the first bigram's index range; every further bigram is a key lookup.
            var first = terms[0];
            var byName =
                from t in db.CaseSearchTerms
                where t.OrganisationId == organisationId && t.Term == first
                join c in cases on t.CaseId equals c.Id
                select c;
            foreach (var term in terms.Skip(1))
            {
                byName = byName.Where(c => db.CaseSearchTerms.Any(t => t.OrganisationId == organisationId && t.Term == term && t.CaseId == c.Id));
            }

            if (terms.Count > 1 && !text.Any(char.IsAsciiLetter))
            {
                // The bigrams of a longer text could be present apart; the name must hold the text itself.
                byName = byName.Where(c => c.Party.Name.Contains(text));
            }

            sources.Add(byName.Select(c => c.Id));
            return sources;
        }

        private static IQueryable<PenaltyCase> Sorted(IQueryable<PenaltyCase> cases, CaseSort sort, bool desc) => sort switch
        {
            CaseSort.Number => By(cases, c => c.CaseNumber, desc),
            CaseSort.Party => By(cases, c => c.Party.Name, desc),
            CaseSort.Cause => By(cases, c => c.Cause, desc),
            CaseSort.State => By(cases, c => c.State, desc),
            CaseSort.Registered => By(cases, c => c.RegisteredOn, desc),
            CaseSort.Deadline => desc
                ? cases.OrderBy(c => EF.Property<DateOnly?>(c, NextDeadline.OnProperty) == null)
                    .ThenByDescending(c => EF.Property<DateOnly?>(c, NextDeadline.OnProperty)).ThenByDescending(c => c.Id)
                : cases.OrderBy(c => EF.Property<DateOnly?>(c, NextDeadline.OnProperty) == null)
                    .ThenBy(c => EF.Property<DateOnly?>(c, NextDeadline.OnProperty)).ThenBy(c => c.Id),
            _ => cases.OrderByDescending(c => c.Id),
        };

        private static IOrderedQueryable<PenaltyCase> By<TKey>(IQueryable<PenaltyCase> cases, System.Linq.Expressions.Expression<Func<PenaltyCase, TKey>> key, bool desc) =>
            desc ? cases.OrderByDescending(key).ThenByDescending(c => c.Id) : cases.OrderBy(key).ThenBy(c => c.Id);
    }
}
