using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseManagement.Benchmarks.Load;
using Microsoft.Data.Sqlite;

namespace CaseManagement.Benchmarks.Integrity;

/// <summary>
/// <c>integrity [--races 60] [--contenders 8] [--crashes 5] [--writers 8]</c>: attacks the built app (started here as
/// its own process on a fresh SQLite database in a temporary folder, loopback only) and prints the figures README
/// shows under 完整性:
/// <list type="bullet">
/// <item>races: each of N fresh leads gets C simultaneous 提请立案 requests carrying the same version; exactly one
/// may win, the others must be refused as stale (409);</item>
/// <item>numbers: the head files all those leads at once, so the 立案 numbers and the 立案审批表 numbers are allocated
/// concurrently; every series read back from the database must run 1, 2, 3 … without a duplicate or a gap;</item>
/// <item>crashes: K times, writers register leads and upload evidence while the app is killed with SIGKILL at a
/// random moment; after each restart every write that had been acknowledged (2xx) must be there, and the storage
/// folder must hold no file that no row references;</item>
/// <item>at the end the audit chain is verified through <c>/api/audit/verify</c>.</item>
/// </list>
/// Exit code 1 when any target is missed.
/// </summary>
public static class IntegrityDriver
{
    private const string Password = "Demo#2026";

    // A serial inside 〔year〕N号; the series is everything before it plus the year.
    private static readonly Regex Serial = new(@"^(?<series>.+〔\d{4}〕)(?<n>\d+)号$", RegexOptions.CultureInvariant);

    public static async Task<int> RunAsync(string[] args)
    {
        var races = Math.Clamp(Options.Int(args, "--races", 60), 1, 10_000);
        var contenders = Math.Clamp(Options.Int(args, "--contenders", 8), 2, 64);
        var crashes = Math.Clamp(Options.Int(args, "--crashes", 5), 0, 100);
        var writers = Math.Clamp(Options.Int(args, "--writers", 8), 1, 64);
        var folder = Path.Combine(Path.GetTempPath(), "casemanagement-integrity-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var failures = new List<string>();
        var app = new AppProcess(folder);
        try
        {
            await app.StartAsync();
            using var http = Client(app.BaseUrl, contenders * 2 + writers);
            var officer = await SignInAsync(http, "zhangsan");
            var head = await SignInAsync(http, "zhaoliu");

            // 1. Races on one version.
            var leads = await Task.WhenAll(Enumerable.Range(0, races).Select(i => RegisterLeadAsync(http, officer, i)));
            var winners = new int[races];
            var stale = 0;
            var other = new ConcurrentBag<string>();
            await Parallel.ForEachAsync(Enumerable.Range(0, races), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
            {
                var (id, version) = leads[i];
                var answers = await Task.WhenAll(Enumerable.Range(0, contenders).Select(_ => SendAsync(http, officer, $"/api/cases/{id}/actions/RequestFiling",
                    new { version, requestedOn = Today, reason = "初查属实，提请立案。" })));
                winners[i] = answers.Count(a => a.Status == HttpStatusCode.OK);
                Interlocked.Add(ref stale, answers.Count(a => a.Status == HttpStatusCode.Conflict && a.Body.Contains("stale-version", StringComparison.Ordinal)));
                foreach (var a in answers.Where(a => a.Status is not HttpStatusCode.OK and not HttpStatusCode.Conflict))
                {
                    other.Add($"{(int)a.Status} {a.Body[..Math.Min(120, a.Body.Length)]}");
                }
            });
            var oneWinner = winners.Count(w => w == 1);
            Console.WriteLine($"races: {races} leads × {contenders} simultaneous 提请立案 on one version: {oneWinner} with exactly one winner, "
                + $"{stale} refused as stale, {other.Count} other answers");
            Check(failures, oneWinner == races && other.IsEmpty && stale == races * (contenders - 1), "every race has one winner and the others are refused as stale");

            // 2. Numbers allocated at once.
            var filed = new ConcurrentBag<long>();
            await Parallel.ForEachAsync(leads.Select(l => l.Id), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (id, ct) =>
            {
                var version = (await GetAsync(http, head, $"/api/cases/{id}")).GetProperty("version").GetGuid();
                var answer = await SendAsync(http, head, $"/api/cases/{id}/actions/File", new { version, filedOn = Today, officers = new[] { "zhangsan", "lisi" } });
                if (answer.Status == HttpStatusCode.OK)
                {
                    filed.Add(id);
                }
            });
            var numbers = ReadNumbers(app.DatabasePath);
            Console.WriteLine($"numbers: {filed.Count} of {races} leads filed at once; {Describe(numbers)}");
            Check(failures, filed.Count == races, "every lead is filed");
            Check(failures, numbers.All(s => s.Duplicates == 0 && s.Gaps == 0), "no number is given twice or skipped");

            // 3. kill -9 under writes.
            var cases = filed.Take(writers).ToList();
            var lost = 0;
            var acknowledged = 0;
            var orphans = 0;
            var random = new Random(20261203);
            for (var crash = 1; crash <= crashes; crash++)
            {
                var (acks, missing, unreferenced) = await CrashOnceAsync(app, cases, writers, TimeSpan.FromMilliseconds(1500 + random.Next(3000)));
                acknowledged += acks;
                lost += missing;
                orphans = unreferenced;
                Console.WriteLine($"crash {crash}: {acks} writes acknowledged before SIGKILL, {missing} missing after restart, {unreferenced} unreferenced files in storage");
            }

            Console.WriteLine($"crashes: {crashes}; acknowledged writes {acknowledged}, lost {lost}; unreferenced files in storage after the last restart {orphans}");
            Check(failures, lost == 0, "no acknowledged write is lost");

            // A file written by a request the crash cut short (files are written before their rows) stays until it is
            // an hour old, since another server may still be committing its row; the sweep at the next start removes
            // it. The leftovers are aged by two hours and the app is started once more.
            var leftovers = UnreferencedFiles(app);
            foreach (var file in leftovers)
            {
                File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-2));
            }

            app.Kill();
            await app.StartAsync();
            var remaining = UnreferencedFiles(app).Count;
            for (var wait = 0; remaining > 0 && wait < 60; wait++)
            {
                await Task.Delay(500);
                remaining = UnreferencedFiles(app).Count;
            }

            var afterCrashes = ReadNumbers(app.DatabasePath);
            Console.WriteLine($"numbers after the crashes: {Describe(afterCrashes)}");
            Check(failures, afterCrashes.All(s => s.Duplicates == 0 && s.Gaps == 0), "no number is given twice or skipped across crashes");
            Console.WriteLine($"orphans: {leftovers.Count} crash leftovers aged past an hour; {remaining} remain after the sweep at the next start");
            Check(failures, remaining == 0, "no stored file is left without a row after the sweep");

            // 4. The chain after all that.
            using var adminHttp = Client(app.BaseUrl, 2);
            var admin = await SignInAsync(adminHttp, "admin");
            var verify = await GetAsync(adminHttp, admin, "/api/audit/verify");
            Console.WriteLine($"audit verify: {verify}");
            Check(failures, verify.GetProperty("valid").GetBoolean(), "the audit chain verifies");
        }
        finally
        {
            await app.DisposeAsync();
            TryDelete(folder);
        }

        foreach (var failure in failures)
        {
            Console.WriteLine("MISSED: " + failure);
        }

        Console.WriteLine(failures.Count == 0 ? "all integrity targets met" : $"{failures.Count} integrity targets missed");
        return failures.Count == 0 ? 0 : 1;
    }

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Writers register leads and upload evidence to their own case until the app is killed; then the app is started
    /// again and every acknowledged write is looked for, and the storage folder is compared with the rows.
    /// </summary>
    private static async Task<(int Acknowledged, int Missing, int Orphans)> CrashOnceAsync(AppProcess app, List<long> cases, int writers, TimeSpan after)
    {
        using var http = Client(app.BaseUrl, writers + 2);
        var officer = await SignInAsync(http, "zhangsan");
        var head = await SignInAsync(http, "zhaoliu");
        var leads = new ConcurrentBag<long>();
        var uploads = new ConcurrentBag<(long Case, int Number, string Sha256)>();
        using var stop = new CancellationTokenSource();
        var work = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var caseId = cases[w % cases.Count];
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    if (w % 2 == 0)
                    {
                        var (id, version) = await RegisterLeadAsync(http, officer, Random.Shared.Next());
                        leads.Add(id);
                        if (w % 4 == 2)
                        {
                            // Filed at once, so numbers are allocated when the app dies too.
                            var requested = await SendAsync(http, officer, $"/api/cases/{id}/actions/RequestFiling", new { version, requestedOn = Today, reason = "初查属实，提请立案。" });
                            var next = JsonDocument.Parse(requested.Body).RootElement.GetProperty("version").GetGuid();
                            await SendAsync(http, head, $"/api/cases/{id}/actions/File", new { version = next, filedOn = Today, officers = new[] { "zhangsan", "lisi" } });
                        }
                    }
                    else
                    {
                        var version = (await GetAsync(http, officer, $"/api/cases/{caseId}")).GetProperty("version").GetGuid();
                        var uploaded = await UploadAsync(http, officer, caseId, version);
                        if (uploaded is { } u)
                        {
                            uploads.Add((caseId, u.Number, u.Sha256));
                        }
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or SocketException or JsonException or InvalidOperationException or KeyNotFoundException)
                {
                    // The app died under the request: nothing was acknowledged. A connection the kill cut between its
                    // connect and the client reading its remote address throws a bare SocketException
                    // (107, "Transport endpoint is not connected"), not wrapped in HttpRequestException.
                }
            }
        })).ToList();

        await Task.Delay(after);
        app.Kill();
        await stop.CancelAsync();
        await Task.WhenAll(work);

        await app.StartAsync();
        using var check = Client(app.BaseUrl, 4);
        var reader = await SignInAsync(check, "zhangsan");
        var missing = 0;
        foreach (var id in leads)
        {
            using var request = Request(reader, HttpMethod.Get, $"/api/cases/{id}");
            using var response = await check.SendAsync(request);
            missing += response.IsSuccessStatusCode ? 0 : 1;
        }

        foreach (var group in uploads.GroupBy(u => u.Case))
        {
            var evidence = (await GetAsync(check, reader, $"/api/cases/{group.Key}")).GetProperty("evidence").EnumerateArray()
                .Select(e => e.GetProperty("sha256").GetString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            missing += group.Count(u => !evidence.Contains(u.Sha256));
        }

        return (leads.Count + uploads.Count, missing, UnreferencedFiles(app).Count);
    }

    /// <summary>Stored files whose SHA-256 no evidence row holds, and partial uploads left in the temporary folder.</summary>
    private static List<string> UnreferencedFiles(AppProcess app)
    {
        var referenced = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using (var connection = new SqliteConnection($"Data Source={app.DatabasePath};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT Sha256 FROM EvidenceFiles";
            using var rows = command.ExecuteReader();
            while (rows.Read())
            {
                referenced.Add(rows.GetString(0));
            }
        }

        return Directory.Exists(app.StoragePath)
            ? [.. Directory.EnumerateFiles(app.StoragePath, "*", SearchOption.AllDirectories).Where(f => !referenced.Contains(Path.GetFileName(f)))]
            : [];
    }

    private sealed record SeriesCheck(string Series, int Count, int Max, int Duplicates, int Gaps);

    /// <summary>Every numbered series in the database: case numbers and the numbers of documents not voided.</summary>
    private static List<SeriesCheck> ReadNumbers(string databasePath)
    {
        var numbers = new List<string>();
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        foreach (var sql in new[]
                 {
                     "SELECT CaseNumber FROM Cases WHERE CaseNumber IS NOT NULL",
                     "SELECT DocumentNumber FROM IssuedDocuments WHERE DocumentNumber IS NOT NULL AND VoidedAt IS NULL",
                 })
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var rows = command.ExecuteReader();
            var these = new List<string>();
            while (rows.Read())
            {
                these.Add(rows.GetString(0));
            }

            // A case number and the number of the 立案审批表 issued with it are the same number of one series.
            var earlier = numbers.ToHashSet(StringComparer.Ordinal);
            numbers.AddRange(these.Where(n => !earlier.Contains(n)));
        }

        return [.. numbers.Select(n => Serial.Match(n)).Where(m => m.Success)
            .GroupBy(m => m.Groups["series"].Value, m => int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Select(g =>
            {
                var serials = g.ToList();
                var distinct = serials.Distinct().Count();
                var max = serials.Max();
                return new SeriesCheck(g.Key, serials.Count, max, serials.Count - distinct, max - distinct);
            })
            .OrderBy(s => s.Series, StringComparer.Ordinal)];
    }

    private static string Describe(List<SeriesCheck> series) =>
        $"{series.Sum(s => s.Count)} numbers in {series.Count} series ({string.Join("; ", series.Select(s => $"{s.Series} 1–{s.Max}"))}), "
        + $"{series.Sum(s => s.Duplicates)} duplicates, {series.Sum(s => s.Gaps)} gaps";

    private static void Check(List<string> failures, bool met, string target)
    {
        if (!met)
        {
            failures.Add(target);
        }
    }

    private static HttpClient Client(Uri baseUrl, int connections) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections + 2 }) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };

    private static Task<string> SignInAsync(HttpClient http, string userName) => BearerApi.SignInAsync(http, userName, Password);

    private static HttpRequestMessage Request(string token, HttpMethod method, string path) => BearerApi.Request(token, method, path);

    private static async Task<JsonElement> GetAsync(HttpClient http, string token, string path)
    {
        using var request = Request(token, HttpMethod.Get, path);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {body}");
        }

        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpClient http, string token, string path, object body)
    {
        using var request = Request(token, HttpMethod.Post, path);
        request.Content = JsonContent.Create(body);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<(long Id, Guid Version)> RegisterLeadAsync(HttpClient http, string token, int seed)
    {
        var code = CreditCodes.Next(new Random(seed));
        var (status, body) = await SendAsync(http, token, "/api/cases", new
        {
            source = "日常巡查", registeredOn = Today, cause = "超标排放", violationCode = "AirEmissionExceedance", actDate = Today,
            party = new { kind = "Organisation", name = $"博兴县完整性检查{seed % 100000:00000}有限公司", identifierCode = code, address = "博兴县店子镇工业园", legalRepresentative = "赵某" },
        });
        if (status != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"register lead: {(int)status} {body}");
        }

        var view = JsonDocument.Parse(body).RootElement;
        return (view.GetProperty("id").GetInt64(), view.GetProperty("version").GetGuid());
    }

    private static async Task<(int Number, string Sha256)?> UploadAsync(HttpClient http, string token, long caseId, Guid version)
    {
        // A PNG whose bytes differ each time (a random text chunk), so every upload stores a new file.
        var png = Png.WithRandomChunk();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(png) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "file", "现场照片.png" },
            { new StringContent(version.ToString()), "version" },
            { new StringContent("Electronic"), "kind" },
            { new StringContent("现场照片"), "title" },
            { new StringContent(Today), "collectedOn" },
            { new StringContent("厂区"), "place" },
            { new StringContent("zhangsan"), "officers" },
            { new StringContent("lisi"), "officers" },
        };
        using var request = Request(token, HttpMethod.Post, $"/api/cases/{caseId}/evidence");
        request.Content = form;
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            return null;
        }

        var view = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (view.GetProperty("number").GetInt32(), view.GetProperty("sha256").GetString()!);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    /// <summary>The built app as a child process on a fresh SQLite database, storage, key and checkpoint in one folder.</summary>
    private sealed class AppProcess(string folder) : IAsyncDisposable
    {
        private Process? process;

        public string DatabasePath { get; } = Path.Combine(folder, "case.db");

        public string StoragePath { get; } = Path.Combine(folder, "files");

        public Uri BaseUrl { get; private set; } = new("http://127.0.0.1:5000");

        public async Task StartAsync()
        {
            var web = FindWebProject();
            var dll = Path.Combine(web, "bin", "Release", "net10.0", "CaseManagement.Web.dll");
            if (!File.Exists(dll))
            {
                throw new InvalidOperationException($"Build the app first: dotnet build -c Release ({dll} is missing).");
            }

            BaseUrl = new Uri($"http://127.0.0.1:{FreePort()}");
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(dll);
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(BaseUrl.ToString().TrimEnd('/'));
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Database__Provider"] = "Sqlite";
            start.Environment["Database__Path"] = DatabasePath;
            start.Environment["Storage__Path"] = StoragePath;
            start.Environment["Audit__KeyFile"] = Path.Combine(folder, "keys", "audit.key");
            start.Environment["Audit__CheckpointDirectory"] = Path.Combine(folder, "checkpoint");
            start.Environment["Seed__Demo"] = "true";
            start.Environment["Seed__DemoCases"] = "false";
            start.Environment["Documents__PrerenderPdf"] = "false";
            process = Process.Start(start) ?? throw new InvalidOperationException("the app did not start");
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            using var probe = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
            var waited = Stopwatch.StartNew();
            while (waited.Elapsed < TimeSpan.FromSeconds(120))
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"the app stopped at start with exit code {process.ExitCode}");
                }

                try
                {
                    using var answer = await probe.GetAsync("/login");
                    if (answer.IsSuccessStatusCode)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                catch (TaskCanceledException)
                {
                    // Still starting.
                }

                await Task.Delay(200);
            }

            throw new TimeoutException("the app did not answer within 120 s");
        }

        /// <summary>SIGKILL: no shutdown, no flush, exactly what a power cut or the OOM killer does.</summary>
        public void Kill()
        {
            if (process is { HasExited: false })
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            process?.Dispose();
            process = null;
        }

        public ValueTask DisposeAsync()
        {
            Kill();
            SqliteConnection.ClearAllPools();
            return ValueTask.CompletedTask;
        }

        private static string FindWebProject()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var web = Path.Combine(dir.FullName, "src", "CaseManagement.Web");
                if (File.Exists(Path.Combine(web, "CaseManagement.Web.csproj")))
                {
                    return web;
                }
            }

            throw new InvalidOperationException("run from the repository (src/CaseManagement.Web not found above the tool)");
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}

/// <summary>A 1 × 1 PNG with a random tEXt chunk, so each upload is a distinct file.</summary>
internal static class Png
{
    public static byte[] WithRandomChunk()
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(output, "IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
        Chunk(output, "tEXt", System.Text.Encoding.ASCII.GetBytes("Comment\0" + Guid.NewGuid().ToString("N")));
        Chunk(output, "IDAT", [0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0x00, 0x00, 0x03, 0x01, 0x01, 0x00]);
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    // The PNG chunk checksum (ISO 3309 CRC-32, polynomial 0xEDB88320).
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        output.Write(typeBytes);
        output.Write(data);
        var crc = Crc32([.. typeBytes, .. data]);
        Span<byte> crcBytes = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crcBytes, crc);
        output.Write(crcBytes);
    }
}
