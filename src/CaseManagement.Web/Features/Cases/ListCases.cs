using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Deadlines;
using CaseManagement.Domain.Calendar;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// The case list of the user's organisation, newest first, one page at a time (DECISIONS.md §8). Filters:
/// state; q (case number or credit code by prefix, party name by substring); overdue (the agency's next
/// deadline has passed); dueWithin (it falls within N working days). Projects the few columns shown.
/// </summary>
public static class ListCases
{
    public const int DefaultPageSize = 50;
    public const int MaximumPageSize = 200;

    public sealed record Query(CaseState? State, string? Q, bool Overdue, int? DueWithin, int Page = 1, int PageSize = DefaultPageSize)
        : IRequest<CaseList>;

    public sealed record CaseList(IReadOnlyList<CaseListItem> Items, int Total);

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
        }
    }

    internal sealed class Handler(CaseDbContext db, CaseContextFactory contexts, LegalCalendar calendar)
        : IRequestHandler<Query, CaseList>
    {
        public async Task<CaseList> Handle(Query query, CancellationToken ct)
        {
            var context = await contexts.CreateAsync(ct);
            var today = context.Clock.Today;
            var cases = db.Cases.AsNoTracking().Where(c => c.OrganisationId == context.OrganisationId);

            if (query.State is { } state)
            {
                cases = cases.Where(c => c.State == state);
            }

            if (!string.IsNullOrWhiteSpace(query.Q))
            {
                // Numbers and codes are matched by prefix (index range scans on CaseNumber and PartyCode);
                // a Chinese party name is searched anywhere in it ("化工" finds 博兴县某化工有限公司).
                var text = query.Q.Trim();
                var code = text.ToUpperInvariant();
                cases = cases.Where(c => c.CaseNumber!.StartsWith(text) || c.Party.IdentifierCode.StartsWith(code) || c.Party.Name.Contains(text));
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

            var total = await cases.CountAsync(ct);
            var rows = await cases
                .OrderByDescending(c => c.Id)
                .Skip((query.Page - 1) * query.PageSize)
                .Take(query.PageSize)
                .Select(c => new
                {
                    c.Id,
                    c.CaseNumber,
                    c.State,
                    c.Cause,
                    PartyName = c.Party.Name,
                    c.RegisteredOn,
                    NextOn = EF.Property<DateOnly?>(c, NextDeadline.OnProperty),
                    NextKind = EF.Property<DeadlineKind?>(c, NextDeadline.KindProperty),
                })
                .ToListAsync(ct);

            return new CaseList(
                [.. rows.Select(r => new CaseListItem(r.Id, r.CaseNumber, r.State, r.State.ToChinese(), r.Cause, r.PartyName, r.RegisteredOn,
                    r is { NextOn: { } on, NextKind: { } kind } ? new NextDeadlineView(kind, kind.Label(), on) : null))],
                total);
        }
    }
}
