using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;
using StatementContent.Published;

namespace StatementContent.Benchmarks;

/// <summary>
/// Cold start: in a fresh process, the time from Main to holding the first paragraph in Russian, per approach,
/// each with its natural API. <c>report</c> runs every approach in new processes of this program (as built, or as
/// published ReadyToRun or NativeAOT: it measures whichever it is), one process of each approach per round, and
/// prints medians.
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
        var rows = new List<(string Name, string Program, string Approach)>();
        foreach (string approach in Names)
        {
            rows.Add((approach, self, approach));
        }

        // A Release build runs the package's precompiled image of the library (see the project file) and keeps the
        // IL assembly in il/: the same program beside it, with the IL assembly, measures the library uncompiled.
        string ilAssembly = Path.Combine(AppContext.BaseDirectory, "il", LibraryFile);
        string? ilCopy = File.Exists(ilAssembly) ? CopyWithLibrary(ilAssembly) : null;
        if (ilCopy != null)
        {
            rows.Insert(1, ("generated, IL only", Path.Combine(ilCopy, Path.GetFileName(self)), "generated"));
        }

        // Round by round, every approach once per round: a machine that speeds up or slows down during the run moves
        // every approach alike, so the ratios hold even when the absolute times drift.
        var samples = rows.Select(_ => new List<double>()).ToArray();
        try
        {
            for (int round = 0; round < runs; round++)
            {
                for (int row = 0; row < rows.Count; row++)
                {
                    samples[row].Add(MeasureInNewProcess(rows[row].Program, rows[row].Approach, jsonPath));
                }
            }
        }
        finally
        {
            if (ilCopy != null)
            {
                Directory.Delete(ilCopy, recursive: true);
            }
        }

        Console.WriteLine($"StatementContent.dll: {Describe(Path.Combine(AppContext.BaseDirectory, LibraryFile))}");
        Console.WriteLine();
        Console.WriteLine($"| approach | median, Main → first Russian paragraph ({runs} fresh processes each, approaches interleaved) | × the generated API's time |");
        Console.WriteLine("|---|---|---|");
        double generated = Median(samples[0]);
        for (int row = 0; row < rows.Count; row++)
        {
            double median = Median(samples[row]);
            Console.WriteLine($"| {rows[row].Name} | {median:F0} µs | {median / generated:F1}× |");
        }

        return 0;
    }

    private const string LibraryFile = "StatementContent.dll";

    /// <summary>One measurement: a fresh process of <paramref name="program"/> measuring one approach, in microseconds.</summary>
    private static double MeasureInNewProcess(string program, string approach, string jsonPath)
    {
        var start = new ProcessStartInfo(program, new[] { "measure", approach, jsonPath }) { RedirectStandardOutput = true };
        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{approach} run failed: {output}");
        }

        return double.Parse(output.Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private static double Median(List<double> samples)
    {
        var sorted = samples.OrderBy(sample => sample).ToList();
        int count = sorted.Count;
        return count % 2 == 1 ? sorted[count / 2] : (sorted[(count / 2) - 1] + sorted[count / 2]) / 2;
    }

    /// <summary>A copy of this program's directory (its files, not its subdirectories) with <paramref name="library"/> as the library.</summary>
    private static string CopyWithLibrary(string library)
    {
        string copy = Path.Combine(Path.GetTempPath(), "statementcontent-coldstart-il-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(copy);
        foreach (string file in Directory.GetFiles(AppContext.BaseDirectory))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)), overwrite: true);
        }

        File.Copy(library, Path.Combine(copy, LibraryFile), overwrite: true);
        return copy;
    }

    /// <summary>Whether the assembly file carries precompiled (ReadyToRun) code.</summary>
    private static string Describe(string assembly)
    {
        if (!File.Exists(assembly))
        {
            return "compiled into this program (NativeAOT)";
        }

        using var reader = new PEReader(File.OpenRead(assembly));
        return reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0
            ? "ReadyToRun image (precompiled)"
            : "IL only (JIT-compiled at run time)";
    }

    private static string WithUiCulture(string name, Func<string> read)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        return read();
    }
}
