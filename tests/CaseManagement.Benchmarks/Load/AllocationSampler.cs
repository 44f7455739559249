using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace CaseManagement.Benchmarks.Load;

/// <summary>
/// The runtime's allocation samples in this process (an event about every 100 KB allocated, naming the type that
/// crossed the mark): which types a step allocates most, by their share of the samples.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> bytes = new();
    private volatile bool counting;

    public void Start() => counting = true;

    public void Stop() => counting = false;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!counting || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
        {
            return;
        }

        var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a]) : 100_000;
        bytes.AddOrUpdate(type, amount, (_, n) => n + amount);
    }

    public void Print(int top)
    {
        var total = bytes.Values.Sum();
        Console.WriteLine($"allocation samples: {total / 1_048_576.0:N0} MB sampled; the types allocated most:");
        foreach (var (type, amount) in bytes.OrderByDescending(x => x.Value).Take(top))
        {
            Console.WriteLine($"  {100.0 * amount / total,5:N1}%  {type}");
        }
    }
}
