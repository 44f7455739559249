using CaseManagement.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Numbering;

/// <summary>
/// Hands out document numbers <c>{code}{doctype}字〔{year}〕{n}号</c> (LEGAL-REFERENCE.md §F.3), one yearly
/// serial per organisation and document type. The number is taken inside the caller's transaction:
/// if the transaction rolls back, so does the counter, so a number is never skipped; the counter row
/// is locked by an atomic increment before it is read, so a number is never issued twice.
/// </summary>
public sealed class DocumentNumberAllocator(CaseDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Reserves the next serial and stages its <see cref="IssuedNumber"/> row; the caller's
    /// <c>SaveChanges</c> and commit make both permanent. The organisation is the one the caller read once for the
    /// request (a case step's context); its short code prefixes the number.
    /// </summary>
    public async Task<IssuedNumber> AllocateAsync(Organisation organisation, DocumentType type, int year, long? caseId = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var organisationId = organisation.Id;
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("文号必须在业务事务内分配，以免回滚后出现空号。");
        }

        // The counter is written before anything is read, so the transaction holds the write lock
        // first and never has to upgrade a stale read snapshot.
        var serial = await TakeSerialAsync(organisationId, type, year, ct);
        var number = new IssuedNumber(
            organisationId, type, year, serial, DocumentTypes.Format(organisation.ShortCode, type, year, serial), caseId, clock.GetUtcNow().UtcDateTime);
        db.IssuedNumbers.Add(number);
        return number;
    }

    /// <summary>Voids an issued number with its reason (staged; the caller saves). The serial is never reused.</summary>
    public async Task<IssuedNumber> VoidAsync(string number, string reason, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var issued = await db.IssuedNumbers.SingleOrDefaultAsync(n => n.Text == number, ct)
            ?? throw new InvalidOperationException($"文号 {number} 未曾发出。");
        issued.MarkVoided(clock.GetUtcNow().UtcDateTime, reason.Trim());
        return issued;
    }

    private async Task<int> TakeSerialAsync(int organisationId, DocumentType type, int year, CancellationToken ct)
    {
        var typeName = type.ToString();
        List<int> taken;
        if (db.Database.IsSqlServer())
        {
            // UPDLOCK + HOLDLOCK also lock the key range when the row does not exist yet, so two
            // first allocations of a year queue instead of both inserting serial 1.
            taken = await db.Database.SqlQuery<int>($"""
                UPDATE [DocumentNumberCounters] WITH (UPDLOCK, HOLDLOCK)
                SET [NextSerial] = [NextSerial] + 1
                OUTPUT deleted.[NextSerial] AS [Value]
                WHERE [OrganisationId] = {organisationId} AND [DocumentType] = {typeName} AND [Year] = {year}
                """).ToListAsync(ct);
        }
        else if (db.Database.IsNpgsql())
        {
            // PostgreSQL: one atomic upsert. The row lock of the first writer makes a concurrent one wait and
            // then see the committed serial; ON CONFLICT turns two first allocations of a year into 1 and 2.
            return (await db.Database.SqlQuery<int>($"""
                INSERT INTO "DocumentNumberCounters" ("OrganisationId", "DocumentType", "Year", "NextSerial")
                VALUES ({organisationId}, {typeName}, {year}, 2)
                ON CONFLICT ("OrganisationId", "DocumentType", "Year")
                DO UPDATE SET "NextSerial" = "DocumentNumberCounters"."NextSerial" + 1
                RETURNING "NextSerial" - 1 AS "Value"
                """).ToListAsync(ct)).Single();
        }
        else
        {
            // SQLite: the UPDATE takes the database write lock before anything is read (and EF begins
            // SQLite transactions IMMEDIATE), so concurrent writers wait for this transaction.
            taken = await db.Database.SqlQuery<int>($"""
                UPDATE "DocumentNumberCounters"
                SET "NextSerial" = "NextSerial" + 1
                WHERE "OrganisationId" = {organisationId} AND "DocumentType" = {typeName} AND "Year" = {year}
                RETURNING "NextSerial" - 1 AS "Value"
                """).ToListAsync(ct);
        }

        if (taken.Count == 1)
        {
            return taken[0];
        }

        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO DocumentNumberCounters (OrganisationId, DocumentType, Year, NextSerial)
            VALUES ({organisationId}, {typeName}, {year}, 2)
            """, ct);
        return 1;
    }
}
