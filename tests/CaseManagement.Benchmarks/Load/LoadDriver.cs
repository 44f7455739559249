using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CaseManagement.Benchmarks.Load;

/// <summary>
/// <c>load --users U --seconds S [--warmup W] [--rate R] [--url http://127.0.0.1:5000] [--mix all|reads|transitions] [--timeline] [--idle-rss I]</c>: U simulated users,
/// each signed in as one of the seeded staff (officers, the legal reviewer, the head), send requests one after the
/// other for S seconds against a running app: the case list, a search (two characters of a party name, a
/// credit-code or case-number prefix), a case, the home page (我的待办), the deadline board and real transitions
/// (RecordInvestigation on the user's own cases under investigation, with the version the user last saw: the
/// case is read before its first step and after a refusal, and otherwise the step's own answer gives the version). Prints per kind
/// the count, rate and p50/p95/p99 latency, and the errors. Loopback addresses only.
/// <para>
/// Without <c>--rate</c> each user sends the next request as soon as the last is answered, so the figures are the
/// most the app does and the latency is the queue that many users make (100 users at 200 steps per second wait half a
/// second each). <c>--rate R</c> spreads R requests per second evenly over the users, each on a schedule of its own:
/// the latency is then counted from when the request was due, so an app that falls behind shows it in the
/// percentiles instead of the driver quietly sending less; what the warm-up fell behind on is dropped when the counted seconds
/// start. <c>--timeline</c> adds the same figures second by second.
/// <c>--warmup W</c> sends the same load for W seconds first without counting it: the app's and this driver's code
/// are compiled and the pools filled, and the counted seconds follow without a gap (a separate warm-up run leaves one).
/// When the app runs on this machine its CPU and resident memory at the end are reported too; <c>--idle-rss I</c> then waits
/// I seconds without requests and reads the memory again (the app gives memory back once it has been idle for
/// <c>Server:IdleTrimSeconds</c>, 10 by default, so the goal of ≤ 300 MB after a load is read after that, not at its end).
/// </para>
/// </summary>
public static class LoadDriver
{
    private static readonly string[] NameSearches = ["化工", "纸业", "印染", "食品", "机械", "纺织", "建材", "铸造", "鑫华", "宏泰", "博兴", "邹平", "环保科技", "有限"];

    public static async Task<int> RunAsync(string[] args)
    {
        var url = new Uri(Options.Text(args, "--url") ?? "http://127.0.0.1:5000");
        if (!url.IsLoopback)
        {
            Console.Error.WriteLine("The load driver only drives an app on this machine (127.0.0.1 / localhost).");
            return 2;
        }

        var users = Math.Clamp(Options.Int(args, "--users", 10), 1, 1000);
        var seconds = Math.Clamp(Options.Int(args, "--seconds", 30), 1, 3600);
        var warmup = Math.Clamp(Options.Int(args, "--warmup", 0), 0, 3600);
        var mix = Options.Text(args, "--mix") ?? "all";
        var rate = Math.Clamp(Options.Int(args, "--rate", 0), 0, 100_000);
        var password = Options.Text(args, "--password") ?? "Demo#2026";
        var timeline = args.Contains("--timeline");
        var idleRss = Math.Clamp(Options.Int(args, "--idle-rss", 0), 0, 600);

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = users + 4, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };

        // Officers act on their own cases; the reviewer and the head read.
        var officerNames = Enumerable.Range(1, 20).Select(i => $"officer{i:00}").Concat(["zhangsan", "lisi"]).ToList();
        var accounts = new Dictionary<string, Account>();
        async Task<Account> AccountAsync(string name)
        {
            if (!accounts.TryGetValue(name, out var account))
            {
                account = await Account.SignInAsync(http, name, password);
                accounts[name] = account;
            }

            return account;
        }

        var simulated = new List<VirtualUser>();
        for (var i = 0; i < users; i++)
        {
            var name = mix == "transitions" || i % 5 != 4 ? officerNames[i % officerNames.Count] : (i % 10 == 4 ? "wangwu" : "zhaoliu");
            simulated.Add(new VirtualUser(i, await AccountAsync(name)));
        }

        // The cases under investigation are dealt out to the officers' simulated users so that no two users step on
        // the same case (a 409 there would be a correct answer, not a load figure) and every user holds about as many:
        // a step's cost grows with its case (each adds a record and a history line, all read and answered again), so a
        // user left with one case would grow it by hundreds of records a minute while the others' grow by a few.
        // A case has two officers: it goes to whichever of its officers' groups holds the fewest cases per user.
        var groups = simulated.Where(u => u.Account.IsOfficer).GroupBy(u => u.Account.UserName).ToDictionary(g => g.Key, g => g.ToList());
        var officersOf = new SortedDictionary<long, List<string>>();
        foreach (var (name, members) in groups)
        {
            foreach (var id in await members[0].Account.InvestigationCasesAsync(http, 200))
            {
                (officersOf.TryGetValue(id, out var names) ? names : officersOf[id] = []).Add(name);
            }
        }

        var held = groups.Keys.ToDictionary(name => name, _ => 0);
        foreach (var (id, names) in officersOf)
        {
            var name = names.MinBy(n => (double)held[n] / groups[n].Count)!;
            var members = groups[name];
            members[held[name]++ % members.Count].Cases.Add(id);
        }

        var maxId = await simulated[0].Account.MaxCaseIdAsync(http);
        var idle = mix == "transitions" ? simulated.Count(u => u.Cases.Count == 0) : 0;
        Console.WriteLine($"{users} users, {seconds} s" + (warmup > 0 ? $" after {warmup} s not counted" : "") + $", mix {mix}, against {url} (highest case id {maxId:N0})"
            + (idle > 0 ? $"; {idle} of them have no case under investigation to step on and sit out" : "")
            + (mix != "reads" && simulated.Where(u => u.Cases.Count > 0).Select(u => u.Cases.Count).Order().ToArray() is { Length: > 0 } perUser
                ? $"; {perUser.Sum():N0} cases under investigation, {perUser[0]}–{perUser[^1]} per user" : "")
            + (rate > 0 ? $"; {rate} requests per second offered, latency from when each was due" : ""));

        // With a rate, each active user sends one request every `interval`, starting at a random point of the first.
        var interval = rate > 0 ? TimeSpan.FromSeconds((double)(users - idle) / rate) : TimeSpan.Zero;

        var samples = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        var errors = new ConcurrentDictionary<string, int>();
        var bySecond = new ConcurrentBag<(int Second, double Milliseconds)>();
        var stop = Stopwatch.StartNew();
        var counted = TimeSpan.FromSeconds(warmup);
        var until = counted + TimeSpan.FromSeconds(seconds);

        // The driver runs on the cores the app is measured on: its own CPU over the counted seconds is reported with the figures.
        // So is the app's, when it runs on this machine: its CPU per request is what tells runs apart when the machine's
        // speed changed between them.
        var app = AppCpu.Find(url.Port);
        var driverCpuAtCount = warmup == 0 ? Environment.CpuUsage.TotalTime : TimeSpan.Zero;
        var appCpuAtCount = warmup == 0 ? app?.Used() : null;
        var driverCpuMark = warmup == 0 ? Task.CompletedTask : Task.Delay(counted).ContinueWith(_ =>
        {
            driverCpuAtCount = Environment.CpuUsage.TotalTime;
            appCpuAtCount = app?.Used();
        }, TaskScheduler.Default);
        await Task.WhenAll(simulated.Select(u => Task.Run(async () =>
        {
            var random = new Random(1000 + u.Index);
            var due = interval * random.NextDouble();
            while (stop.Elapsed < until)
            {
                var (kind, send) = Pick(u, random, mix, maxId);
                if (send is null)
                {
                    // A user with no case of their own under investigation has nothing to step on: they sit out
                    // (spinning here would burn the cores the app is measured on).
                    return;
                }

                if (rate > 0)
                {
                    if (due < counted && stop.Elapsed >= counted)
                    {
                        // Sends the warm-up fell behind on are dropped: the counted seconds start on their own schedule.
                        // A backlog built while the app's code was still being compiled would otherwise pass into them as
                        // latency the app never has once warm.
                        due += interval * Math.Ceiling((counted - due) / interval);
                    }

                    if (due > stop.Elapsed)
                    {
                        await Task.Delay(due - stop.Elapsed);
                    }

                    if (due >= until)
                    {
                        return;
                    }
                }

                var started = rate > 0 ? due : stop.Elapsed;
                due += interval;
                bool ok;
                try
                {
                    ok = await send(http);
                }
                catch (HttpRequestException)
                {
                    ok = false;
                }
                catch (TaskCanceledException)
                {
                    ok = false;
                }

                var took = stop.Elapsed - started;
                if (started < counted)
                {
                    continue; // warming up: the same load, not counted
                }

                if (ok)
                {
                    samples.GetOrAdd(kind, _ => []).Add(took.TotalMilliseconds);
                    if (timeline)
                    {
                        bySecond.Add(((int)(started - counted).TotalSeconds, took.TotalMilliseconds));
                    }
                }
                else
                {
                    errors.AddOrUpdate(kind, 1, (_, n) => n + 1);
                }
            }
        })));
        var elapsed = (stop.Elapsed - counted).TotalSeconds;
        await driverCpuMark;
        var driverCpu = Environment.CpuUsage.TotalTime - driverCpuAtCount;
        var appCpu = app?.Used() - appCpuAtCount;

        Console.WriteLine($"{"kind",-14}{"count",9}{"per s",9}{"p50 ms",9}{"p95 ms",9}{"p99 ms",9}{"errors",8}");
        foreach (var kind in samples.Keys.Union(errors.Keys).Order())
        {
            var values = samples.TryGetValue(kind, out var bag) ? bag.Order().ToArray() : [];
            errors.TryGetValue(kind, out var failed);
            Console.WriteLine($"{kind,-14}{values.Length,9}{values.Length / elapsed,9:N0}{P(values, 0.50),9:N1}{P(values, 0.95),9:N1}{P(values, 0.99),9:N1}{failed,8}");
        }

        var total = samples.Values.Sum(b => b.Count);
        Console.WriteLine($"{"all",-14}{total,9}{total / elapsed,9:N0}{"",27}{errors.Values.Sum(),8}");
        Console.WriteLine($"load driver's own CPU: {driverCpu.TotalSeconds:N1} s in {elapsed:N0} s ({driverCpu.TotalSeconds / elapsed:N2} of {Environment.ProcessorCount} cores), "
            + $"{driverCpu.TotalMilliseconds / Math.Max(1, total):N2} ms per counted request");
        if (appCpu is { } used)
        {
            Console.WriteLine($"the app's CPU (process {app!.ProcessId}): {used.TotalSeconds:N1} s in {elapsed:N0} s ({used.TotalSeconds / elapsed:N2} of {Environment.ProcessorCount} cores), "
                + $"{used.TotalMilliseconds / Math.Max(1, total):N2} ms per counted request");
        }

        if (app?.ResidentMegabytes() is { } resident)
        {
            Console.WriteLine($"the app's resident memory at the end: {resident:N0} MB");
            if (idleRss > 0)
            {
                await Task.Delay(TimeSpan.FromSeconds(idleRss));
                Console.WriteLine($"the app's resident memory after {idleRss} s without requests: {app.ResidentMegabytes():N0} MB");
            }
        }
        foreach (var (answer, count) in Failures.OrderByDescending(f => f.Value).Take(5))
        {
            Console.WriteLine($"  {count} × {answer}");
        }

        if (timeline)
        {
            // Second by second (of when each request was due, or sent), to tell a steady queue from a stall.
            Console.WriteLine($"{"second",-8}{"count",8}{"p50 ms",9}{"p95 ms",9}{"max ms",9}");
            foreach (var second in bySecond.GroupBy(s => s.Second).OrderBy(g => g.Key))
            {
                var values = second.Select(s => s.Milliseconds).Order().ToArray();
                Console.WriteLine($"{second.Key,-8}{values.Length,8}{P(values, 0.50),9:N1}{P(values, 0.95),9:N1}{values[^1],9:N1}");
            }
        }

        return 0;
    }

    /// <summary>What the refused transitions answered (status and the start of the problem), for the report.</summary>
    private static readonly ConcurrentDictionary<string, int> Failures = new();

    /// <summary>The <paramref name="q"/> quantile of sorted latencies (nearest rank); NaN when there are none.</summary>
    internal static double P(double[] sorted, double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    private static (string Kind, Func<HttpClient, Task<bool>>? Send) Pick(VirtualUser u, Random random, string mix, long maxId)
    {
        if (mix == "transitions" || (mix == "all" && u.Account.IsOfficer && u.Cases.Count > 0 && random.Next(4) == 0))
        {
            return u.Cases.Count == 0 ? ("transition", null) : ("transition", http => u.TransitionAsync(http, u.NextCase()));
        }

        var roll = random.Next(100);
        return roll switch
        {
            < 25 => ("list", http => u.Account.GetOkAsync(http, "/api/cases?pageSize=20")),
            < 32 => ("list-state", http => u.Account.GetOkAsync(http, "/api/cases?pageSize=20&state=Executing")),
            < 38 => ("overdue", http => u.Account.GetOkAsync(http, "/api/cases?pageSize=20&overdue=true")),
            < 52 => ("search-name", http => u.Account.GetOkAsync(http, "/api/cases?pageSize=20&q=" + Uri.EscapeDataString(NameSearches[random.Next(NameSearches.Length)]))),
            < 58 => ("search-code", http => u.Account.GetOkAsync(http, "/api/cases?pageSize=20&q=91371625" + "ABCDEFGH"[random.Next(8)])),
            < 62 => ("search-number", http => u.Account.GetOkAsync(http, "/api/cases?pageSize=20&q=" + Uri.EscapeDataString("博环立字〔2026〕1"))),
            < 82 => ("detail", http => u.Account.GetOkAsync(http, $"/api/cases/{1 + random.NextInt64(Math.Max(1, maxId))}", allowNotFound: true)),
            < 92 => ("home", http => u.Account.GetOkAsync(http, "/")),
            _ => ("deadlines", http => u.Account.GetOkAsync(http, "/deadlines")),
        };
    }

    private sealed class VirtualUser(int index, Account account)
    {
        public int Index { get; } = index;

        public Account Account { get; } = account;

        public List<long> Cases { get; } = [];

        private int next;

        /// <summary>The user's cases in turn, so that each grows by as many steps as the others.</summary>
        public long NextCase() => Cases[next++ % Cases.Count];

        /// <summary>The version and officers of each case as this user last saw them (from the step's own answer).</summary>
        private readonly Dictionary<long, (Guid Version, string?[] Officers)> seen = [];

        /// <summary>
        /// Records an inspection on the case, as an officer of the case, with the version the user last saw. The
        /// case is read first only when the user has not seen it yet or was told it changed (409): a step's answer
        /// is the case as the step left it, so an officer who goes on working on the case already holds its version.
        /// </summary>
        public async Task<bool> TransitionAsync(HttpClient http, long id)
        {
            if (!seen.TryGetValue(id, out var known))
            {
                using var read = Account.Request(HttpMethod.Get, $"/api/cases/{id}");
                using var response = await http.SendAsync(read);
                if (!response.IsSuccessStatusCode)
                {
                    return false;
                }

                known = Seen(await response.Content.ReadAsByteArrayAsync());
            }

            using var step = Account.Request(HttpMethod.Post, $"/api/cases/{id}/actions/RecordInvestigation");
            step.Content = JsonContent.Create(new
            {
                version = known.Version,
                kind = "Inspection",
                on = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                place = "厂区",
                officers = known.Officers,
                summary = "复查现场，治污设施运行。",
            });
            using var stepped = await http.SendAsync(step);
            var answer = await stepped.Content.ReadAsByteArrayAsync();
            if (stepped.StatusCode == HttpStatusCode.OK)
            {
                seen[id] = Seen(answer);
                return true;
            }

            seen.Remove(id);
            var problem = JsonDocument.Parse(answer).RootElement;
            var detail = problem.TryGetProperty("errors", out var fields) ? fields.ToString()
                : problem.TryGetProperty("detail", out var d) ? d.ToString() : System.Text.Encoding.UTF8.GetString(answer);
            Failures.AddOrUpdate($"{(int)stepped.StatusCode} {detail} (officers {string.Join(",", known.Officers)})", 1, (_, n) => n + 1);
            return false;
        }

        /// <summary>
        /// The version and the officers' user ids of a case view, read straight from its bytes. The driver runs on the
        /// cores the app is measured on, and a case under load grows by a record and a history line per step: parsing
        /// the whole answer into a document (as it did) cost it a sizeable share of a core at a few hundred steps a second.
        /// </summary>
        private static (Guid Version, string?[] Officers) Seen(ReadOnlySpan<byte> view)
        {
            var reader = new Utf8JsonReader(view);
            Guid? version = null;
            List<string?>? officers = null;
            reader.Read(); // the view's object
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && (version is null || officers is null))
            {
                if (reader.ValueTextEquals("version"u8))
                {
                    reader.Read();
                    version = reader.GetGuid();
                }
                else if (reader.ValueTextEquals("officers"u8))
                {
                    reader.Read();
                    officers = [];
                    while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                    {
                        string? userId = null;
                        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                        {
                            var isUserId = reader.ValueTextEquals("userId"u8);
                            reader.Read();
                            if (isUserId)
                            {
                                userId = reader.GetString();
                            }
                            else
                            {
                                reader.Skip();
                            }
                        }

                        officers.Add(userId);
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            return (version ?? throw new InvalidDataException("The case view has no version."), [.. officers ?? []]);
        }
    }

    private sealed class Account(string userName, string token, string userId, bool isOfficer)
    {
        public string UserName { get; } = userName;

        public bool IsOfficer { get; } = isOfficer;

        public static async Task<Account> SignInAsync(HttpClient http, string userName, string password)
        {
            var token = await BearerApi.SignInAsync(http, userName, password);
            var account = new Account(userName, token, "", false);
            using var me = account.Request(HttpMethod.Get, "/api/auth/me");
            using var who = await http.SendAsync(me);
            var body = JsonDocument.Parse(await who.Content.ReadAsStringAsync()).RootElement;
            var roles = body.TryGetProperty("roles", out var r) ? r.EnumerateArray().Select(x => x.GetString()).ToList() : [];
            var id = body.TryGetProperty("id", out var i) ? i.GetString()! : body.TryGetProperty("userId", out var u) ? u.GetString()! : "";
            return new Account(userName, token, id, roles.Contains("Officer"));
        }

        public HttpRequestMessage Request(HttpMethod method, string path) => BearerApi.Request(token, method, path);

        public async Task<bool> GetOkAsync(HttpClient http, string path, bool allowNotFound = false)
        {
            using var request = Request(HttpMethod.Get, path);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            return response.IsSuccessStatusCode || (allowNotFound && response.StatusCode == HttpStatusCode.NotFound);
        }

        public async Task<List<long>> InvestigationCasesAsync(HttpClient http, int count)
        {
            using var request = Request(HttpMethod.Get, $"/api/cases?state=Investigation&pageSize={count}&officer={Uri.EscapeDataString(userId)}");
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var list = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            return [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64())];
        }

        public async Task<long> MaxCaseIdAsync(HttpClient http)
        {
            using var request = Request(HttpMethod.Get, "/api/cases?pageSize=1");
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var items = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("items");
            return items.GetArrayLength() == 0 ? 0 : items[0].GetProperty("id").GetInt64();
        }
    }
}
