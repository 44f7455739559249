using CaseManagement.Web.Documents;

namespace CaseManagement.Web.Tests.Documents;

public sealed class TemplateStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cm-templates-" + Guid.NewGuid().ToString("N"));

    public TemplateStoreTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_WhenFileChangesOnDisk_ReturnsTheNewBytes()
    {
        var path = Path.Combine(_folder, "penalty-decision.docx");
        File.WriteAllBytes(path, [1, 2, 3]);
        var store = new TemplateStore(_folder);
        var first = store.Load("penalty-decision").ToArray();

        File.WriteAllBytes(path, [4, 5]);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        var second = store.Load("penalty-decision").ToArray();

        Assert.Equal([1, 2, 3], first);
        Assert.Equal([4, 5], second);
    }

    [Fact]
    public void Load_WhenTemplateIsAbsent_ThrowsFileNotFound()
    {
        var store = new TemplateStore(_folder);

        var error = Assert.Throws<FileNotFoundException>(() => store.Load("penalty-decision"));

        Assert.Contains("penalty-decision", error.Message);
    }

    [Theory]
    [InlineData("../secret")]
    [InlineData("Penalty")]
    [InlineData("")]
    public void Load_WhenNameIsNotKebabCase_IsRefused(string name)
    {
        var store = new TemplateStore(_folder);

        Assert.Throws<ArgumentException>(() => store.Load(name));
    }
}
