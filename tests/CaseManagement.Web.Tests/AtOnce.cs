namespace CaseManagement.Web.Tests;

/// <summary>
/// Runs <c>count</c> pieces of work on threads of their own, released together by a barrier: servers of one deployment
/// starting or writing at the same moment.
/// </summary>
public static class AtOnce
{
    public static async Task<T[]> RunAsync<T>(int count, Func<int, T> each)
    {
        using var start = new Barrier(count);
        return await Task.WhenAll(Enumerable.Range(0, count).Select(n => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            return each(n);
        }, TaskCreationOptions.LongRunning)));
    }

    public static Task RunAsync(int count, Action<int> each) => RunAsync(count, n =>
    {
        each(n);
        return true;
    });
}
