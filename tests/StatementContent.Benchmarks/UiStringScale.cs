using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatementContent.Generators;
using StatementContent.Testing;

namespace StatementContent.Benchmarks;

/// <summary>
/// UI string scale: a consumer with N UI strings (English and Russian, half of them with a plural format) through the
/// real generator and then the compiler (binding, flow analysis and emit of everything generated, as <c>csc</c> does in
/// a build). Each size runs in a fresh process; the compile time of N strings is compared with that of 10 in the same run.
/// </summary>
public static class UiStringScale
{
    private static readonly int[] Sizes = { 10, 1_000, 10_000, 50_000 };

    public static int Report()
    {
        Console.WriteLine("| UI strings | strings.json | generator | compiler (bind + emit) | compiler ÷ 10 strings' | compiler CPU time | CPU ÷ 10 strings' | UiStrings.g.cs | process peak working set |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        string self = Path.Combine(AppContext.BaseDirectory, "StatementContent.Benchmarks");
        double? baseline = null;
        double? cpuBaseline = null;
        foreach (int size in Sizes)
        {
            var start = new ProcessStartInfo(self, new[] { "ui-scale-one", size.ToString(CultureInfo.InvariantCulture) }) { RedirectStandardOutput = true };
            using Process process = Process.Start(start)!;
            string line = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Console.WriteLine(line);
                return process.ExitCode;
            }

            // ui-scale-one prints: size|json KiB|generator ms|compiler ms|source KiB|peak MiB|compiler CPU ms. The CPU
            // time (every thread of the process, the JIT's and the GC's too) moves less than the elapsed time when
            // other work shares the cores.
            string[] cells = line.Split('|');
            double compile = double.Parse(cells[3], CultureInfo.InvariantCulture);
            double cpu = double.Parse(cells[6], CultureInfo.InvariantCulture);
            baseline ??= compile;
            cpuBaseline ??= cpu;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {cells[0]} | {cells[1]} KiB | {cells[2]} ms | {compile:F0} ms | {compile / baseline.Value:F2} | {cpu:F0} ms | {cpu / cpuBaseline.Value:F2} | {cells[4]} KiB | {cells[5]} MiB |"));
        }

        return 0;
    }

    public static int MeasureOne(int size)
    {
        string[] parts = Strings(size);
        var files = parts.Select((json, i) => (AdditionalText)new InMemoryAdditionalText(i == 0 ? "/content/strings.json" : $"/content/strings-{i}/strings.json", json)).ToImmutableArray();
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Synthetic", Array.Empty<SyntaxTree>(), ScaleHarness.ConsumerReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new StatementGenerator().AsSourceGenerator() }, files, CSharpParseOptions.Default, new ContentOptionsProvider("Synthetic", "public"))
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        TimeSpan generator = driver.GetTimingInfo().ElapsedTime;

        // The compiler's work on the generated code: a fresh compilation of the same trees, bound and emitted.
        Compilation fresh = CSharpCompilation.Create("Synthetic", output.SyntaxTrees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), (CSharpParseOptions)t.Options, t.FilePath)),
            ScaleHarness.ConsumerReferences, (CSharpCompilationOptions)output.Options);
        long start = Stopwatch.GetTimestamp();
        TimeSpan cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        using var assembly = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = fresh.Emit(assembly);
        double compile = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalMilliseconds;
        ImmutableArray<Diagnostic> problems = driver.GetRunResult().Diagnostics.Concat(emitted.Diagnostics).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        if (!emitted.Success || !problems.IsEmpty)
        {
            Console.WriteLine(string.Join("\n", problems.Take(5)));
            return 1;
        }

        int source = output.SyntaxTrees.Where(t => t.FilePath.EndsWith("UiStrings.g.cs", StringComparison.Ordinal)).Sum(t => t.GetText().Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{size}|{parts.Sum(p => Encoding.UTF8.GetByteCount(p)) / 1024.0:F0}|{generator.TotalMilliseconds:F0}|{compile:F0}|{source * 2 / 1024.0:F0}|{Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0}|{cpu:F0}"));
        return 0;
    }

    /// <summary>
    /// <c>ui-compile N [runs]</c>: the compiler's work on the generated code of N UI strings, warm — the same trees bound
    /// and emitted again and again in one process, as the compiler server does across builds — per run elapsed and CPU time.
    /// With <c>STATEMENT_BENCHMARKS_UI_SOURCE</c> set to a file, that file is compiled instead of the generated
    /// UiStrings.g.cs (to try another shape of the generated code by hand).
    /// </summary>
    public static int CompileWarm(int size, int runs)
    {
        var files = Strings(size).Select((json, i) => (AdditionalText)new InMemoryAdditionalText(i == 0 ? "/content/strings.json" : $"/content/strings-{i}/strings.json", json)).ToImmutableArray();
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Synthetic", Array.Empty<SyntaxTree>(), ScaleHarness.ConsumerReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(new[] { new StatementGenerator().AsSourceGenerator() }, files, CSharpParseOptions.Default, new ContentOptionsProvider("Synthetic", "public"))
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        string? replacement = Environment.GetEnvironmentVariable("STATEMENT_BENCHMARKS_UI_SOURCE");
        (string Path, string Text)[] sources = output.SyntaxTrees
            .Select(t => (t.FilePath, replacement is not null && t.FilePath.EndsWith("UiStrings.g.cs", StringComparison.Ordinal) ? File.ReadAllText(replacement) : t.GetText().ToString()))
            .ToArray();
        if (Environment.GetEnvironmentVariable("STATEMENT_BENCHMARKS_UI_DUMP") is { } dump)
        {
            File.WriteAllText(dump, sources.First(s => s.Path.EndsWith("UiStrings.g.cs", StringComparison.Ordinal)).Text);
        }

        // As csc parses without /doc (a build without GenerateDocumentationFile): doc comments are trivia, not XML.
        CSharpParseOptions parse = CSharpParseOptions.Default.WithDocumentationMode(
            Environment.GetEnvironmentVariable("STATEMENT_BENCHMARKS_UI_DOCS") is null ? DocumentationMode.None : DocumentationMode.Diagnose);
        for (int run = 0; run <= runs; run++)
        {
            long start = Stopwatch.GetTimestamp();
            TimeSpan cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
            Compilation fresh = CSharpCompilation.Create("Synthetic", sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, s.Path)),
                ScaleHarness.ConsumerReferences, (CSharpCompilationOptions)output.Options);
            using var assembly = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult emitted = fresh.Emit(assembly);
            double elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalMilliseconds;
            if (!emitted.Success)
            {
                Console.WriteLine(string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
                return 1;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size} UI strings, compile {run}{(run == 0 ? " (JIT)" : "")}: parse + bind + emit {elapsed:F0} ms, CPU {cpu:F0} ms, {assembly.Length / 1024} KiB"));
        }

        return 0;
    }

    /// <summary>
    /// N strings: every other one plain, the rest a plural format with a count; 5,000 to a strings.json, as a large
    /// app would split them (one file may hold 2 Mi characters, STC1106).
    /// </summary>
    internal static string[] Strings(int size) =>
        Enumerable.Range(0, (size + PerFile - 1) / PerFile).Select(file => Strings(file * PerFile, Math.Min(size, (file + 1) * PerFile))).ToArray();

    private const int PerFile = 5_000;

    private static string Strings(int from, int to)
    {
        var json = new StringBuilder("{ \"strings\": {\n");
        for (int i = from; i < to; i++)
        {
            json.Append(i == from ? "" : ",\n");
            json.Append(i % 2 == 0
                ? $"\"Label{i}\": {{ \"en\": \"Label number {i}\", \"ru\": \"Метка номер {i}\" }}"
                : $"\"Count{i}\": {{ \"parameters\": [\"count\"], \"en\": {{ \"one\": \"{{count}} item {i}\", \"other\": \"{{count}} items {i}\" }}, \"ru\": {{ \"one\": \"{{count}} элемент {i}\", \"few\": \"{{count}} элемента {i}\", \"many\": \"{{count}} элементов {i}\", \"other\": \"{{count}} элемента {i}\" }} }}");
        }

        return json.Append("\n} }\n").ToString();
    }
}
