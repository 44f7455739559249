using BenchmarkDotNet.Running;

namespace CaseManagement.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        // dotnet run -c Release --project tests/CaseManagement.Benchmarks -- audit-verify --entries 10000000
        if (args is ["audit-verify", ..])
        {
            AuditVerifyCommand.RunAsync(args[1..]).GetAwaiter().GetResult();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
