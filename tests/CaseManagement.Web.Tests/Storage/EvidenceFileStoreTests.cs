using System.Security.Cryptography;
using CaseManagement.Web.Storage;

namespace CaseManagement.Web.Tests.Storage;

public sealed class EvidenceFileStoreTests : IDisposable
{
    private const int SmallMaximum = 4096;

    private readonly StorageFolder folder = new(SmallMaximum);

    [Fact]
    public async Task Save_WhenExactlyTheMaximumSize_IsAccepted()
    {
        var bytes = Samples.Pdf(SmallMaximum);

        var stored = await folder.SaveAsync(bytes, "大文件.pdf");

        Assert.Equal(SmallMaximum, stored.Length);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(folder.Store.PathFor(stored.Sha256)));
        Assert.Empty(folder.TempFiles());
    }

    [Fact]
    public async Task Save_WhenOneByteOverTheMaximum_IsRefusedAfterReadingAtMostMaximumPlusOne()
    {
        var source = new GeneratedStream(Samples.Pdf(SmallMaximum * 10));

        var error = await Assert.ThrowsAsync<FileRejectedException>(() =>
            folder.Store.SaveAsync(source, "超大.pdf", CancellationToken.None));

        Assert.Equal(FileRejectionReason.TooLarge, error.Reason);
        Assert.Contains("4096 字节", error.Message);
        Assert.Equal(SmallMaximum + 1, source.BytesRead);
        Assert.Empty(folder.StoredFiles());
        Assert.Empty(folder.TempFiles());
    }

    [Fact]
    public async Task Save_WhenMaximumPlusOneExactly_IsRefused()
    {
        var error = await Assert.ThrowsAsync<FileRejectedException>(() => folder.SaveAsync(Samples.Pdf(SmallMaximum + 1)));

        Assert.Equal(FileRejectionReason.TooLarge, error.Reason);
        Assert.Empty(folder.StoredFiles());
        Assert.Empty(folder.TempFiles());
    }

    [Fact]
    public async Task Save_WhenEmpty_IsRefused()
    {
        var error = await Assert.ThrowsAsync<FileRejectedException>(() => folder.SaveAsync([], "空.pdf"));

        Assert.Equal(FileRejectionReason.Empty, error.Reason);
        Assert.Equal("上传的文件为空", error.Message);
        Assert.Empty(folder.StoredFiles());
        Assert.Empty(folder.TempFiles());
    }

    [Fact]
    public async Task Save_WhenCancelledDuringTheUpload_LeavesNoFileBehind()
    {
        using var cancellation = new CancellationTokenSource();
        var source = new GeneratedStream(Samples.Pdf(SmallMaximum), afterFirstRead: cancellation.Cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            folder.Store.SaveAsync(source, "x.pdf", cancellation.Token));

        Assert.True(source.BytesRead > 0);
        Assert.Empty(folder.StoredFiles());
        Assert.Empty(folder.TempFiles());
    }

    [Fact]
    public async Task Save_WhenSourceIsNotSeekable_StoresTheWholeStream()
    {
        var bytes = Samples.Pdf(SmallMaximum - 100);
        var source = new GeneratedStream(bytes);

        var stored = await folder.Store.SaveAsync(source, "x.pdf", CancellationToken.None);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), stored.Sha256);
        Assert.Equal(bytes.Length, source.BytesRead);
    }

    [Fact]
    public async Task Save_WhenNameContainsAPath_UsesItOnlyAsDisplayTextAndStoresByHash()
    {
        var bytes = Samples.Get("pdf");

        var stored = await folder.SaveAsync(bytes, "../../etc/passwd");

        Assert.Equal("passwd", stored.DisplayName);
        Assert.Equal(".pdf", stored.Extension);
        var path = Assert.Single(folder.StoredFiles());
        Assert.Equal(Path.Combine(folder.Root, stored.Sha256[..2], stored.Sha256[2..4], stored.Sha256), path);
        Assert.Equal([folder.Root], Directory.EnumerateFileSystemEntries(folder.Parent));
    }

    [Fact]
    public async Task Save_WhenSameContentSavedTwice_StoresOneFileAndReturnsTheSameHash()
    {
        var bytes = Samples.Get("jpeg");

        var first = await folder.SaveAsync(bytes, "现场照片1.jpg");
        var second = await folder.SaveAsync(bytes, "现场照片2.jpg");

        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal("现场照片2.jpg", second.DisplayName);
        Assert.Single(folder.StoredFiles());
        Assert.Empty(folder.TempFiles());
    }

    [Fact]
    public async Task Save_WhenSameContentSavedConcurrently_AllSucceedWithOneStoredFile()
    {
        var bytes = Samples.Pdf(SmallMaximum);

        var results = await Task.WhenAll(Enumerable.Range(0, 16)
            .Select(i => Task.Run(() => folder.SaveAsync(bytes, $"copy{i}.pdf"))));

        Assert.Single(results.Select(r => r.Sha256).Distinct());
        var path = Assert.Single(folder.StoredFiles());
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
        Assert.Empty(folder.TempFiles());
    }

    [Fact]
    public async Task Save_WhenStoredCopyWasDamaged_ReplacesItWithTheGenuineBytes()
    {
        var bytes = Samples.Get("png");
        var stored = await folder.SaveAsync(bytes);
        Tamper(folder.Store.PathFor(stored.Sha256));

        await folder.SaveAsync(bytes);

        await using var opened = await folder.Store.OpenVerifiedAsync(stored.Sha256, CancellationToken.None);
        Assert.Equal(bytes.Length, opened.Length);
    }

    [Fact]
    public async Task Save_WhenStored_MarksTheFileReadOnly()
    {
        var stored = await folder.SaveAsync(Samples.Get("pdf"));

        Assert.True(File.GetAttributes(folder.Store.PathFor(stored.Sha256)).HasFlag(FileAttributes.ReadOnly));
    }

    [Fact]
    public async Task OpenVerified_WhenFileWasTampered_IsRefusedAsAltered()
    {
        var stored = await folder.SaveAsync(Samples.Get("pdf"));
        Tamper(folder.Store.PathFor(stored.Sha256));

        var error = await Assert.ThrowsAsync<StoredFileCorruptedException>(() =>
            folder.Store.OpenVerifiedAsync(stored.Sha256, CancellationToken.None));

        Assert.Equal(StoredFileProblem.Altered, error.Problem);
        Assert.Equal("证据文件已被改动或损坏，拒绝提供下载", error.Message);
    }

    [Fact]
    public async Task OpenVerified_WhenFileIsMissing_IsRefusedAsMissing()
    {
        var stored = await folder.SaveAsync(Samples.Get("pdf"));
        var path = folder.Store.PathFor(stored.Sha256);
        File.SetAttributes(path, FileAttributes.Normal);
        File.Delete(path);

        var error = await Assert.ThrowsAsync<StoredFileCorruptedException>(() =>
            folder.Store.OpenVerifiedAsync(stored.Sha256, CancellationToken.None));

        Assert.Equal(StoredFileProblem.Missing, error.Problem);
        Assert.Equal(stored.Sha256, error.Sha256);
    }

    [Fact]
    public async Task OpenVerified_WhenHashWasNeverStored_IsRefusedAsMissing()
    {
        var error = await Assert.ThrowsAsync<StoredFileCorruptedException>(() =>
            folder.Store.OpenVerifiedAsync(new string('a', 64), CancellationToken.None));

        Assert.Equal(StoredFileProblem.Missing, error.Problem);
    }

    [Fact]
    public async Task OpenVerified_WhenHashIsUpperCase_OpensTheFileAtPositionZero()
    {
        var bytes = Samples.Get("gif");
        var stored = await folder.SaveAsync(bytes);

        await using var opened = await folder.Store.OpenVerifiedAsync(stored.Sha256.ToUpperInvariant(), CancellationToken.None);

        Assert.Equal(0, opened.Position);
        Assert.Equal(bytes[0], opened.ReadByte());
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("abc")]
    public async Task OpenVerified_WhenArgumentIsNotAHash_ThrowsArgumentException(string value)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => folder.Store.OpenVerifiedAsync(value, CancellationToken.None));
    }

    [Fact]
    public async Task CleanupOrphans_WhenFilesAreUnreferencedAndOld_DeletesThemAndKeepsTheRest()
    {
        var referenced = await folder.SaveAsync(Samples.Get("jpeg"));
        var orphan = await folder.SaveAsync(Samples.Get("png"));
        var recentOrphan = await folder.SaveAsync(Samples.Get("gif"));
        var old = DateTime.UtcNow.AddDays(-3);
        File.SetLastWriteTimeUtc(folder.Store.PathFor(referenced.Sha256), old);
        File.SetLastWriteTimeUtc(folder.Store.PathFor(orphan.Sha256), old);
        var oldTemp = Path.Combine(folder.TempFolder, "abandoned.upload");
        var activeTemp = Path.Combine(folder.TempFolder, "active.upload");
        await File.WriteAllBytesAsync(oldTemp, [1, 2, 3]);
        await File.WriteAllBytesAsync(activeTemp, [1, 2, 3]);
        File.SetLastWriteTimeUtc(oldTemp, old);
        var foreign = Path.Combine(folder.Root, "README.txt");
        await File.WriteAllTextAsync(foreign, "not ours");
        File.SetLastWriteTimeUtc(foreign, old);

        var result = await folder.Store.CleanupOrphansAsync([referenced.Sha256.ToUpperInvariant()], TimeSpan.FromDays(1));

        Assert.Equal(new OrphanCleanupResult(1, 1), result);
        Assert.True(File.Exists(folder.Store.PathFor(referenced.Sha256)));
        Assert.False(File.Exists(folder.Store.PathFor(orphan.Sha256)));
        Assert.True(File.Exists(folder.Store.PathFor(recentOrphan.Sha256)));
        Assert.False(File.Exists(oldTemp));
        Assert.True(File.Exists(activeTemp));
        Assert.True(File.Exists(foreign));
    }

    [Fact]
    public async Task CleanupOrphans_WhenOldFileWasJustUploadedAgain_KeepsIt()
    {
        var bytes = Samples.Get("pdf");
        var stored = await folder.SaveAsync(bytes);
        File.SetLastWriteTimeUtc(folder.Store.PathFor(stored.Sha256), DateTime.UtcNow.AddDays(-3));
        await folder.SaveAsync(bytes);

        var result = await folder.Store.CleanupOrphansAsync([], TimeSpan.FromDays(1));

        Assert.Equal(new OrphanCleanupResult(0, 0), result);
        Assert.True(File.Exists(folder.Store.PathFor(stored.Sha256)));
    }

    public void Dispose() => folder.Dispose();

    private static void Tamper(string path)
    {
        File.SetAttributes(path, FileAttributes.Normal);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        stream.Position = 20;
        var original = stream.ReadByte();
        stream.Position = 20;
        stream.WriteByte((byte)(original ^ 0xFF));
    }

    /// <summary>A forward-only source that counts what the store pulled from it, like a request body.</summary>
    private sealed class GeneratedStream(byte[] bytes, Action? afterFirstRead = null) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var take = (int)Math.Min(count, bytes.Length - BytesRead);
            Array.Copy(bytes, BytesRead, buffer, offset, take);
            BytesRead += take;
            afterFirstRead?.Invoke();
            afterFirstRead = null;
            return take;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
