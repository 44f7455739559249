using System.Collections.Concurrent;
using System.Diagnostics;

namespace CaseManagement.Web.Documents;

/// <summary>
/// A LibreOffice kept running and reused for PDF conversion (Office/office-worker.py: a headless soffice
/// listening on a private pipe, driven through UNO with Debian's python3-uno). Starting LibreOffice costs
/// 1–2 s; converting a document in a running one costs its layout only. One instance per process and
/// configuration serves every <see cref="PdfConverter"/> (a test run starts many hosts): conversions go
/// through it one at a time, as LibreOffice's document model is single-threaded anyway.
/// <para>
/// A worker that died is restarted on the next request. A conversion that exceeds the timeout is taken to be
/// a hang: the worker and its soffice are killed (the next request starts a fresh one) and the conversion
/// fails. When the worker cannot start (no python3, no python3-uno), the converter falls back to one
/// <c>soffice --convert-to</c> per request and retries the warm path only after a pause.
/// </para>
/// </summary>
internal sealed class WarmOffice : IDisposable
{
    private static readonly ConcurrentDictionary<string, WarmOffice> Shared = new(StringComparer.Ordinal);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RetryAfterFailedStart = TimeSpan.FromMinutes(5);

    private readonly string _python;
    private readonly string _script;
    private readonly string _soffice;
    private readonly string? _fontConfig;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Process? _worker;
    private string? _profile;
    private DateTime _retryAfter = DateTime.MinValue;

    static WarmOffice() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var office in Shared.Values)
        {
            office.Dispose();
        }
    };

    private WarmOffice(string python, string script, string soffice, string? fontConfig)
    {
        _python = python;
        _script = script;
        _soffice = soffice;
        _fontConfig = fontConfig;
    }

    /// <summary>The running worker's process id (its soffice runs under it); null when none runs.</summary>
    internal int? WorkerProcessId => _worker is { HasExited: false } worker ? worker.Id : null;

    /// <summary>How many times a worker was started (a restart after a death or a hang counts again).</summary>
    public int Starts { get; private set; }

    public static WarmOffice For(string python, string script, string soffice, string? fontConfig) =>
        Shared.GetOrAdd(string.Join('\n', python, script, soffice, fontConfig ?? ""), _ => new WarmOffice(python, script, soffice, fontConfig));

    /// <summary>
    /// Converts each (docx, pdf) path pair. False when no warm LibreOffice can be had (the caller converts
    /// cold); throws <see cref="TimeoutException"/> on a hang and <see cref="InvalidOperationException"/>
    /// when LibreOffice rejects a document.
    /// </summary>
    public async Task<bool> TryConvertAsync(IReadOnlyList<(string Docx, string Pdf)> files, TimeSpan perDocument, CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            foreach (var (docx, pdf) in files)
            {
                // A worker that died while idle (or during this request) gets one restart per document.
                var attempt = 0;
                while (true)
                {
                    if (!await EnsureStartedAsync().ConfigureAwait(false))
                    {
                        return false;
                    }

                    var reply = await RequestAsync($"{docx}\t{pdf}", perDocument, ct).ConfigureAwait(false);
                    if (reply == "ok")
                    {
                        break;
                    }

                    if (reply is null && attempt++ == 0)
                    {
                        Stop();
                        continue;
                    }

                    throw new InvalidOperationException($"PDF 转换失败：{reply ?? "LibreOffice 意外退出"}");
                }
            }

            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Starts the worker ahead of the first request (nothing happens when it already runs).</summary>
    public async Task WarmUpAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await EnsureStartedAsync().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>One request line; null when the worker died. A reply later than the timeout kills the worker.</summary>
    private async Task<string?> RequestAsync(string line, TimeSpan timeout, CancellationToken ct)
    {
        var worker = _worker!;
        try
        {
            await worker.StandardInput.WriteLineAsync(line.AsMemory(), ct).ConfigureAwait(false);
            await worker.StandardInput.FlushAsync(ct).ConfigureAwait(false);
        }
        catch (IOException)
        {
            return null;
        }

        var read = worker.StandardOutput.ReadLineAsync(CancellationToken.None).AsTask();
        try
        {
            return await read.WaitAsync(timeout, ct).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Stop();
            throw new TimeoutException($"PDF 转换超过 {timeout.TotalSeconds:0} 秒未完成，已终止 LibreOffice（下次转换时重新启动）。");
        }
        catch (OperationCanceledException)
        {
            // The caller gave up mid-document: the reply would arrive out of step with the next request.
            Stop();
            throw;
        }
    }

    private async Task<bool> EnsureStartedAsync()
    {
        if (_worker is { HasExited: false })
        {
            return true;
        }

        Stop();
        if (DateTime.UtcNow < _retryAfter)
        {
            return false;
        }

        if (Starts == 0)
        {
            SweepAbandonedProfiles(Path.GetTempPath());
        }

        // The process id in the name tells a later process whether the profile's owner is gone (SweepAbandonedProfiles).
        _profile = Directory.CreateTempSubdirectory($"{ProfilePrefix}{Environment.ProcessId}-").FullName;
        var start = new ProcessStartInfo(_python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        start.ArgumentList.Add(_script);
        start.ArgumentList.Add(_soffice);
        start.ArgumentList.Add(new Uri(_profile).AbsoluteUri);
        start.ArgumentList.Add($"cm-office-{Environment.ProcessId}-{Guid.NewGuid():N}");
        if (_fontConfig is not null)
        {
            start.Environment["FONTCONFIG_FILE"] = _fontConfig;
        }

        try
        {
            _worker = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            _worker = null;
        }

        if (_worker is null)
        {
            _retryAfter = DateTime.UtcNow + RetryAfterFailedStart;
            return false;
        }

        Starts++;
        string? ready;
        try
        {
            ready = await _worker.StandardOutput.ReadLineAsync().WaitAsync(StartTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            ready = null;
        }

        if (ready != "ready")
        {
            Stop();
            _retryAfter = DateTime.UtcNow + RetryAfterFailedStart;
            return false;
        }

        return true;
    }

    private const string ProfilePrefix = "cm-office-";

    /// <summary>
    /// Deletes the LibreOffice profiles (about 0.5 MB each) that servers killed before they could clean up left in
    /// <paramref name="root"/>: those named after a process that no longer runs. A profile of a running process, or one
    /// whose name carries no process id, is kept. Returns how many were deleted.
    /// </summary>
    internal static int SweepAbandonedProfiles(string root)
    {
        var deleted = 0;
        try
        {
            foreach (var folder in Directory.EnumerateDirectories(root, ProfilePrefix + "*"))
            {
                var rest = Path.GetFileName(folder)[ProfilePrefix.Length..];
                var dash = rest.IndexOf('-');
                if (dash <= 0 || !int.TryParse(rest.AsSpan(0, dash), System.Globalization.NumberStyles.None, null, out var owner) || IsRunning(owner))
                {
                    continue;
                }

                try
                {
                    Directory.Delete(folder, recursive: true);
                    deleted++;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Someone else's, or still being removed: left for a later sweep.
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable temporary folder: nothing to sweep.
        }

        return deleted;
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private void Stop()
    {
        if (_worker is { } worker)
        {
            _worker = null;
            try
            {
                if (!worker.HasExited)
                {
                    worker.Kill(entireProcessTree: true);
                    worker.WaitForExit(5000);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            worker.Dispose();
        }

        if (_profile is { } profile)
        {
            _profile = null;
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // A profile left in the temporary folder is harmless.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }
    }

    public void Dispose()
    {
        // Closing the worker's input lets it close LibreOffice cleanly; a worker that does not end is killed.
        if (_worker is { HasExited: false } worker)
        {
            try
            {
                worker.StandardInput.Close();
                worker.WaitForExit(5000);
            }
            catch (IOException)
            {
                // Killed below.
            }
        }

        Stop();
    }
}
