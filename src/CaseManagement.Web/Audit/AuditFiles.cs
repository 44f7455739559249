using System.Globalization;
using System.Text;

namespace CaseManagement.Web.Audit;

/// <summary>
/// The files an audit entry vouches for, written into <see cref="AuditEntry.Files"/> (and so under its HMAC):
/// <c>d:{sha256}</c> for an issued document of the entry's case, <c>e:{number}:{sha256}</c> for the file of the
/// case's evidence item <c>number</c>, separated by <c>;</c>. Verifying reads each back and recomputes its hash.
/// </summary>
public static class AuditFiles
{
    public sealed record Reference(char Kind, int EvidenceNumber, string Sha256);

    public static string Document(string sha256) => "d:" + sha256;

    public static string Evidence(int number, string sha256) => string.Create(CultureInfo.InvariantCulture, $"e:{number}:{sha256}");

    /// <summary>
    /// The evidence files staged in this save (added, not yet written): what a step's entry vouches for. A file is
    /// added to the context itself (<c>db.Add</c>), never through a navigation, so the tracker knows it without
    /// looking for changes in the rest of the case.
    /// </summary>
    public static string? AddedEvidence(Persistence.CaseDbContext db)
    {
        using var _ = db.PauseChangeDetection();
        return Join(db.ChangeTracker.Entries<Features.Evidence.EvidenceFile>()
            .Where(e => e.State == Microsoft.EntityFrameworkCore.EntityState.Added)
            .Select(e => Evidence(e.Entity.EvidenceNumber, e.Entity.Sha256)));
    }

    public static string? Join(IEnumerable<string> references)
    {
        var text = new StringBuilder();
        foreach (var reference in references)
        {
            if (text.Length > 0)
            {
                text.Append(';');
            }

            text.Append(reference);
        }

        return text.Length == 0 ? null : text.ToString();
    }

    public static IEnumerable<Reference> Parse(string? files)
    {
        if (string.IsNullOrEmpty(files))
        {
            yield break;
        }

        foreach (var part in files.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = part.Split(':');
            if (pieces is ["d", var sha])
            {
                yield return new Reference('d', 0, sha);
            }
            else if (pieces is ["e", var number, var evidenceSha] && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                yield return new Reference('e', n, evidenceSha);
            }
            else
            {
                yield return new Reference('?', 0, part);
            }
        }
    }
}
