using System.Collections.Concurrent;
using System.Threading.Channels;
using CaseManagement.Web.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Documents;

/// <summary>
/// The PDFs of issued documents, stored once rendered. An issued document's bytes never change (a correction
/// is a new document), so its PDF is a pure function of the .docx and the rendering setup: it is stored under
/// the document's SHA-256 and <see cref="RenderVersion"/>, in a folder every server shares (beside the evidence
/// storage unless <c>Documents:PdfStorePath</c> names one). 预览/打印 and the case file read it from there;
/// a PDF not yet stored is rendered and stored on the way. Two requests for the same PDF wait for one rendering.
/// </summary>
public sealed class DocumentPdfs(PdfConverter converter, IOptions<DocumentOptions> options, EvidenceStorageOptions storage)
{
    /// <summary>Changes when the fonts or the layout of the rendering change, so older stored PDFs are not served.</summary>
    public const string RenderVersion = "2";

    private readonly ConcurrentDictionary<string, Lazy<Task<byte[]>>> _inFlight = new(StringComparer.Ordinal);

    public string Folder { get; } = options.Value.PdfStorePath is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(storage.RootPath)) ?? storage.RootPath, "pdf");

    public PdfConverter Converter => converter;

    public string PathOf(string sha256) => Path.Combine(Folder, sha256[..2], $"{sha256}.v{RenderVersion}.pdf");

    public bool IsStored(string sha256) => File.Exists(PathOf(sha256));

    /// <summary>The stored PDF of the document, rendering and storing it first when it is not there yet.</summary>
    public Task<byte[]> GetAsync(string sha256, byte[] docx, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(docx);
        if (TryRead(sha256) is { } stored)
        {
            return Task.FromResult(stored);
        }

        var lazy = _inFlight.GetOrAdd(sha256, key => new Lazy<Task<byte[]>>(() => RenderAndStoreAsync(key, docx)));
        return lazy.Value.WaitAsync(ct);
    }

    /// <summary>The PDFs of several documents in order: stored ones read, the others rendered in one batch and stored.</summary>
    public async Task<IReadOnlyList<byte[]>> GetManyAsync(IReadOnlyList<(string Sha256, byte[] Docx)> documents, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var result = new byte[documents.Count][];
        var missing = new List<int>();
        for (var i = 0; i < documents.Count; i++)
        {
            if (TryRead(documents[i].Sha256) is { } stored)
            {
                result[i] = stored;
            }
            else
            {
                missing.Add(i);
            }
        }

        if (missing.Count > 0)
        {
            var rendered = await converter.ConvertManyAsync(missing.Select(i => documents[i].Docx).ToList(), ct);
            for (var m = 0; m < missing.Count; m++)
            {
                result[missing[m]] = rendered[m];
                await StoreAsync(documents[missing[m]].Sha256, rendered[m], CancellationToken.None);
            }
        }

        return result;
    }

    private async Task<byte[]> RenderAndStoreAsync(string sha256, byte[] docx)
    {
        try
        {
            // Not cancelled by the first caller: others may be waiting for the same PDF.
            var pdf = await converter.ConvertAsync(docx, CancellationToken.None).ConfigureAwait(false);
            await StoreAsync(sha256, pdf, CancellationToken.None).ConfigureAwait(false);
            return pdf;
        }
        finally
        {
            _inFlight.TryRemove(sha256, out _);
        }
    }

    private byte[]? TryRead(string sha256)
    {
        try
        {
            return File.ReadAllBytes(PathOf(sha256));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    // Written to a temporary name and moved into place: a reader never sees half a PDF.
    private async Task StoreAsync(string sha256, byte[] pdf, CancellationToken ct)
    {
        var path = PathOf(sha256);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, pdf, ct).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }
}

/// <summary>
/// Renders each issued document's PDF in the background right after the step that issued it saved, so that
/// 预览/打印 of an issued document finds it stored (13 §4). Documents are handed over with their bytes, so
/// the renderer needs no database; a document whose step was rolled back leaves only an unreferenced PDF.
/// When the queue is full a document is skipped: its PDF is then rendered when first asked for.
/// </summary>
public sealed class PdfPrerenderer(IServiceProvider services, IOptions<DocumentOptions> options, ILogger<PdfPrerenderer> log) : BackgroundService
{
    private readonly Channel<(string Sha256, byte[] Docx)> _queue =
        Channel.CreateBounded<(string, byte[])>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropWrite });

    private volatile bool _running;

    public bool Enabled => options.Value.PrerenderPdf;

    // Documents saved before the host runs (the demo seeding at start-up) are not queued: start-up stays quick,
    // and those PDFs are rendered when first asked for.
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _running = Enabled;
        return base.StartAsync(cancellationToken);
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        _running = false;
        return base.StopAsync(cancellationToken);
    }

    /// <summary>Queues the document's PDF once <paramref name="db"/> has saved it (the step committed).</summary>
    public void AfterSave(DbContext db, IssuedDocument document)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(document);
        if (!_running)
        {
            return;
        }

        void Saved(object? sender, SavedChangesEventArgs e)
        {
            db.SavedChanges -= Saved;
            if (document.Id > 0)
            {
                _queue.Writer.TryWrite((document.Sha256, document.Content));
            }
        }

        db.SavedChanges += Saved;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pdfs = services.GetRequiredService<DocumentPdfs>();
        if (!Enabled || !pdfs.Converter.IsAvailable)
        {
            return;
        }

        try
        {
            await foreach (var (sha256, docx) in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await pdfs.GetAsync(sha256, docx, stoppingToken);
                }
                catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or IOException or PdfUnavailableException)
                {
                    // The PDF is rendered again when someone asks for it; that request reports the failure.
                    log.LogWarning(ex, "Background PDF rendering of document {Sha256} failed", sha256);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping (or a start that failed), whether waiting for the next document or rendering one.
        }
    }
}
