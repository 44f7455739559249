using CaseManagement.Domain.Cases;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Persistence;

/// <summary>
/// One page of a list of cases, read the way every list reads it (案件列表, 期限看板, 我的待办): the matches counted
/// only up to <see cref="CountLimit"/>, the page's ids in the list's order with one more read to tell whether another
/// page follows; the page's rows are then read by key.
/// </summary>
/// <param name="Ids">The page's ids, in the list's order.</param>
/// <param name="Counted">The matches counted, at most one more than <see cref="CountLimit"/>.</param>
/// <param name="HasMore">A further page exists.</param>
public sealed record ListPage(IReadOnlyList<long> Ids, int Counted, bool HasMore)
{
    /// <summary>Counting stops here ("1000 件以上"): a count of a million rows would cost more than the page.</summary>
    public const int CountLimit = 1000;

    /// <summary>The number of matches shown, at most <see cref="CountLimit"/>.</summary>
    public int Total => Math.Min(Counted, CountLimit);

    /// <summary>True when more than <see cref="CountLimit"/> cases match.</summary>
    public bool TotalIsLowerBound => Counted > CountLimit;

    /// <summary>The page from ids read one past its size.</summary>
    public static ListPage Of(IReadOnlyList<long> readAhead, int pageSize, int counted) =>
        new([.. readAhead.Take(pageSize)], counted, readAhead.Count > pageSize);
}

public static class ListPages
{
    /// <summary>The matches counted up to one more than <see cref="ListPage.CountLimit"/>.</summary>
    public static Task<int> CountUpToLimitAsync<T>(this IQueryable<T> matches, CancellationToken ct) =>
        matches.Take(ListPage.CountLimit + 1).CountAsync(ct);

    /// <summary>
    /// Counts <paramref name="matches"/> (up to the limit) and reads the page's ids in the order
    /// <paramref name="inOrder"/> gives them, one row more than the page to tell whether another follows.
    /// </summary>
    public static async Task<ListPage> PageAsync<T>(
        this IQueryable<T> matches, Func<IQueryable<T>, IQueryable<long>> inOrder, int skip, int pageSize, CancellationToken ct)
    {
        var counted = await matches.CountUpToLimitAsync(ct);
        var ids = await inOrder(matches).Skip(skip).Take(pageSize + 1).ToListAsync(ct);
        return ListPage.Of(ids, pageSize, counted);
    }

    /// <summary>
    /// The page's cases as a list needs them (<see cref="CaseQueries.ForLists"/>), in the page's order; a case
    /// deleted between the two reads is left out.
    /// </summary>
    public static async Task<List<PenaltyCase>> LoadForListAsync(this CaseDbContext db, ListPage page, CancellationToken ct)
    {
        var ids = page.Ids.ToList();
        var byId = await db.Cases.AsNoTracking().ForLists().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        return [.. ids.Where(byId.ContainsKey).Select(id => byId[id])];
    }
}

/// <summary>The rules of the parameters the case lists share (期限看板, 我的待办), with one message each.</summary>
public static class ListParameterRules
{
    /// <summary>Pages beyond this are refused: a list that long is searched, not paged.</summary>
    public const int MaximumPage = 10_000;

    public const string OfficerTooLong = "执法人员参数过长";

    public static IRuleBuilderOptions<T, int> ListPageNumber<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(1, MaximumPage).WithMessage($"页码须在1至{MaximumPage}之间");

    public static IRuleBuilderOptions<T, string?> OfficerParameter<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(64).WithMessage(OfficerTooLong);
}
