using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using Xunit;

namespace StatementContent.Tests.Concurrency;

/// <summary>Tests that start processes of their own and load the machine: run alone, not beside other test classes.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public class FreshProcessCollection
{
    public const string Name = "fresh processes";
}

/// <summary>
/// The runtime's lock-free paths (each listed on <see cref="RaceProbe"/>) under many threads reading every culture at
/// once while every cache is still cold: in fresh processes, since the caches are per process, and for many rounds,
/// since a race shows in few. Before the answer cache published its answers as one snapshot, a round threw
/// "Destination array was not long enough" from <c>LocalizedText.Learn</c> once in 20 to 40 seconds of rounds on a
/// busy 2-core machine, and 7 of 8 runs of this test failed (issue 18).
/// </summary>
[Collection(FreshProcessCollection.Name)]
public class LockFreeRaceTests
{
    /// <summary>Fresh processes per test run, and the time each spends on rounds (it finishes the round it is in).</summary>
    private const int Processes = 3;

    private const int MillisecondsPerProcess = 7_000;

    [Fact]
    public void Many_threads_reading_every_culture_in_fresh_processes_get_the_single_threaded_answers()
    {
        int threads = Math.Clamp(2 * Environment.ProcessorCount, 4, 16);
        var outputs = new List<string>();
        var failed = new List<string>();
        for (int run = 0; run < Processes; run++)
        {
            (int exitCode, string output) = RunProbe(seed: 1000 * (run + 1), threads);
            outputs.Add(output.Trim());
            if (exitCode != 0)
            {
                failed.Add($"process {run} (exit code {exitCode}):\n{output}");
            }
        }

        Assert.True(failed.Count == 0, $"{failed.Count} of {Processes} fresh processes read a wrong answer or threw; the first:\n{(failed.Count > 0 ? failed[0] : "")}");
        Assert.All(outputs, output => Assert.StartsWith("ok: ", output, StringComparison.Ordinal));
    }

    private static (int ExitCode, string Output) RunProbe(int seed, int threads)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in new[] { typeof(RaceProbe).Assembly.Location, RaceProbe.Command, Number(seed), Number(threads), Number(MillisecondsPerProcess) })
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "no answer in 120 s\n" + output);
        }

        return (process.ExitCode, output + error.Result);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
