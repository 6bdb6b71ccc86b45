extern alias generator;

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
using generator::StatementContent.Generators;
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

    public static int Report()
    {
        Console.WriteLine("| statements × languages | content | generator, first run | generator, warm run | allocated in the warm run | process peak working set | compiled assembly | assembly ÷ content |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        string self = Path.Combine(AppContext.BaseDirectory, "StatementContent.Benchmarks");
        foreach ((int statements, int languages) in Sizes)
        {
            var start = new ProcessStartInfo(self, new[] { "scale-one", statements.ToString(CultureInfo.InvariantCulture), languages.ToString(CultureInfo.InvariantCulture) }) { RedirectStandardOutput = true };
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

    public static int MeasureOne(int statements, int languages)
    {
        ImmutableArray<AdditionalText> files = Synthesize(statements, languages, out long contentBytes);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Synthetic", Array.Empty<SyntaxTree>(), RuntimeReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        // First run: what a build pays (includes JIT of the generator). Warm run: a fresh driver, same process.
        GeneratorDriver first = CreateDriver(files).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        TimeSpan firstTime = first.GetTimingInfo().ElapsedTime;
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        GeneratorDriver warm = CreateDriver(files).RunGenerators(compilation);
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
        string compiled = emitted.Success
            ? string.Create(CultureInfo.InvariantCulture, $"{assembly.Length / 1024.0:F0} KiB | {(double)assembly.Length / contentBytes:F2}")
            : "does not compile: " + string.Join(", ", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct()) + " | –";

        long peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {statements} × {languages} | {contentBytes / 1024.0:F0} KiB | {firstTime.TotalMilliseconds:F0} ms | {warmTime.TotalMilliseconds:F0} ms | {allocated / 1048576.0:F0} MiB | {peak / 1048576.0:F0} MiB | {compiled} |"));
        return 0;
    }

    private static GeneratorDriver CreateDriver(ImmutableArray<AdditionalText> files) =>
        CSharpGeneratorDriver.Create(
            new[] { new StatementGenerator().AsSourceGenerator() },
            files,
            CSharpParseOptions.Default,
            new ContentOptionsProvider("Synthetic", "public"));

    /// <summary>Deterministic content shaped like the real statement, with distinct text per statement and language.</summary>
    private static ImmutableArray<AdditionalText> Synthesize(int statements, int languages, out long bytes)
    {
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
                files.Add(new InMemoryAdditionalText(folder + tag + ".md", "# " + Words(70) + "\n\n" + string.Join("\n\n", Enumerable.Range(0, 9).Select(_ => Words(400))) + "\n"));
            }

            IEnumerable<string> Parties(int from, int count) => Enumerable.Range(from, count).Select(p => $"{{ \"id\": \"party-{p}\", \"name\": {Localized(t => "Party " + p + " " + t)}, \"country\": \"KZ\" }}");
            files.Add(new InMemoryAdditionalText(folder + "signatories.json",
                "{ \"groups\": [ { \"id\": \"main\", \"heading\": \"Main\", \"parties\": [" + string.Join(",\n", Parties(0, 19)) + "] }, { \"id\": \"other\", \"heading\": \"Other\", \"parties\": [" + string.Join(",\n", Parties(19, 2)) + "] } ] }"));
        }

        bytes = files.Sum(f => (long)Encoding.UTF8.GetByteCount(f.GetText()!.ToString()));
        return files.ToImmutableArray();
    }
}
