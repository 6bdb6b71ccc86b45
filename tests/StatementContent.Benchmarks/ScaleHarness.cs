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
/// Generator scale: synthetic content of N statements × L languages (each like the real one: 9 paragraphs of
/// ~400 characters, 21 parties, 2 groups) through the real generator, timed with the driver's own timing info.
/// Each size runs in a fresh process so its peak memory is its own.
/// </summary>
public static class ScaleHarness
{
    private static readonly (int Statements, int Languages)[] Sizes = { (1, 2), (10, 2), (100, 2), (1000, 2), (1000, 10) };

    /// <summary>
    /// What a consumer compiles against: the framework and the StatementContent runtime library (as the package
    /// gives it), so public statements are allowed (STC3007) and the runtime types are not compiled again.
    /// </summary>
    public static readonly ImmutableArray<MetadataReference> ConsumerReferences =
        RuntimeReferences.All.Add(MetadataReference.CreateFromFile(typeof(global::StatementContent.LocalizedText).Assembly.Location));

    /// <summary>How texts can be stored: the generator's choice, each forced, and the compiler's own data-section literals.</summary>
    public static readonly string[] Storages = { "auto", "literals", "utf8", "data-section" };

    private const string Header =
        "| statements × languages | texts stored as | content | generator, first run | generator, warm run | allocated in the warm run | process peak working set | compiled assembly | assembly ÷ content | first paragraph read (load + one statement) | every text read once |\n" +
        "|---|---|---|---|---|---|---|---|---|---|---|";

    /// <summary><c>scale</c>: every size with the default storage; <c>scale-storage N L</c>: one size, every storage.</summary>
    public static int Report(IEnumerable<(int Statements, int Languages, string Storage)>? runs = null)
    {
        Console.WriteLine(Header);
        string self = Path.Combine(AppContext.BaseDirectory, "StatementContent.Benchmarks");
        foreach ((int statements, int languages, string storage) in runs ?? Sizes.Select(s => (s.Statements, s.Languages, "auto")))
        {
            var start = new ProcessStartInfo(self, new[] { "scale-one", statements.ToString(CultureInfo.InvariantCulture), languages.ToString(CultureInfo.InvariantCulture), storage }) { RedirectStandardOutput = true };
            using Process process = Process.Start(start)!;
            Console.Write(process.StandardOutput.ReadToEnd());
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                return process.ExitCode;
            }
        }

        return 0;
    }

    public static int MeasureOne(int statements, int languages, string storage)
    {
        ImmutableArray<AdditionalText> files = Synthesize(statements, languages, out long contentBytes, out Dictionary<string, string[]> expected);
        CSharpParseOptions parseOptions = storage == "data-section"
            ? CSharpParseOptions.Default.WithFeatures(new[] { new KeyValuePair<string, string>("experimental-data-section-string-literals", "0") })
            : CSharpParseOptions.Default;
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Synthetic", Array.Empty<SyntaxTree>(), ConsumerReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        string property = storage == "data-section" ? "auto" : storage;

        // First run: what a build pays (includes JIT of the generator). Warm run: a fresh driver, same process.
        GeneratorDriver first = CreateDriver(files, parseOptions, property).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        TimeSpan firstTime = first.GetTimingInfo().ElapsedTime;
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        GeneratorDriver warm = CreateDriver(files, parseOptions, property).RunGenerators(compilation);
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        TimeSpan warmTime = warm.GetTimingInfo().ElapsedTime;

        // Errors only: near the literal limit the generator warns (STC2011), which is what a user of that size sees too.
        ImmutableArray<Diagnostic> problems = first.GetRunResult().Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
            .Concat(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)).ToImmutableArray();
        if (!problems.IsEmpty)
        {
            Console.Error.WriteLine(string.Join("\n", problems.Take(5)));
            return 1;
        }

        // Content past the compiler's limit on string literals (CS8103, 16 MiB of UTF-16) cannot become one assembly.
        using var assembly = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = output.Emit(assembly);
        long peak = Process.GetCurrentProcess().PeakWorkingSet64;
        if (!emitted.Success)
        {
            Console.Error.WriteLine(string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
            return 1;
        }

        string stored = storage == "auto"
            ? (output.SyntaxTrees.Any(t => t.ToString().Contains("ReadOnlySpan<byte> Utf8 =>", StringComparison.Ordinal)) ? "auto: UTF-8 data" : "auto: literals")
            : storage;
        (double firstRead, double readAll) = ReadBack(assembly.ToArray(), statements, expected);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {statements} × {languages} | {stored} | {contentBytes / 1024.0:F0} KiB | {firstTime.TotalMilliseconds:F0} ms | {warmTime.TotalMilliseconds:F0} ms | {allocated / 1048576.0:F0} MiB | {peak / 1048576.0:F0} MiB | {assembly.Length / 1024.0:F0} KiB | {(double)assembly.Length / contentBytes:F2} | {firstRead:F2} ms | {readAll:F0} ms |"));
        return 0;
    }

    /// <summary>
    /// Loads the compiled assembly and reads every paragraph of every statement in every language once, checking each
    /// against the content; returns the time to the first paragraph (load, type initialization, one statement built)
    /// and to the last. Reflection reads the same way in every storage, so the times compare across storages.
    /// </summary>
    private static (double FirstRead, double ReadAll) ReadBack(byte[] image, int statements, Dictionary<string, string[]> expected)
    {
        long start = Stopwatch.GetTimestamp();
        var context = new System.Runtime.Loader.AssemblyLoadContext("synthetic", isCollectible: true);
        System.Reflection.Assembly assembly = context.LoadFromStream(new MemoryStream(image));
        Type type = assembly.GetType("Synthetic.Statements", throwOnError: true)!;
        double firstRead = 0;
        for (int s = 0; s < statements; s++)
        {
            object statement = type.GetProperty("Statement" + s)!.GetValue(null)!;
            object[] paragraphs = ((System.Collections.IEnumerable)statement.GetType().GetProperty("Paragraphs")!.GetValue(statement)!).Cast<object>().ToArray();
            System.Reflection.MethodInfo get = paragraphs[0].GetType().GetMethod("Get", new[] { typeof(string) })!;
            foreach ((string key, string[] texts) in expected.Where(e => e.Key.StartsWith(s + "/", StringComparison.Ordinal)))
            {
                string language = key.Substring(key.IndexOf('/') + 1);
                for (int p = 0; p < texts.Length; p++)
                {
                    if (!string.Equals((string)get.Invoke(paragraphs[p], new object[] { language })!, texts[p], StringComparison.Ordinal))
                    {
                        throw new InvalidOperationException($"statement {s}, {language} paragraph {p + 1} does not read back as written");
                    }

                    if (firstRead == 0)
                    {
                        firstRead = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    }
                }
            }
        }

        double readAll = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        context.Unload();
        return (firstRead, readAll);
    }

    private static GeneratorDriver CreateDriver(ImmutableArray<AdditionalText> files, CSharpParseOptions parseOptions, string storage, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new StatementGenerator().AsSourceGenerator() },
            files,
            parseOptions,
            new ContentOptionsProvider("Synthetic", "public", new Dictionary<string, string> { ["StatementContentTextStorage"] = storage }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>
    /// <c>scale-steps N L [runs]</c>: the generator's warm time at one size, for a few warm runs after a first
    /// (JIT) run: each run's elapsed and CPU time untracked, as a build runs it, and the pipeline's named steps from a
    /// second, tracked run (elapsed per step, summed over its outputs; tracking them costs time of its own).
    /// </summary>
    public static int Steps(int statements, int languages, int runs) =>
        Steps(Synthesize(statements, languages, out _, out _), $"{statements} × {languages}", runs);

    /// <summary><c>ui-steps N [runs]</c>: the same for a consumer with N UI strings and no statement (<see cref="UiStringScale"/>'s content).</summary>
    public static int UiSteps(int strings, int runs) =>
        Steps(UiStringScale.Strings(strings).Select((json, i) => (AdditionalText)new InMemoryAdditionalText(i == 0 ? "/content/strings.json" : $"/content/strings-{i}/strings.json", json)).ToImmutableArray(),
            $"{strings} UI strings", runs);

    private static int Steps(ImmutableArray<AdditionalText> files, string size, int runs)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Synthetic", Array.Empty<SyntaxTree>(), ConsumerReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        for (int run = 0; run <= runs; run++)
        {
            // The timed run tracks no steps (a build does not, and tracking them costs about a quarter of the run);
            // a second, tracked run of the same content names where the time goes.
            GC.Collect();
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            TimeSpan paused = GC.GetTotalPauseDuration();
            int collections = GC.CollectionCount(0), full = GC.CollectionCount(2);
            GeneratorDriver driver = CreateDriver(files, CSharpParseOptions.Default, "auto").RunGenerators(compilation);
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            paused = GC.GetTotalPauseDuration() - paused;
            collections = GC.CollectionCount(0) - collections;
            full = GC.CollectionCount(2) - full;
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            GeneratorRunResult result = driver.GetRunResult().Results[0];
            string steps = "-";
            if (run > 0)
            {
                GC.Collect();
                GeneratorDriver tracked = CreateDriver(files, CSharpParseOptions.Default, "auto", trackSteps: true).RunGenerators(compilation);
                steps = string.Create(CultureInfo.InvariantCulture, $"(a tracked run: {tracked.GetTimingInfo().ElapsedTime.TotalMilliseconds:F0} ms) ") + string.Join(", ", tracked.GetRunResult().Results[0].TrackedSteps
                    .Select(step => (Name: step.Key, Ms: step.Value.Sum(s => s.ElapsedTime.TotalMilliseconds)))
                    .Where(step => step.Ms >= 1)
                    .OrderByDescending(step => step.Ms)
                    .Select(step => string.Create(CultureInfo.InvariantCulture, $"{step.Name} {step.Ms:F0}")));
            }

            // What the run reported, as a count and a digest: a change that only makes the generator faster keeps both.
            string[] reported = result.Diagnostics.Select(d => d.ToString()).ToArray();
            static string Digest(IEnumerable<string> texts) =>
                Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", texts)))).Substring(0, 12);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size}, run {run}{(run == 0 ? " (JIT)" : "")}: elapsed {driver.GetTimingInfo().ElapsedTime.TotalMilliseconds:F0} ms, CPU {cpu.TotalMilliseconds:F0} ms (all threads), allocated {allocated / 1048576.0:F0} MiB, {collections} collections ({full} full) pausing {paused.TotalMilliseconds:F0} ms; steps (ms): {steps}; {reported.Length} diagnostics {Digest(reported)}, output {Digest(result.GeneratedSources.Select(g => g.HintName + "\n" + g.SourceText))}"));
        }

        return 0;
    }

    /// <summary>Deterministic content shaped like the real statement, with distinct text per statement and language.</summary>
    /// <param name="expected">Per statement and language (<c>"3/ru"</c>): the paragraphs as written.</param>
    private static ImmutableArray<AdditionalText> Synthesize(int statements, int languages, out long bytes, out Dictionary<string, string[]> expected)
    {
        expected = new Dictionary<string, string[]>();
        string[] tags = new[] { "en", "ru", "de", "fr", "es", "it", "pt", "pl", "tr", "kk" }.Take(languages).ToArray();
        var random = new Random(20240918);
        string Words(int length)
        {
            var text = new StringBuilder(length + 16);
            while (text.Length < length)
            {
                text.Append(text.Length == 0 ? "" : " ").Append((char)('a' + random.Next(26))).Append(random.Next(100000).ToString(CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }

        string Localized(Func<string, string> text) => "{ " + string.Join(", ", tags.Select(t => $"\"{t}\": \"{text(t)}\"")) + " }";

        var files = new List<AdditionalText>
        {
            new InMemoryAdditionalText("/content/strings.json", "{ \"strings\": { \"Main\": " + Localized(t => "Main " + t) + ", \"Other\": " + Localized(t => "Other " + t) + " } }"),
        };
        for (int s = 0; s < statements; s++)
        {
            string folder = $"/content/statements/statement-{s}/";
            files.Add(new InMemoryAdditionalText(folder + "statement.json", $"{{ \"id\": \"statement-{s}\", \"published\": \"2024-09-18\", \"publisher\": {Localized(t => "Publisher " + t)}, \"tags\": [\"a\", \"b\"], \"openForSubscriptions\": true }}"));
            foreach (string tag in tags)
            {
                string title = Words(70);
                string[] paragraphs = Enumerable.Range(0, 9).Select(_ => Words(400)).ToArray();
                expected[s + "/" + tag] = paragraphs;
                files.Add(new InMemoryAdditionalText(folder + tag + ".md", "# " + title + "\n\n" + string.Join("\n\n", paragraphs) + "\n"));
            }

            IEnumerable<string> Parties(int from, int count) => Enumerable.Range(from, count).Select(p => $"{{ \"id\": \"party-{p}\", \"name\": {Localized(t => "Party " + p + " " + t)}, \"country\": \"KZ\" }}");
            files.Add(new InMemoryAdditionalText(folder + "signatories.json",
                "{ \"groups\": [ { \"id\": \"main\", \"heading\": \"Main\", \"parties\": [" + string.Join(",\n", Parties(0, 19)) + "] }, { \"id\": \"other\", \"heading\": \"Other\", \"parties\": [" + string.Join(",\n", Parties(19, 2)) + "] } ] }"));
        }

        bytes = files.Sum(f => (long)Encoding.UTF8.GetByteCount(f.GetText()!.ToString()));
        return files.ToImmutableArray();
    }
}
