using BenchmarkDotNet.Running;
using CaseManagement.Benchmarks.Load;

namespace CaseManagement.Benchmarks;

/// <summary>
/// <c>seed --cases N</c> fills a database (<see cref="CaseSeeder"/>); <c>load --users U --seconds S</c> drives a running
/// app (<see cref="LoadDriver"/>); <c>steps --workers W --seconds S</c> runs its transitions in this process, without HTTP (<see cref="StepDriver"/>); <c>audit-verify --entries N</c> measures the audit chain; <c>pdf</c> the PDF throughput; <c>integrity</c> races, numbers and kill -9 (<see cref="Integrity.IntegrityDriver"/>); anything else goes to BenchmarkDotNet (<c>--filter '*'</c>).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "seed":
                return await CaseSeeder.RunAsync(args[1..]);
            case "load":
                WaitWithoutSpinning();
                return await LoadDriver.RunAsync(args[1..]);
            case "steps":
                // dotnet run -c Release --project tests/CaseManagement.Benchmarks -- steps --workers 100 --warmup 30 --seconds 25
                return await StepDriver.RunAsync(args[1..]);
            case "audit-verify":
                // dotnet run -c Release --project tests/CaseManagement.Benchmarks -- audit-verify --entries 10000000
                await AuditVerifyCommand.RunAsync(args[1..]);
                return 0;
            case "integrity":
                // dotnet run -c Release --project tests/CaseManagement.Benchmarks -- integrity --races 60 --crashes 5
                WaitWithoutSpinning();
                return await Integrity.IntegrityDriver.RunAsync(args[1..]);
            case "pdf":
                return await PdfThroughput.RunAsync(args);
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }

    /// <summary>
    /// The drivers that send HTTP requests run on the cores the app is measured on and mostly wait for its answers: their
    /// idle pool threads go to sleep at once instead of spinning in <c>sched_yield</c> first (a third of the load driver's
    /// samples; README, Performance, round 20). Set before the first work item starts the pool's workers, which read it
    /// once. <c>steps</c> runs the app's own code in this process and keeps the runtime's default, as the app does.
    /// </summary>
    private static void WaitWithoutSpinning() => AppContext.SetData("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit", 0);
}
