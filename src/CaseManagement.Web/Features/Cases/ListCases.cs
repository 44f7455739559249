using System.Globalization;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Deadlines;
using CaseManagement.Domain.Calendar;
using CaseManagement.Domain.Penalties;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Persistence.Search;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// The case list of the user's organisation, one page at a time (DECISIONS.md §8), newest first or sorted by
/// any column. Filters: state; q (case number or credit code by prefix, party name by substring); officer;
/// violation; registration date range; overdue (the agency's next deadline has passed); dueWithin (it falls
/// within N working days). Every filter and sort is an index range or seek, so a page costs the same with a
/// million cases as with a hundred: the name search reads the party-name bigrams (<see cref="CaseSearchTerm"/>),
/// prefixes are range predicates, and the total is counted only up to <see cref="ListPage.CountLimit"/>.
/// </summary>
public static class ListCases
{
    public const int DefaultPageSize = 50;
    public const int MaximumPageSize = 200;

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

    /// <summary>
    /// The list's parameters as the client sends them, all of them in the URL (so a list can be bookmarked and
    /// shared): <c>[AsParameters]</c> on <c>GET /api/cases</c> and the <c>/cases</c> page bind this same text. Values
    /// are bound as text so that every bad one is answered by the one <see cref="Validator"/> in Chinese, naming its
    /// parameter, instead of the framework's bare 400; the handler reads them with <see cref="Read"/>.
    /// </summary>
    public sealed record Query : IRequest<CaseList>
    {
        [FromQuery(Name = "state")]
        public string? State { get; init; }

        [FromQuery(Name = "q")]
        public string? Q { get; init; }

        [FromQuery(Name = "overdue")]
        public string? Overdue { get; init; }

        [FromQuery(Name = "dueWithin")]
        public string? DueWithin { get; init; }

        [FromQuery(Name = "page")]
        public string? Page { get; init; }

        [FromQuery(Name = "pageSize")]
        public string? PageSize { get; init; }

        /// <summary>User id of an officer of the case.</summary>
        [FromQuery(Name = "officer")]
        public string? Officer { get; init; }

        /// <summary>Violation code of the catalogue.</summary>
        [FromQuery(Name = "violation")]
        public string? Violation { get; init; }

        /// <summary>Registered on or after (年-月-日).</summary>
        [FromQuery(Name = "from")]
        public string? From { get; init; }

        /// <summary>Registered on or before (年-月-日).</summary>
        [FromQuery(Name = "to")]
        public string? To { get; init; }

        /// <summary>The column to sort by (<see cref="CaseSort"/>).</summary>
        [FromQuery(Name = "sort")]
        public string? Sort { get; init; }

        /// <summary>Sort descending.</summary>
        [FromQuery(Name = "desc")]
        public string? Desc { get; init; }

        /// <summary>The parameters read; one the validator would refuse is read as its default (the page shows the rest).</summary>
        public Criteria Read() => new(
            ParseState(State),
            Q,
            Flag(Overdue),
            Integer(DueWithin),
            Integer(Page) ?? 1,
            Integer(PageSize) ?? DefaultPageSize,
            Blank(Officer) ? null : Officer!.Trim(),
            Blank(Violation) ? null : Violation!.Trim(),
            Day(From),
            Day(To),
            ParseSort(Sort) ?? CaseSort.Newest,
            Flag(Desc));

        internal static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

        internal static DateOnly? Day(string? text) =>
            DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

        internal static CaseSort? ParseSort(string? text) =>
            !Blank(text) && !int.TryParse(text, out _) && Enum.TryParse<CaseSort>(text!.Trim(), ignoreCase: true, out var sort) && Enum.IsDefined(sort) ? sort : null;

        internal static CaseState? ParseState(string? text) =>
            !Blank(text) && !int.TryParse(text, out _) && Enum.TryParse<CaseState>(text!.Trim(), ignoreCase: true, out var state) && Enum.IsDefined(state) ? state : null;

        internal static bool? Boolean(string? text) => bool.TryParse(text?.Trim(), out var value) ? value : null;

        private static bool Flag(string? text) => Boolean(text) ?? false;

        private static int? Integer(string? text) =>
            int.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    /// <summary>The list's parameters read (<see cref="Query.Read"/>).</summary>
    /// <param name="Officer">User id of an officer of the case.</param>
    /// <param name="Violation">Violation code of the catalogue.</param>
    /// <param name="From">Registered on or after.</param>
    /// <param name="To">Registered on or before.</param>
    /// <param name="Desc">Sort descending (the newest-first order is always descending).</param>
    public sealed record Criteria(
        CaseState? State, string? Q, bool Overdue, int? DueWithin, int Page, int PageSize,
        string? Officer, string? Violation, DateOnly? From, DateOnly? To, CaseSort Sort, bool Desc);

    /// <param name="Total">Number of matching cases, counted up to <see cref="ListPage.CountLimit"/>.</param>
    /// <param name="TotalIsLowerBound">True when more than <see cref="ListPage.CountLimit"/> cases match.</param>
    /// <param name="HasMore">A further page exists.</param>
    public sealed record CaseList(IReadOnlyList<CaseListItem> Items, int Total, bool TotalIsLowerBound = false, bool HasMore = false);

    public sealed record CaseListItem(
        long Id, string? CaseNumber, CaseState State, string StateLabel, string Cause, string PartyName, DateOnly RegisteredOn,
        NextDeadlineView? NextDeadline);

    public sealed record NextDeadlineView(DeadlineKind Kind, string Label, DateOnly DueDate);

    /// <summary>The one check of the list's input, for the API and the page alike (the same message for the same bad value).</summary>
    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(p => p.State).Must(s => Query.Blank(s) || Query.ParseState(s) is not null)
                .WithMessage(p => $"案件阶段“{p.State}”无效，只能是 {string.Join("、", Enum.GetNames<CaseState>())}");
            RuleFor(p => p.Q).MaximumLength(100).WithMessage("搜索内容不得超过100个字符");
            RuleFor(p => p.Overdue).Must(o => Query.Blank(o) || Query.Boolean(o) is not null).WithMessage("overdue 只能是 true 或 false");
            RuleFor(p => p.DueWithin).WholeNumber("到期工作日数", 0, 365);
            RuleFor(p => p.Page).WholeNumber("页码", 1, int.MaxValue);
            RuleFor(p => p.PageSize).WholeNumber("每页条数", 1, MaximumPageSize);
            RuleFor(p => p.Officer).Must(o => Query.Blank(o) || o!.Trim().Length <= 64).WithMessage(ListParameterRules.OfficerTooLong);
            RuleFor(p => p.Violation)
                .Must(v => Query.Blank(v) || ViolationCatalogue.Default.Violations.Any(x => x.Code == v!.Trim()))
                .WithMessage("违法行为不在违法行为目录中");
            RuleFor(p => p.From).Must(d => Query.Blank(d) || Query.Day(d) is not null).WithMessage(p => $"登记日期起“{p.From}”不是有效日期（格式：年-月-日，如 2026-11-20）");
            RuleFor(p => p.To).Must(d => Query.Blank(d) || Query.Day(d) is not null).WithMessage(p => $"登记日期止“{p.To}”不是有效日期（格式：年-月-日，如 2026-11-20）");
            RuleFor(p => p.To).Must((p, to) => Query.Day(p.From) is not { } from || Query.Day(to) is not { } until || until >= from)
                .WithMessage("登记日期的截止日不得早于起始日");
            RuleFor(p => p.Sort).Must(s => Query.Blank(s) || Query.ParseSort(s) is not null)
                .WithMessage(p => $"排序列“{p.Sort}”无效，只能是 {string.Join("、", Enum.GetNames<CaseSort>())}");
            RuleFor(p => p.Desc).Must(d => Query.Blank(d) || Query.Boolean(d) is not null).WithMessage("desc 只能是 true 或 false");
        }
    }

    internal sealed class Handler(CaseDbContext db, CaseContextFactory contexts, LegalCalendar calendar)
        : IRequestHandler<Query, CaseList>
    {
        public async Task<CaseList> Handle(Query request, CancellationToken ct)
        {
            var query = request.Read();
            var context = await contexts.CreateAsync(ct);
            var organisationId = context.OrganisationId;
            var cases = Filtered(query, organisationId, context.Clock.Today);
            var offset = (long)(query.Page - 1) * query.PageSize;
            if (offset > int.MaxValue - MaximumPageSize - 1)
            {
                // Far beyond any page a database holds: no rows, the (bounded) count of the unsearched filters.
                var beyond = ListPage.Of([], query.PageSize, await cases.Select(c => c.Id).CountUpToLimitAsync(ct));
                return new CaseList([], beyond.Total, beyond.TotalIsLowerBound);
            }

            var skip = (int)offset;
            var text = string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim();

            ListPage page;
            if (text is not null && query.Sort == CaseSort.Newest)
            {
                // Each way of matching is its own index range. A range is first read as the index holds it, unsorted,
                // up to one past the count limit: most searches match fewer, and then these are all their matches.
                // Only a range beyond the limit is read again newest first, and only as far as the page reaches: the
                // database keeps the page's head while it reads the range instead of sorting a thousand (at 1,000,000
                // cases "博环立字〔2026〕1" is 111,111 numbers: 39 ms to sort for a thousand and one, 16 ms for a page).
                // The union of the heads is the page; the count is exact up to the limit.
                var head = skip + query.PageSize + 1;
                var matched = new SortedSet<long>(Comparer<long>.Create((a, b) => b.CompareTo(a)));
                var beyondLimit = false;
                foreach (var source in Matches(cases, text, query, organisationId, context.Clock.Today))
                {
                    var all = await source.Take(ListPage.CountLimit + 1).ToListAsync(ct);
                    if (all.Count <= ListPage.CountLimit)
                    {
                        matched.UnionWith(all);
                        continue;
                    }

                    beyondLimit = true;
                    matched.UnionWith(await source.OrderByDescending(id => id).Take(head).ToListAsync(ct));
                }

                var counted = beyondLimit ? ListPage.CountLimit + 1 : Math.Min(matched.Count, ListPage.CountLimit + 1);
                page = ListPage.Of([.. matched.Skip(skip).Take(query.PageSize + 1)], query.PageSize, counted);
            }
            else
            {
                if (text is not null)
                {
                    var sources = Matches(cases, text, query, organisationId, context.Clock.Today);
                    var any = sources.Skip(1).Aggregate(sources[0], (all, next) => all.Concat(next));
                    cases = cases.Where(c => any.Contains(c.Id));
                }

                page = await cases.PageAsync(c => Sorted(c, query.Sort, query.Desc).Select(x => x.Id), skip, query.PageSize, ct);
            }

            var pageIds = page.Ids.ToList();
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
                page.Total,
                page.TotalIsLowerBound,
                page.HasMore);
        }

        private IQueryable<PenaltyCase> Filtered(Criteria query, int organisationId, DateOnly today, bool organisationByIndex = true)
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
                cases = cases.Overdue(today);
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
        private List<IQueryable<long>> Matches(IQueryable<PenaltyCase> cases, string text, Criteria query, int organisationId, DateOnly today)
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
                // serves, so SQLite's planner reads the PartyCode range instead of every case in Id order — from the
                // (PartyCode, OrganisationId) index, without visiting the case rows (migration PartyCodeCoveringIndex).
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

            // Driven by the first bigram's index range, read newest first in the index's own order: the id is the
            // term row's, so the planner walks (organisation, term, case) backwards and stops at the limit, instead
            // of walking every case newest first and probing the terms of each (measured at 100,000 cases: 121 ms
            // for a text no name holds). Every further bigram is a key lookup.
            var first = terms[0];
            var byName =
                from t in db.CaseSearchTerms
                where t.OrganisationId == organisationId && t.Term == first
                join c in cases on t.CaseId equals c.Id
                select new { t.CaseId, c.Party.Name };
            // When the name itself is checked for the text below, three further bigrams narrow the candidates enough;
            // each one more is another join for the planner (PostgreSQL spent 33 ms planning the ten of a case number,
            // and 38 ms went on the seventeen of a credit code typed as a name). The check folds letters as the terms
            // do; it is made when every letter of the text folds the same in every database (ASCII; Chinese has no
            // case) and the text has no space, which the terms leave out. Otherwise all bigrams must be present.
            var exact = terms.Count > 1
                && text.All(ch => !char.IsWhiteSpace(ch) && (char.IsAscii(ch) || char.ToUpperInvariant(ch) == char.ToLowerInvariant(ch)));
            var folded = text.ToUpperInvariant();
            var further = terms.Skip(1).ToList();
            if (exact && further.Count > 3)
            {
                further = [further[further.Count / 3], further[2 * further.Count / 3], further[^1]];
            }

            foreach (var term in further)
            {
                byName = byName.Where(m => db.CaseSearchTerms.Any(t => t.OrganisationId == organisationId && t.Term == term && t.CaseId == m.CaseId));
            }

            if (exact)
            {
                // The bigrams of a longer text could be present apart; the name must hold the text itself.
                byName = byName.Where(m => m.Name.ToUpper().Contains(folded));
            }

            sources.Add(byName.Select(m => m.CaseId));
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

internal static class CaseListRules
{
    /// <summary>Absent, or a whole number within [minimum, maximum], named in the message.</summary>
    public static IRuleBuilderOptions<T, string?> WholeNumber<T>(this IRuleBuilder<T, string?> rule, string description, int minimum, int maximum) =>
        rule.Must(t => string.IsNullOrWhiteSpace(t) || long.TryParse(t.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            .WithMessage((_, t) => $"{description}必须是整数，实际为“{t}”")
            .Must(t => string.IsNullOrWhiteSpace(t)
                       || !long.TryParse(t.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                       || (n >= minimum && n <= maximum))
            .WithMessage((_, t) => $"{description}必须在{minimum}至{maximum}之间，实际为{t?.Trim()}");
}
