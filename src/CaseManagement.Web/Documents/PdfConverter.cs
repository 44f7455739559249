using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Documents;

/// <summary>Settings under <c>Documents</c> in configuration.</summary>
public sealed class DocumentOptions
{
    /// <summary>soffice or libreoffice executable; found on PATH or in /usr/bin when empty.</summary>
    public string? LibreOfficePath { get; set; }

    /// <summary>pdfunite (poppler-utils), used to join the case file; found on PATH when empty.</summary>
    public string? PdfUnitePath { get; set; }

    public int ConversionTimeoutSeconds { get; set; } = 60;

    /// <summary>LibreOffice processes running at once (each takes a core and ~200 MB).</summary>
    public int PdfWorkers { get; set; } = 1;

    /// <summary>Conversions waiting beyond this are refused at once rather than queued without limit.</summary>
    public int PdfQueueCapacity { get; set; } = 32;

    /// <summary>Keep one LibreOffice running and convert through UNO (python3-uno); false: one soffice start per conversion.</summary>
    public bool WarmOffice { get; set; } = true;

    /// <summary>The python3 that has Debian's python3-uno (/usr/bin/python3 when empty).</summary>
    public string? PythonPath { get; set; }

    /// <summary>fontconfig file LibreOffice renders with (FONTCONFIG_FILE); the shipped Office/fonts.conf when empty.</summary>
    public string? FontConfigFile { get; set; }

    /// <summary>Render each issued document's PDF in the background right after the step that issued it commits.</summary>
    public bool PrerenderPdf { get; set; } = true;

    /// <summary>Folder of the stored PDFs; a <c>pdf</c> folder beside the evidence storage when empty.</summary>
    public string? PdfStorePath { get; set; }
}

/// <summary>A PDF cannot be produced on this server (LibreOffice or poppler missing): the API answers 503.</summary>
public sealed class PdfUnavailableException(string message) : Exception(message)
{
    public const string LibreOfficeMissing = "服务器未安装 LibreOffice，无法转换为 PDF；可下载 Word 版本打印";
}

/// <summary>
/// Converts .docx to PDF with LibreOffice headless on a small worker queue: a bounded channel served by
/// <see cref="DocumentOptions.PdfWorkers"/> workers, so a burst of requests cannot start a LibreOffice per
/// request. Each run gets its own profile directory (<c>-env:UserInstallation</c>): two instances sharing a
/// profile block each other. A run that exceeds the timeout is killed with its whole process tree.
/// Several documents convert in one run (one LibreOffice start-up for a whole case file).
/// <para>
/// By default the conversions go to a LibreOffice kept running (<see cref="WarmOffice"/>), which costs the
/// layout of the document only; without python3-uno the converter starts soffice per run as described. Either
/// way LibreOffice renders with the fontconfig file shipped in Office/fonts.conf, which maps the GB/T 9704
/// faces the templates name (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体) to the installed simplified-Chinese ones.
/// </para>
/// </summary>
public sealed partial class PdfConverter : IAsyncDisposable
{
    private readonly Channel<Job> _queue;
    private readonly Task[] _workers;
    private readonly CancellationTokenSource _stopping = new();
    private readonly TimeSpan _timeout;
    private readonly WarmOffice? _warm;

    public PdfConverter(IOptions<DocumentOptions> options)
    {
        var settings = options.Value;
        LibreOfficePath = Locate(settings.LibreOfficePath, "soffice", "libreoffice");
        PdfUnitePath = Locate(settings.PdfUnitePath, "pdfunite");
        FontConfigFile = settings.FontConfigFile is { Length: > 0 } fonts ? fonts : Shipped("fonts.conf");
        var python = settings.PythonPath is { Length: > 0 } configured ? configured : "/usr/bin/python3";
        var script = Shipped("office-worker.py");
        if (settings.WarmOffice && LibreOfficePath is not null && script is not null && File.Exists(python))
        {
            _warm = WarmOffice.For(python, script, LibreOfficePath, FontConfigFile);
        }

        _timeout = TimeSpan.FromSeconds(Math.Max(1, settings.ConversionTimeoutSeconds));
        _queue = Channel.CreateBounded<Job>(new BoundedChannelOptions(Math.Max(1, settings.PdfQueueCapacity))
        {
            FullMode = BoundedChannelFullMode.Wait,
        });
        _workers = Enumerable.Range(0, Math.Clamp(settings.PdfWorkers, 1, 4)).Select(_ => Task.Run(WorkAsync)).ToArray();
    }

    public string? LibreOfficePath { get; }

    public string? PdfUnitePath { get; }

    public bool IsAvailable => LibreOfficePath is not null;

    /// <summary>The fontconfig file given to LibreOffice (null: the system's).</summary>
    public string? FontConfigFile { get; }

    internal WarmOffice? Warm => _warm;

    /// <summary>Whether conversions go to a kept-running LibreOffice first.</summary>
    public bool UsesWarmOffice => _warm is not null;

    /// <summary>Starts the kept-running LibreOffice ahead of the first conversion.</summary>
    public Task WarmUpAsync(CancellationToken ct = default) => _warm?.WarmUpAsync(ct) ?? Task.CompletedTask;

    private static string? Shipped(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Office", name);
        return File.Exists(path) ? path : null;
    }

    public async Task<byte[]> ConvertAsync(byte[] docx, CancellationToken ct = default) =>
        (await ConvertManyAsync([docx], ct))[0];

    /// <summary>Converts the documents in one LibreOffice run; the PDFs come back in the same order.</summary>
    public async Task<IReadOnlyList<byte[]>> ConvertManyAsync(IReadOnlyList<byte[]> documents, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (LibreOfficePath is null)
        {
            throw new PdfUnavailableException(PdfUnavailableException.LibreOfficeMissing);
        }

        if (documents.Count == 0)
        {
            return [];
        }

        var job = new Job(documents, new TaskCompletionSource<IReadOnlyList<byte[]>>(TaskCreationOptions.RunContinuationsAsynchronously), ct);
        await _queue.Writer.WriteAsync(job, ct);
        return await job.Result.Task.WaitAsync(ct);
    }

    /// <summary>Joins PDFs in order with pdfunite (poppler-utils).</summary>
    public async Task<byte[]> MergeAsync(IReadOnlyList<byte[]> pdfs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(pdfs);
        if (pdfs.Count == 1)
        {
            return pdfs[0];
        }

        if (PdfUnitePath is null)
        {
            throw new PdfUnavailableException("服务器未安装 poppler-utils（pdfunite），无法合并卷宗 PDF；可逐份下载文书打印");
        }

        var folder = Directory.CreateTempSubdirectory("cm-merge-");
        try
        {
            var arguments = new List<string>();
            for (var i = 0; i < pdfs.Count; i++)
            {
                var path = Path.Combine(folder.FullName, $"{i + 1:D4}.pdf");
                await File.WriteAllBytesAsync(path, pdfs[i], ct);
                arguments.Add(path);
            }

            var output = Path.Combine(folder.FullName, "merged.pdf");
            arguments.Add(output);
            var (exit, log) = await RunAsync(PdfUnitePath, arguments, ct);
            if (exit != 0 || !File.Exists(output))
            {
                throw new InvalidOperationException($"PDF 合并失败：{log}");
            }

            return await File.ReadAllBytesAsync(output, ct);
        }
        finally
        {
            TryDelete(folder.FullName);
        }
    }

    /// <summary>
    /// Pages of any PDF (an uploaded one may keep its page objects in compressed streams) by poppler's pdfinfo;
    /// null when the file cannot be read as a PDF (damaged, encrypted) or pdfinfo is missing.
    /// </summary>
    public async Task<int?> CountPagesOfAnyAsync(byte[] pdf, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var pdfInfo = Locate(null, "pdfinfo");
        if (pdfInfo is null)
        {
            return null;
        }

        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, pdf, ct);
            var (exit, log) = await RunAsync(pdfInfo, [path], ct);
            var pages = PagesLine().Match(log);
            return exit == 0 && pages.Success && int.TryParse(pages.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, out var count) && count > 0
                && !log.Contains("Encrypted:      yes", StringComparison.Ordinal)
                ? count
                : null;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    /// <summary>Pages of a PDF, counted from its page objects (LibreOffice writes no object streams).</summary>
    public static int CountPages(ReadOnlySpan<byte> pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();

    private async Task WorkAsync()
    {
        await foreach (var job in _queue.Reader.ReadAllAsync(_stopping.Token).ConfigureAwait(false))
        {
            if (job.Cancellation.IsCancellationRequested)
            {
                job.Result.TrySetCanceled(job.Cancellation);
                continue;
            }

            try
            {
                job.Result.TrySetResult(await RunLibreOfficeAsync(job.Documents, job.Cancellation).ConfigureAwait(false));
            }
            catch (Exception ex)
            {
                job.Result.TrySetException(ex);
            }
        }
    }

    private async Task<IReadOnlyList<byte[]>> RunLibreOfficeAsync(IReadOnlyList<byte[]> documents, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("cm-pdf-");
        try
        {
            var input = Directory.CreateDirectory(Path.Combine(folder.FullName, "in")).FullName;
            var output = Directory.CreateDirectory(Path.Combine(folder.FullName, "out")).FullName;
            var profile = Directory.CreateDirectory(Path.Combine(folder.FullName, "profile")).FullName;
            var names = new List<string>();
            for (var i = 0; i < documents.Count; i++)
            {
                var name = $"{i + 1:D4}";
                await File.WriteAllBytesAsync(Path.Combine(input, name + ".docx"), documents[i], ct);
                names.Add(name);
            }

            if (_warm is not null
                && await _warm.TryConvertAsync(names.Select(n => (Path.Combine(input, n + ".docx"), Path.Combine(output, n + ".pdf"))).ToList(), _timeout, ct))
            {
                var converted = new List<byte[]>();
                foreach (var name in names)
                {
                    converted.Add(await File.ReadAllBytesAsync(Path.Combine(output, name + ".pdf"), ct));
                }

                return converted;
            }

            // Without UNO nothing can switch hanging punctuation off in the loaded document, and LibreOffice's .docx
            // import drops w:overflowPunct="0": the documents go through LibreOffice's own format first, where the
            // setting is a plain paragraph attribute, so this path lays them out as the kept-running one does.
            var odt = Directory.CreateDirectory(Path.Combine(folder.FullName, "odt")).FullName;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(_timeout);
            int exit;
            string log;
            try
            {
                (exit, log) = await ConvertColdAsync(profile, "odt", odt, names.Select(n => Path.Combine(input, n + ".docx")), timeout.Token);
                foreach (var name in names.Where(n => File.Exists(Path.Combine(odt, n + ".odt"))))
                {
                    OpenDocumentPunctuation.KeepInsideTextBlock(Path.Combine(odt, name + ".odt"));
                }

                (exit, log) = await ConvertColdAsync(profile, "pdf", output,
                    names.Select(n => Path.Combine(odt, n + ".odt")).Where(File.Exists), timeout.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new TimeoutException($"PDF 转换超过 {_timeout.TotalSeconds:0} 秒未完成，已终止。");
            }

            var pdfs = new List<byte[]>();
            foreach (var name in names)
            {
                var pdf = Path.Combine(output, name + ".pdf");
                if (!File.Exists(pdf))
                {
                    throw new InvalidOperationException($"PDF 转换失败（退出码 {exit}）：{log}");
                }

                pdfs.Add(await File.ReadAllBytesAsync(pdf, ct));
            }

            return pdfs;
        }
        finally
        {
            TryDelete(folder.FullName);
        }
    }

    // One soffice start converting the files to the format into the folder, with the shipped fonts.
    private Task<(int Exit, string Log)> ConvertColdAsync(string profile, string format, string outputFolder, IEnumerable<string> files, CancellationToken ct)
    {
        var arguments = new List<string>
        {
            "-env:UserInstallation=" + new Uri(profile).AbsoluteUri,
            "--headless", "--norestore", "--nolockcheck", "--convert-to", format, "--outdir", outputFolder,
        };
        arguments.AddRange(files);
        return RunAsync(LibreOfficePath!, arguments, ct, FontConfigFile);
    }

    private static async Task<(int Exit, string Log)> RunAsync(string executable, IEnumerable<string> arguments, CancellationToken ct, string? fontConfig = null)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (fontConfig is not null)
        {
            start.Environment["FONTCONFIG_FILE"] = fontConfig;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"无法启动 {executable}。");
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            // soffice.bin runs under the soffice launcher: kill the whole tree, or the child keeps the profile locked.
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, ((await stdout) + (await stderr)).Trim());
    }

    private static string? Locate(string? configured, params string[] names)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin").Append("/usr/local/bin").Append("/opt/libreoffice/program");
        foreach (var name in names)
        {
            foreach (var folder in folders)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; it must not turn a good conversion into a failure.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stopping.CancelAsync();
        try
        {
            await Task.WhenAll(_workers);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the workers end here.
        }

        while (_queue.Reader.TryRead(out var job))
        {
            job.Result.TrySetCanceled();
        }

        _stopping.Dispose();
    }

    private sealed record Job(IReadOnlyList<byte[]> Documents, TaskCompletionSource<IReadOnlyList<byte[]>> Result, CancellationToken Cancellation);
}
