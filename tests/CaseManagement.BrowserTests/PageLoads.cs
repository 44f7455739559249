using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace CaseManagement.BrowserTests;

/// <summary>
/// Waiting for a page's next document without waiting for chromium's load event to reach Playwright. In full CI runs a
/// page after a login has several times had nothing in flight (Playwright reported network idle) and still no load event
/// for 90 s; Playwright's <c>WaitForURLAsync</c> waits for that event once the address matches, whatever it is told to
/// wait until. So the address is polled, and the document itself is asked whether it has loaded
/// (<c>document.readyState</c>). A document that has not loaded after 45 s is reported on the error output, with what it
/// was still waiting for (and in the session's problems when a request was still unanswered), and loaded once more; if it
/// does not load then either, the timeout says what both were waiting for.
/// </summary>
public sealed class PageLoads
{
    private static readonly ConditionalWeakTable<IPage, PageLoads> ByPage = [];

    private readonly IPage page;
    private readonly List<string>? problems;

    // Requests chromium started and has not finished or failed, with when they started: what a stalled page waits on.
    private readonly ConcurrentDictionary<IRequest, DateTime> pending = new();

    private PageLoads(IPage page, List<string>? problems)
    {
        this.page = page;
        this.problems = problems;
        page.Request += (_, request) => pending[request] = DateTime.UtcNow;
        page.RequestFinished += (_, request) => pending.TryRemove(request, out DateTime _);
        page.RequestFailed += (_, request) => pending.TryRemove(request, out DateTime _);
    }

    /// <summary>Watches a new page from its first request; a stall with a request unanswered is added to <paramref name="problems"/>.</summary>
    public static PageLoads Watch(IPage page, List<string>? problems = null) => ByPage.GetValue(page, p => new PageLoads(p, problems));

    /// <summary>Waits (90 s) until the page's address satisfies <paramref name="matches"/>, then until that document has loaded.</summary>
    public async Task WaitForAddressAsync(Func<Uri, bool> matches, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!matches(new Uri(page.Url)))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The page did not reach {what} in 90 s (at {page.Url}). Requests in flight: {InFlight()}.");
            }

            await Task.Delay(100);
        }

        await WaitUntilLoadedAsync();
    }

    /// <summary>Waits until the current document has loaded (see the class).</summary>
    public async Task WaitUntilLoadedAsync()
    {
        var first = await LoadedWithinAsync(TimeSpan.FromSeconds(45));
        if (first is null)
        {
            return;
        }

        // With a request still unanswered, the stall is the app's (or the network's) to answer for, and the test's check of
        // problems fails naming it. With nothing in flight, as in the CI failures, it is chromium's, and only reported here.
        if (!pending.IsEmpty)
        {
            problems?.Add($"page load stalled: {first}");
        }

        await Console.Error.WriteLineAsync($"browser: {first}; loading it again");
        await page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.Commit });
        var second = await LoadedWithinAsync(TimeSpan.FromSeconds(45));
        if (second is not null)
        {
            throw new TimeoutException($"{first} Loaded again: {second}");
        }
    }

    // Null once the document reports itself loaded; otherwise what it was waiting for when the time ran out.
    private async Task<string?> LoadedWithinAsync(TimeSpan time)
    {
        try
        {
            await page.WaitForFunctionAsync("() => document.readyState === 'complete'", null,
                new PageWaitForFunctionOptions { PollingInterval = 100, Timeout = (float)time.TotalMilliseconds });
            return null;
        }
        catch (TimeoutException)
        {
            return $"{page.Url} did not finish loading in {time.TotalSeconds:0} s. {await DescribeLoadingAsync()}";
        }
    }

    private async Task<string> DescribeLoadingAsync()
    {
        var inPage = page.EvaluateAsync<string>(
            """
            () => document.readyState + '; incomplete: ' + ([
              ...[...document.querySelectorAll('link[rel=stylesheet]')].filter(l => !l.sheet).map(l => l.href),
              ...[...document.images].filter(i => !i.complete).map(i => i.src),
              ...[...document.querySelectorAll('iframe')].filter(f => { try { return f.contentDocument?.readyState !== 'complete'; } catch { return true; } })
                .map(f => 'iframe ' + f.src)].join(', ') || 'none')
            """);
        // The renderer itself may be what stalls: never wait on it for long here.
        var state = await Task.WhenAny(inPage, Task.Delay(5_000)) == inPage && inPage.IsCompletedSuccessfully
            ? inPage.Result
            : "the page did not answer within 5 s";
        return $"Document: {state}. Requests in flight: {InFlight()}.";
    }

    private string InFlight()
    {
        var now = DateTime.UtcNow;
        var requests = string.Join("; ", pending.Select(entry =>
            $"{entry.Key.Method} {entry.Key.Url} ({entry.Key.ResourceType}, {(now - entry.Value).TotalSeconds:0.0} s)"));
        return requests.Length == 0 ? "none" : requests;
    }
}

/// <summary>The page's next document, as <see cref="PageLoads"/> waits for it.</summary>
public static class PageLoadExtensions
{
    /// <summary>Until the address's path satisfies <paramref name="matches"/> and that document has loaded.</summary>
    public static Task WaitForPathAsync(this IPage page, Func<string, bool> matches, string what) =>
        PageLoads.Watch(page).WaitForAddressAsync(url => matches(url.AbsolutePath), what);

    /// <summary>Until the address's path is <paramref name="path"/> and that document has loaded.</summary>
    public static Task WaitForPathAsync(this IPage page, string path) =>
        page.WaitForPathAsync(p => p == path, path);
}
