using System.Buffers;
using System.Security.Cryptography;

namespace CaseManagement.Web.Storage;

/// <summary>
/// Keeps evidence files on disk under their SHA-256 (<c>{root}/{sha[0..2]}/{sha[2..4]}/{sha}</c>), so identical
/// content is stored once and every download can prove it is the file that was received
/// (行政处罚法第四十六条：证据必须经查证属实，方可作为认定案件事实的根据).
/// Safe to use as a singleton: each upload works in its own temporary file and becomes visible only through an
/// atomic rename.
/// </summary>
/// <remarks>
/// Crash safety: <see cref="SaveAsync"/> finishes writing, flushing and renaming the file before it returns, and
/// the caller inserts the row that points at it only afterwards. A crash can therefore leave at most an orphan file
/// (removed later by <see cref="CleanupOrphansAsync"/>), never a row whose file does not exist.
/// </remarks>
public sealed class EvidenceFileStore
{
    private const int BufferSize = 81920;

    private const string TempFolderName = "tmp";

    private const string TempFileSuffix = ".upload";

    private readonly string tempPath;

    private readonly TimeProvider clock;

    public EvidenceFileStore(EvidenceStorageOptions options, TimeProvider? clock = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxUploadBytes);
        RootPath = Path.GetFullPath(options.RootPath);
        MaxUploadBytes = options.MaxUploadBytes;
        this.clock = clock ?? TimeProvider.System;
        tempPath = Path.Combine(RootPath, TempFolderName);
        Directory.CreateDirectory(tempPath);
    }

    public string RootPath { get; }

    public long MaxUploadBytes { get; }

    /// <summary>
    /// Streams <paramref name="content"/> into the store and returns what was stored. Reads at most
    /// <see cref="MaxUploadBytes"/> + 1 bytes. Throws <see cref="FileRejectedException"/> when the content is empty,
    /// too large, or not an allowed type by its bytes; nothing is left on disk then.
    /// <paramref name="originalFileName"/> only becomes <see cref="StoredFile.DisplayName"/>, never part of a path.
    /// </summary>
    public async Task<StoredFile> SaveAsync(Stream content, string? originalFileName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var displayName = DisplayName.Clean(originalFileName);
        Directory.CreateDirectory(tempPath);
        var tempFile = Path.Combine(tempPath, Guid.NewGuid().ToString("N") + TempFileSuffix);
        try
        {
            var (sha256, length, head) = await WriteTemporaryAsync(content, tempFile, ct);
            if (length == 0)
            {
                throw new FileRejectedException(FileRejectionReason.Empty, "上传的文件为空");
            }

            var type = ContentSniffer.Sniff(head, tempFile, DisplayName.DeclaredExtension(displayName));
            await PlaceAsync(tempFile, sha256, ct);
            return new StoredFile(sha256, length, type.ContentType, type.Extension, displayName);
        }
        finally
        {
            // After a successful rename there is nothing left to delete; after a refusal or a failure this removes
            // the partial upload.
            DeleteQuietly(tempFile);
        }
    }

    /// <summary>
    /// Opens a stored file for download after recomputing its SHA-256. Returns a read-only stream at position 0.
    /// Throws <see cref="StoredFileCorruptedException"/> when the file is missing or its bytes no longer match.
    /// </summary>
    public async Task<Stream> OpenVerifiedAsync(string sha256, CancellationToken ct)
    {
        var hash = NormaliseHash(sha256);
        FileStream stream;
        try
        {
            // FileShare.Read: nobody may write to the file between the check and the last byte served.
            stream = new FileStream(PathFor(hash), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new StoredFileCorruptedException(hash, StoredFileProblem.Missing);
        }

        try
        {
            var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
            if (actual != hash)
            {
                throw new StoredFileCorruptedException(hash, StoredFileProblem.Altered);
            }

            stream.Position = 0;
            return stream;
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Deletes stored files that no row references and abandoned temporary uploads, both only when last written
    /// more than <paramref name="olderThan"/> ago. The age also protects a file saved a moment ago whose row is not
    /// committed yet, so use an age well above the longest upload request (e.g. a day), and read
    /// <paramref name="referencedHashes"/> from the database just before calling. Files the store did not create
    /// are left alone.
    /// </summary>
    public Task<OrphanCleanupResult> CleanupOrphansAsync(IEnumerable<string> referencedHashes, TimeSpan olderThan,
        CancellationToken ct = default)
    {
        var referenced = referencedHashes.Select(h => h.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var cutoff = clock.GetUtcNow().UtcDateTime - olderThan;
        return Task.Run(() =>
        {
            var stored = 0;
            foreach (var file in StoredFilePaths())
            {
                ct.ThrowIfCancellationRequested();
                if (!referenced.Contains(Path.GetFileName(file)) && DeleteIfOlder(file, cutoff))
                {
                    stored++;
                }
            }

            var temporary = 0;
            if (Directory.Exists(tempPath))
            {
                foreach (var file in Directory.EnumerateFiles(tempPath, "*" + TempFileSuffix))
                {
                    ct.ThrowIfCancellationRequested();
                    if (DeleteIfOlder(file, cutoff))
                    {
                        temporary++;
                    }
                }
            }

            return new OrphanCleanupResult(stored, temporary);
        }, ct);
    }

    /// <summary>
    /// Deletes one stored file at once: the file of an upload that was refused after it was stored. The caller has
    /// checked that no row references it (content-addressed: an identical earlier upload shares the file).
    /// </summary>
    public bool Delete(string sha256)
    {
        var path = PathFor(NormaliseHash(sha256));
        try
        {
            if (!File.Exists(path))
            {
                return false;
            }

            File.SetAttributes(path, FileAttributes.Normal);
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the sweep at the next start (CleanupOrphansAsync).
            return false;
        }
    }

    internal string PathFor(string sha256) => Path.Combine(RootPath, sha256[..2], sha256[2..4], sha256);

    private async Task<(string Sha256, long Length, byte[] Head)> WriteTemporaryAsync(Stream content, string tempFile,
        CancellationToken ct)
    {
        var limit = MaxUploadBytes + 1;
        var head = new byte[ContentSniffer.HeadLength];
        var headLength = 0;
        long total = 0;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            await using var file = new FileStream(tempFile, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0,
                FileOptions.Asynchronous);
            while (total < limit)
            {
                var read = await content.ReadAsync(buffer.AsMemory(0, (int)Math.Min(BufferSize, limit - total)), ct);
                if (read == 0)
                {
                    break;
                }

                total += read;
                if (total > MaxUploadBytes)
                {
                    throw new FileRejectedException(FileRejectionReason.TooLarge,
                        $"文件超过允许的最大大小（{FormatSize(MaxUploadBytes)}），请压缩或分割后再上传");
                }

                if (headLength < head.Length)
                {
                    var take = Math.Min(read, head.Length - headLength);
                    buffer.AsSpan(0, take).CopyTo(head.AsSpan(headLength));
                    headLength += take;
                }

                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }

            // On disk before the rename, so that after a power cut the hash name never labels missing bytes.
            file.Flush(flushToDisk: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), total, head[..headLength]);
    }

    private async Task PlaceAsync(string tempFile, string sha256, CancellationToken ct)
    {
        var target = PathFor(sha256);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        for (var attempt = 1; ; attempt++)
        {
            if (TryMoveNew(tempFile, target))
            {
                Protect(target);
                return;
            }

            try
            {
                // Same content already stored (or being stored by a parallel upload, which becomes visible complete
                // thanks to the rename). Refresh its age first so an orphan cleanup does not take it from under the
                // row about to be written.
                File.SetLastWriteTimeUtc(target, clock.GetUtcNow().UtcDateTime);
                if (await ComputeHashAsync(target, ct) == sha256)
                {
                    return;
                }

                // The stored copy was damaged: the bytes just received are the genuine ones, so they replace it.
                File.SetAttributes(target, FileAttributes.Normal);
                File.Move(tempFile, target, overwrite: true);
                Protect(target);
                return;
            }
            catch (FileNotFoundException) when (attempt < 3)
            {
                // Removed by a cleanup between the two steps: store the new copy instead.
            }
        }
    }

    private static bool TryMoveNew(string source, string target)
    {
        try
        {
            File.Move(source, target, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(target))
        {
            return false;
        }
    }

    // Read-only guards against an accidental edit by someone browsing the folder; integrity still rests on the hash.
    private static void Protect(string path) => File.SetAttributes(path, FileAttributes.ReadOnly);

    private static async Task<string> ComputeHashAsync(string path, CancellationToken ct)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize,
            FileOptions.Asynchronous | FileOptions.SequentialScan);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }

    private IEnumerable<string> StoredFilePaths()
    {
        foreach (var first in Directory.EnumerateDirectories(RootPath))
        {
            var firstName = Path.GetFileName(first);
            if (!IsHex(firstName, 2))
            {
                continue;
            }

            foreach (var second in Directory.EnumerateDirectories(first))
            {
                var secondName = Path.GetFileName(second);
                if (!IsHex(secondName, 2))
                {
                    continue;
                }

                foreach (var file in Directory.EnumerateFiles(second))
                {
                    var name = Path.GetFileName(file);
                    if (IsHex(name, 64) && name.StartsWith(firstName + secondName, StringComparison.Ordinal))
                    {
                        yield return file;
                    }
                }
            }
        }
    }

    private static bool DeleteIfOlder(string path, DateTime cutoffUtc)
    {
        try
        {
            if (File.GetLastWriteTimeUtc(path) >= cutoffUtc)
            {
                return false;
            }

            File.SetAttributes(path, FileAttributes.Normal);
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone already, or open for a download (Windows refuses to delete it): the next run gets it.
            return false;
        }
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left for CleanupOrphansAsync; the refusal or the original error matters more to the caller.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string NormaliseHash(string sha256)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        var hash = sha256.ToLowerInvariant();
        return IsHex(hash, 64) ? hash : throw new ArgumentException("SHA-256 must be 64 hexadecimal digits.", nameof(sha256));
    }

    private static bool IsHex(string value, int length) =>
        value.Length == length && value.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    private static string FormatSize(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024d * 1024)).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " MB"
        : bytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " 字节";
}

/// <summary>How many files <see cref="EvidenceFileStore.CleanupOrphansAsync"/> removed.</summary>
public sealed record OrphanCleanupResult(int StoredFilesDeleted, int TemporaryFilesDeleted);
