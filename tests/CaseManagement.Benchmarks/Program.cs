using BenchmarkDotNet.Running;

namespace CaseManagement.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["pdf", ..])
        {
            return PdfThroughput.RunAsync(args).GetAwaiter().GetResult();
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
