using System.Security.Cryptography;
using CaseManagement.Web.Storage;

namespace CaseManagement.Web.Tests.Storage;

public sealed class ContentSniffingTests : IDisposable
{
    private readonly StorageFolder folder = new();

    public static TheoryData<string, string, string, string> AllowedSamples => new()
    {
        { "jpeg", "photo.bin", "image/jpeg", ".jpg" },
        { "png", "photo.bin", "image/png", ".png" },
        { "gif", "photo.bin", "image/gif", ".gif" },
        { "bmp", "photo.bin", "image/bmp", ".bmp" },
        { "tiff", "scan.bin", "image/tiff", ".tif" },
        { "webp", "photo.bin", "image/webp", ".webp" },
        { "heic", "IMG_0001.bin", "image/heic", ".heic" },
        { "heif", "IMG_0001.bin", "image/heif", ".heif" },
        { "pdf", "record.bin", "application/pdf", ".pdf" },
        { "docx", "record.bin", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx" },
        { "xlsx", "data.bin", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx" },
        { "pptx", "slides.bin", "application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx" },
        { "doc", "询问笔录.doc", "application/msword", ".doc" },
        { "doc", "监测数据.XLS", "application/vnd.ms-excel", ".xls" },
        { "doc", "汇报.ppt", "application/vnd.ms-powerpoint", ".ppt" },
        { "mp3-id3", "audio.bin", "audio/mpeg", ".mp3" },
        { "mp3-frame", "audio.bin", "audio/mpeg", ".mp3" },
        { "aac", "audio.bin", "audio/aac", ".aac" },
        { "wav", "audio.bin", "audio/wav", ".wav" },
        { "amr", "recording.bin", "audio/amr", ".amr" },
        { "m4a", "audio.bin", "audio/mp4", ".m4a" },
        { "mp4", "video.bin", "video/mp4", ".mp4" },
        { "mov", "video.bin", "video/quicktime", ".mov" },
        { "3gp", "video.bin", "video/3gpp", ".3gp" },
        { "avi", "video.bin", "video/x-msvideo", ".avi" },
        { "mpeg", "video.bin", "video/mpeg", ".mpg" },
    };

    [Theory]
    [MemberData(nameof(AllowedSamples))]
    public async Task Save_WhenContentIsAllowedType_StoresItTypedByItsBytesAndOpensUnchanged(string sample, string name,
        string contentType, string extension)
    {
        var bytes = Samples.Get(sample);

        var stored = await folder.SaveAsync(bytes, name);

        Assert.Equal(contentType, stored.ContentType);
        Assert.Equal(extension, stored.Extension);
        Assert.Equal(bytes.Length, stored.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), stored.Sha256);
        await using var opened = await folder.Store.OpenVerifiedAsync(stored.Sha256, CancellationToken.None);
        using var copy = new MemoryStream();
        await opened.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task Save_WhenNameSaysPdfButBytesAreAnExecutable_IsRefusedAndNothingStored()
    {
        var error = await Assert.ThrowsAsync<FileRejectedException>(() => folder.SaveAsync(Samples.WindowsExecutable(), "处罚决定书.pdf"));

        Assert.Equal(FileRejectionReason.ExecutableContent, error.Reason);
        Assert.Contains("可执行程序", error.Message);
        Assert.Empty(folder.StoredFiles());
        Assert.Empty(folder.TempFiles());
    }

    [Theory]
    [InlineData("elf")]
    [InlineData("html")]
    [InlineData("script")]
    [InlineData("polyglot")]
    public async Task Save_WhenContentIsExecutableOrMarkup_IsRefusedAsExecutable(string sample)
    {
        var bytes = sample switch
        {
            "elf" => Samples.LinuxExecutable(),
            "html" => Samples.Html(),
            "script" => Samples.ShellScript(),
            _ => Samples.ImageWithScript(),
        };

        var error = await Assert.ThrowsAsync<FileRejectedException>(() => folder.SaveAsync(bytes, "photo.jpg"));

        Assert.Equal(FileRejectionReason.ExecutableContent, error.Reason);
        Assert.Empty(folder.StoredFiles());
    }

    [Theory]
    [InlineData("text", "笔录.pdf")]
    [InlineData("zip", "材料.docx")]
    [InlineData("compound", "setup.msi")]
    public async Task Save_WhenContentIsNotAnAllowedKind_IsRefusedWithTheAllowedKinds(string sample, string name)
    {
        var bytes = sample switch
        {
            "text" => Samples.PlainText(),
            "zip" => Samples.PlainZip(),
            _ => Samples.CompoundFile(),
        };

        var error = await Assert.ThrowsAsync<FileRejectedException>(() => folder.SaveAsync(bytes, name));

        Assert.Equal(FileRejectionReason.TypeNotAllowed, error.Reason);
        Assert.StartsWith("文件内容与允许的类型不符（只接受图片、PDF、Office 文档、音频、视频）", error.Message);
        Assert.Empty(folder.StoredFiles());
    }

    [Fact]
    public async Task Save_WhenOfficeDocumentContainsMacros_IsRefused()
    {
        var error = await Assert.ThrowsAsync<FileRejectedException>(() => folder.SaveAsync(Samples.MacroDocument(), "报告.docx"));

        Assert.Equal(FileRejectionReason.MacroDocument, error.Reason);
        Assert.Empty(folder.StoredFiles());
    }

    public void Dispose() => folder.Dispose();
}
