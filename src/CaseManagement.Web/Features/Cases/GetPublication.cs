using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Deadlines;
using CaseManagement.Web.Documents;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// The text to publish for a decided case (行政处罚法第四十八条; 国办发〔2018〕118号), masked as DECISIONS.md §3
/// requires, with the publication deadline and what has been recorded so far.
/// </summary>
public static class GetPublication
{
    public sealed record Query(long Id) : IRequest<PublicationView>;

    public sealed record PublicationView(long CaseId, string DecisionNumber, string Text, DeadlineView? Deadline, PublicationRecordView? Publication);

    internal sealed class Handler(CaseDbContext db, CaseContextFactory contexts)
        : IRequestHandler<Query, PublicationView>
    {
        public async Task<PublicationView> Handle(Query query, CancellationToken ct)
        {
            var context = await contexts.CreateAsync(ct);
            var penaltyCase = await db.LoadCaseAsync(query.Id, context, ct);
            if (penaltyCase.Decision is null)
            {
                throw new ConflictException("案件尚未作出决定，没有可以公示的内容。");
            }

            var text = PublicationText.Compose(penaltyCase, context.Organisation.Details);
            var deadline = penaltyCase.Deadlines(context.Clock).FirstOrDefault(d => d.Kind == DeadlineKind.Publication);
            return new PublicationView(penaltyCase.Id, penaltyCase.Decision.Number, text,
                deadline is null ? null : DeadlineView.From(deadline), PublicationRecordView.From(penaltyCase.Publication));
        }
    }
}
