using System.Globalization;
using System.Text;

namespace CaseManagement.Web.Storage;

/// <summary>
/// Turns a client-supplied file name into display text. The result is never used to build a path: files are
/// stored by hash, so a hostile name can at worst look odd on screen.
/// </summary>
public static class DisplayName
{
    public const int MaxLength = 200;

    public const string Fallback = "未命名文件";

    // Characters Windows refuses in file names; the name is offered back as a download name.
    private const string ReservedCharacters = "<>:\"|?*";

    public static string Clean(string? originalFileName)
    {
        if (string.IsNullOrWhiteSpace(originalFileName))
        {
            return Fallback;
        }

        // Both separators count: a Windows client sends C:\Users\...\photo.jpg, an attacker ../../etc/passwd.
        var name = originalFileName[(originalFileName.LastIndexOfAny(['/', '\\']) + 1)..];

        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var category = char.GetUnicodeCategory(c);
            // Format characters include U+202E (right-to-left override), used to show "exe.pdf" as "fdp.exe".
            if (char.IsControl(c) || category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(ReservedCharacters.Contains(c) ? '_' : c);
            }
        }

        var cleaned = builder.ToString().Trim().Trim('.').Trim();
        if (cleaned.Length == 0)
        {
            return Fallback;
        }

        return cleaned.Length <= MaxLength ? cleaned : Shorten(cleaned);
    }

    /// <summary>The lowercase extension of the cleaned name (with the dot), or empty.</summary>
    public static string DeclaredExtension(string displayName) => Path.GetExtension(displayName).ToLowerInvariant();

    private static string Shorten(string name)
    {
        // Keep a short extension so the shortened name still says what it is.
        var extension = Path.GetExtension(name);
        if (extension.Length > 16)
        {
            extension = "";
        }

        var stem = name[..^extension.Length];
        var room = MaxLength - extension.Length;
        var cut = room;
        if (char.IsHighSurrogate(stem[cut - 1]))
        {
            cut--;
        }

        return stem[..cut].TrimEnd() + extension;
    }
}
