using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace StatementContent.Benchmarks;

/// <summary>
/// Cold start: in a fresh process, the time from Main to holding the first paragraph in Russian, per approach,
/// each with its natural API. <c>report</c> runs every approach in new processes of this program (as built, or as
/// published ReadyToRun or NativeAOT: it measures whichever it is) and prints medians.
/// </summary>
public static class ColdStart
{
    public static readonly string[] Names = { "generated", "resourcemanager", "stringlocalizer", "systemtextjson" };

    /// <summary>One measurement in this process; <paramref name="mainStarted"/> is the timestamp taken first thing in Main.</summary>
    public static int Measure(long mainStarted, string approach, string jsonPath)
    {
        // One method per approach, not inlined: compiling this dispatch must not load any approach's assemblies
        // (a method is compiled whole, so one body naming every approach's types would load them all for each).
        string paragraph = approach switch
        {
            "generated" => Generated(),
            "resourcemanager" => ResourceManagerFirstLoad(),
            "stringlocalizer" => StringLocalizerFirstLoad(),
            "systemtextjson" => SystemTextJsonParse(jsonPath),
            _ => throw new ArgumentException("Unknown approach " + approach),
        };
        double microseconds = Stopwatch.GetElapsedTime(mainStarted).TotalMicroseconds;
        Console.WriteLine(microseconds.ToString("F1", CultureInfo.InvariantCulture) + " " + paragraph.Length);
        return paragraph.StartsWith("Коммунистические", StringComparison.Ordinal) ? 0 : 1;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string Generated() => Statements.CentralAsiaIdeologyBan.Paragraphs[0].Ru;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string ResourceManagerFirstLoad() =>
        Approaches.CreateResourceManager().GetString("Paragraph1", CultureInfo.GetCultureInfo("ru"))!;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string StringLocalizerFirstLoad() => WithUiCulture("ru", () => Approaches.CreateLocalizer()["Paragraph1"].Value);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string SystemTextJsonParse(string jsonPath) => Approaches.ParseJson(File.ReadAllBytes(jsonPath)).Paragraphs[0]["ru"];

    public static int Report(int runs)
    {
        string jsonPath = Path.Combine(Path.GetTempPath(), "statementcontent-coldstart.json");
        File.WriteAllBytes(jsonPath, Approaches.ExportJson());
        string self = Environment.ProcessPath!;
        var medians = new Dictionary<string, double>();
        foreach (string approach in Names)
        {
            var samples = new List<double>();
            for (int i = 0; i < runs; i++)
            {
                var start = new ProcessStartInfo(self, new[] { "measure", approach, jsonPath }) { RedirectStandardOutput = true };
                using Process process = Process.Start(start)!;
                string output = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    throw new InvalidOperationException($"{approach} run failed: {output}");
                }

                samples.Add(double.Parse(output.Split(' ')[0], CultureInfo.InvariantCulture));
            }

            samples.Sort();
            medians[approach] = runs % 2 == 1 ? samples[runs / 2] : (samples[(runs / 2) - 1] + samples[runs / 2]) / 2;
        }

        Console.WriteLine($"| approach | median, Main → first Russian paragraph ({runs} fresh processes) | × the generated API's time |");
        Console.WriteLine("|---|---|---|");
        foreach (string approach in Names)
        {
            Console.WriteLine($"| {approach} | {medians[approach]:F0} µs | {medians[approach] / medians["generated"]:F1}× |");
        }

        return 0;
    }

    private static string WithUiCulture(string name, Func<string> read)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        return read();
    }
}
