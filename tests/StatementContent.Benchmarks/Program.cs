using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Running;
using StatementContent.Benchmarks;

// Cold start has its own program: tests/StatementContent.ColdStart.
static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

// The generator runs inside the compiler, and csc and the compiler server run with the server GC (their
// runtimeconfig.json): the harnesses that time the generator or the compiler in this process run the same way.
if (args.Length > 0 && args[0] is "scale-one" or "scale-steps" or "ui-steps" or "ui-scale-one" or "ui-compile" && !System.Runtime.GCSettings.IsServerGC
    && System.Environment.GetEnvironmentVariable(CompilerHost.Marker) is null)
{
    return CompilerHost.Rerun(args);
}

switch (args.Length > 0 ? args[0] : "")
{
    case "scale":
        return ScaleHarness.Report();
    case "scale-storage": // scale-storage <statements> <languages>: every way of storing the texts
        return ScaleHarness.Report(ScaleHarness.Storages.Select(storage => (Number(args[1]), Number(args[2]), storage)));
    case "scale-one": // scale-one <statements> <languages> [auto|literals|utf8|data-section]
        return ScaleHarness.MeasureOne(Number(args[1]), Number(args[2]), args.Length > 3 ? args[3] : "auto");
    case "scale-steps": // scale-steps <statements> <languages> [runs]: the warm run's time per pipeline step
        return ScaleHarness.Steps(Number(args[1]), Number(args[2]), args.Length > 3 ? Number(args[3]) : 3);
    case "ui-steps": // ui-steps <strings> [runs]: the same for N UI strings
        return ScaleHarness.UiSteps(Number(args[1]), args.Length > 2 ? Number(args[2]) : 3);
    case "ui-scale": // 10, 1,000, 10,000 and 50,000 UI strings through the generator and the compiler
        return UiStringScale.Report();
    case "ui-compile": // ui-compile <strings> [runs]: the compiler's warm work on the generated code of N UI strings
        return UiStringScale.CompileWarm(Number(args[1]), args.Length > 2 ? Number(args[2]) : 5);
    case "ui-scale-one": // ui-scale-one <strings>
        return UiStringScale.MeasureOne(Number(args[1]));
    case "ui-build": // ui-build [--docs] [--no-server] [--rounds R] [sizes…]: clean `dotnet build`s of a consumer with N UI strings
    {
        bool docs = args.Contains("--docs"), server = !args.Contains("--no-server");
        int at = System.Array.IndexOf(args, "--rounds");
        int rounds = at > 0 ? Number(args[at + 1]) : 3;
        int[] sizes = args.Skip(1).Where((a, i) => a != "--docs" && a != "--no-server" && a != "--rounds" && (i == 0 || args[i] != "--rounds")).Select(Number).ToArray();
        return UiStringBuild.Report(sizes.Length > 0 ? sizes : new[] { 10, 1_000, 10_000, 50_000 }, rounds, docs, server);
    }
    default: // BenchmarkDotNet, e.g. --filter '*' --job short
        BenchmarkSwitcher.FromAssembly(typeof(LocalizedReadBenchmarks).Assembly).Run(args);
        return 0;
}
