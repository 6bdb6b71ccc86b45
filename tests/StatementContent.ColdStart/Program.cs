using System;
using System.Diagnostics;
using System.Globalization;
using StatementContent.Benchmarks;

// The first thing Main does: the measurements count from here.
long mainStarted = Stopwatch.GetTimestamp();

switch (args.Length > 0 ? args[0] : "")
{
    case "measure": // one measurement in this process: measure <approach> <json path>
        return ColdStart.Measure(mainStarted, args[1], args[2]);
    case "report": // report [runs]: every approach in fresh processes of this program, medians
        return ColdStart.Report(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 21);
    default:
        Console.Error.WriteLine("usage: StatementContent.ColdStart report [runs] | measure <approach> <json path>");
        return 2;
}
