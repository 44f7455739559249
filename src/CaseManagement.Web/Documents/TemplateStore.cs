using System.Collections.Concurrent;

namespace CaseManagement.Web.Documents;

/// <summary>
/// Loads templates by name (<c>penalty-decision</c>) from a folder and keeps their bytes in memory, so a
/// fill never touches the disk. A file changed on disk is reloaded (its write time is the cache key).
/// </summary>
public sealed class TemplateStore(string folder)
{
    private readonly ConcurrentDictionary<string, (DateTime WrittenUtc, byte[] Bytes)> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (byte[] Bytes, PreparedTemplate Template)> _prepared = new(StringComparer.Ordinal);

    /// <summary>The <c>templates</c> folder copied beside the application.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "templates");

    public string Folder { get; } = folder;

    public bool Exists(string name) => File.Exists(PathOf(name));

    /// <summary>The template's bytes; callers must not modify the returned array.</summary>
    public ReadOnlyMemory<byte> Load(string name)
    {
        var path = PathOf(name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"找不到文书模板“{name}”。", path);
        }

        var written = File.GetLastWriteTimeUtc(path);
        if (_cache.TryGetValue(name, out var cached) && cached.WrittenUtc == written)
        {
            return cached.Bytes;
        }

        var bytes = File.ReadAllBytes(path);
        _cache[name] = (written, bytes);
        return bytes;
    }

    /// <summary>The template parsed for filling, cached until the file changes.</summary>
    public PreparedTemplate Prepared(string name)
    {
        var bytes = Load(name);
        if (_prepared.TryGetValue(name, out var cached) && MemoryMarshalEquals(cached.Bytes, bytes))
        {
            return cached.Template;
        }

        var template = PreparedTemplate.Load(bytes.Span);
        _prepared[name] = (GetArray(bytes), template);
        return template;
    }

    /// <summary>A read-only stream over the cached bytes.</summary>
    public Stream Open(string name)
    {
        var bytes = Load(name);
        return new MemoryStream(bytes.ToArray(), writable: false);
    }

    // Load returns the cached array itself while the file is unchanged, so identity tells staleness.
    private static bool MemoryMarshalEquals(byte[] cached, ReadOnlyMemory<byte> current) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(current, out var segment) && ReferenceEquals(segment.Array, cached);

    private static byte[] GetArray(ReadOnlyMemory<byte> bytes) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Array is { } array ? array : bytes.ToArray();

    private string PathOf(string name)
    {
        // Names are kebab-case identifiers; refusing anything else keeps a name from escaping the folder.
        if (string.IsNullOrEmpty(name) || !name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            throw new ArgumentException($"文书模板名称无效：“{name}”。", nameof(name));
        }

        return Path.Combine(Folder, name + ".docx");
    }
}
