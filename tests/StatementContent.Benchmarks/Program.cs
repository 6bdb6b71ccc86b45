using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using StatementContent.Benchmarks;

// The first thing Main does: the cold-start measurements count from here.
long mainStarted = Stopwatch.GetTimestamp();

static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

switch (args.Length > 0 ? args[0] : "")
{
    case "coldstart": // one measurement: coldstart <approach> <json path>
        return ColdStart.Measure(mainStarted, args[1], args[2]);
    case "coldstart-report": // coldstart-report [runs]
        return ColdStart.Report(args.Length > 1 ? Number(args[1]) : 21);
    case "scale":
        return ScaleHarness.Report();
    case "scale-one": // scale-one <statements> <languages>
        return ScaleHarness.MeasureOne(Number(args[1]), Number(args[2]));
    default: // BenchmarkDotNet, e.g. --filter '*' --job short
        BenchmarkSwitcher.FromAssembly(typeof(LocalizedReadBenchmarks).Assembly).Run(args);
        return 0;
}
