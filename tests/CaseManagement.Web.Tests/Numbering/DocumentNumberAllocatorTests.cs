using CaseManagement.Web.Numbering;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Numbering;

public sealed class DocumentNumberAllocatorTests
{
    private static async Task<IssuedNumber> AllocateAsync(TestDatabase database, DocumentType type, int year, bool commit = true)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var allocator = scope.ServiceProvider.GetRequiredService<DocumentNumberAllocator>();
        var organisation = await db.Organisations.AsNoTracking().SingleAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var number = await allocator.AllocateAsync(organisation, type, year);
        await db.SaveChangesAsync();
        if (commit)
        {
            await transaction.CommitAsync();
        }

        return number;
    }

    [Fact]
    public async Task Allocate_FirstDecisionOfTheYear_IsFormattedWithoutPaddingInHexagonalBrackets()
    {
        await using var database = await TestDatabase.CreateAsync(demo: true);

        var first = await AllocateAsync(database, DocumentType.PenaltyDecision, 2026);
        var second = await AllocateAsync(database, DocumentType.PenaltyDecision, 2026);

        Assert.Equal("博环罚决字〔2026〕1号", first.Text);
        Assert.Equal("博环罚决字〔2026〕2号", second.Text);
    }

    [Fact]
    public async Task Allocate_ForAnotherTypeOrYear_StartsItsOwnSerial()
    {
        await using var database = await TestDatabase.CreateAsync(demo: true);
        await AllocateAsync(database, DocumentType.PenaltyDecision, 2026);
        await AllocateAsync(database, DocumentType.PenaltyDecision, 2026);

        var notice = await AllocateAsync(database, DocumentType.PenaltyNotice, 2026);
        var nextYear = await AllocateAsync(database, DocumentType.PenaltyDecision, 2027);
        var correction = await AllocateAsync(database, DocumentType.CorrectionOrder, 2026);

        Assert.Equal("博环罚告字〔2026〕1号", notice.Text);
        Assert.Equal("博环罚决字〔2027〕1号", nextYear.Text);
        Assert.Equal("博环责改字〔2026〕1号", correction.Text);
    }

    [Fact]
    public async Task Allocate_FiftyConcurrentTransactions_IssuesOneToFiftyWithoutGapOrDuplicate()
    {
        await using var database = await TestDatabase.CreateAsync(demo: true);

        var numbers = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(_ => Task.Run(() => AllocateAsync(database, DocumentType.PenaltyDecision, 2026))));

        Assert.Equal(Enumerable.Range(1, 50), numbers.Select(n => n.Serial).Order());
        Assert.Equal(50, numbers.Select(n => n.Text).Distinct().Count());
        await using var scope = database.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<CaseDbContext>().IssuedNumbers.Select(n => n.Serial).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 50), stored.Order());
    }

    [Fact]
    public async Task Allocate_WhenTransactionRollsBack_DoesNotSkipTheNumber()
    {
        await using var database = await TestDatabase.CreateAsync(demo: true);

        var abandoned = await AllocateAsync(database, DocumentType.PenaltyNotice, 2026, commit: false);
        var issued = await AllocateAsync(database, DocumentType.PenaltyNotice, 2026);

        Assert.Equal(1, abandoned.Serial);
        Assert.Equal(1, issued.Serial);
    }

    [Fact]
    public async Task Allocate_OutsideATransaction_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(demo: true);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var organisation = await db.Organisations.AsNoTracking().SingleAsync();
        var allocator = scope.ServiceProvider.GetRequiredService<DocumentNumberAllocator>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => allocator.AllocateAsync(organisation, DocumentType.PenaltyDecision, 2026));
        Assert.False(await db.DocumentNumberCounters.AnyAsync());
    }

    [Fact]
    public async Task Void_WhenNumberIsVoided_KeepsTheReasonAndNeverReusesIt()
    {
        await using var database = await TestDatabase.CreateAsync(demo: true);
        var first = await AllocateAsync(database, DocumentType.PenaltyDecision, 2026);
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            await scope.ServiceProvider.GetRequiredService<DocumentNumberAllocator>().VoidAsync(first.Text, "决定书打印错误，重新制作");
            await db.SaveChangesAsync();
        }

        var next = await AllocateAsync(database, DocumentType.PenaltyDecision, 2026);

        Assert.Equal("博环罚决字〔2026〕2号", next.Text);
        await using var readScope = database.CreateScope();
        var voided = await readScope.ServiceProvider.GetRequiredService<CaseDbContext>().IssuedNumbers.SingleAsync(n => n.Text == first.Text);
        Assert.True(voided.IsVoided);
        Assert.Equal("决定书打印错误，重新制作", voided.VoidReason);
        Assert.Equal(DateTimeKind.Utc, voided.VoidedAt!.Value.Kind);
    }

    [Fact]
    public async Task Void_WhenAlreadyVoided_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(demo: true);
        var first = await AllocateAsync(database, DocumentType.PaymentDemand, 2026);
        await using var scope = database.CreateScope();
        var allocator = scope.ServiceProvider.GetRequiredService<DocumentNumberAllocator>();
        await allocator.VoidAsync(first.Text, "错号");

        await Assert.ThrowsAsync<InvalidOperationException>(() => allocator.VoidAsync(first.Text, "再次作废"));
    }

    [Theory]
    [InlineData(DocumentType.PenaltyDecision, 136, "岳环罚决字〔2021〕136号")]
    [InlineData(DocumentType.PenaltyNotice, 136, "岳环罚告字〔2021〕136号")]
    [InlineData(DocumentType.CorrectionOrder, 5, "岳环责改字〔2021〕5号")]
    public void Format_FollowsGbT9704(DocumentType type, int serial, string expected)
    {
        Assert.Equal(expected, DocumentTypes.Format("岳环", type, 2021, serial));
    }
}
