using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatementContent.Generators.Assembling;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>
/// The literal budget counts what the compiler counts: its estimate is never below the user-string heap of
/// the compiled output, content just under the budget compiles, and content just over it is one STC2012 with
/// nothing generated behind it (no CS8103).
/// </summary>
public class LiteralBudgetTests
{
    private const int Statements = 5;

    [Fact]
    public void The_estimate_covers_the_user_string_heap_of_the_compiled_output()
    {
        ImmutableArray<AdditionalText> files = GeneratorHarness.RealContent();
        GeneratorRun run = GeneratorHarness.Run(files, "Budget", "internal", withRuntime: false);
        Assert.Empty(run.CompilationProblems);

        long heap = UserStringHeapSize(run.Output);
        long estimate = Estimate(files);
        Assert.InRange(estimate, heap - 3, heap + 1024); // the heap is padded to 4 bytes; the estimate also counts literals the compiler folds away
    }

    [Fact]
    public void Content_just_under_the_budget_compiles_and_just_over_it_is_one_error_and_nothing_else()
    {
        int[] under = ParagraphLengthsFor(LiteralBudget.LimitBytes - 1);
        Assert.InRange(Estimate(Content(under)), LiteralBudget.LimitBytes - 4, LiteralBudget.LimitBytes);
        GeneratorRun fits = GeneratorHarness.Run(Content(under), "Budget", "internal", withRuntime: false);
        Assert.Equal(new[] { "STC2011" }, fits.Diagnostics.Select(d => d.Id));
        Assert.True(fits.Output.Emit(Stream.Null).Success, "content within the budget must compile (no CS8103)");

        // Just over, with the texts held to string literals (by default they would become UTF-8 data: LargeContentTests).
        int[] over = under.Select((length, i) => i == 0 ? length + 2 : length).ToArray();
        var literals = new Dictionary<string, string> { ["StatementContentTextStorage"] = "literals" };
        GeneratorRun rejected = GeneratorHarness.Run(Content(over), "Budget", "internal", withRuntime: false, properties: literals);
        Diagnostic error = Assert.Single(rejected.Diagnostics);
        Assert.Equal(("STC2012", DiagnosticSeverity.Error), (error.Id, error.Severity));
        Assert.Contains("remove <StatementContentTextStorage>literals</StatementContentTextStorage>", error.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("/b/s0/en.md".Replace("en.md", "statement.json"), error.Location.GetLineSpan().Path);
        Assert.Empty(rejected.Sources);
        Assert.Empty(rejected.CompilationProblems);
    }

    /// <summary>Paragraph lengths whose literals bring the estimate to <paramref name="target"/> (within the heap's 4-byte granularity).</summary>
    private static int[] ParagraphLengthsFor(long target)
    {
        int[] small = Enumerable.Repeat(1, Statements).ToArray();
        long skeleton = Estimate(Content(small)) - Content(small).Count(f => f.Path.EndsWith("en.md")) * LiteralBudget.HeapBytes("x");
        long perParagraph = (target - skeleton) / Statements;
        int length = (int)((perParagraph - 5) / 2); // a large literal: 4-byte prefix, 2 bytes a char, 1 terminal byte
        long rest = target - skeleton - (Statements * ((2L * length) + 5));
        return Enumerable.Range(0, Statements).Select(i => i == 0 ? length + (int)(rest / 2) : length).ToArray();
    }

    private static IEnumerable<AdditionalText> Content(int[] paragraphLengths) => paragraphLengths.SelectMany((length, i) => new[]
    {
        GeneratorHarness.File($"/b/s{i}/statement.json", $"{{ \"id\": \"s{i}\", \"published\": \"2024-01-02\", \"publisher\": {{ \"en\": \"P\" }} }}"),
        GeneratorHarness.File($"/b/s{i}/en.md", "# T" + i + "\n\n" + new string((char)('a' + i), length) + "\n"),
    });

    /// <summary>The budget's count: the one the assembly stage decides by.</summary>
    private static long Estimate(IEnumerable<AdditionalText> files)
    {
        ImmutableArray<ParsedFile> parsed = files.Select(f => ContentFileParser.Parse(f, CancellationToken.None)).ToImmutableArray();
        ContentAssembly assembly = ContentAssembler.Assemble(parsed, BuildSettings.Read(new ContentOptionsProvider("Budget", "internal").GlobalOptions, GeneratorHarness.ParseOptions, spanDecoding: true, hasRuntime: false), out AssemblyWork? work);
        Assert.NotEmpty(assembly.Statements);
        return work!.Budget.Total;
    }

    private static long UserStringHeapSize(Compilation compilation)
    {
        using var image = new MemoryStream();
        Assert.True(compilation.Emit(image).Success);
        image.Position = 0;
        using var reader = new PEReader(image);
        return reader.GetMetadataReader().GetHeapSize(HeapIndex.UserString);
    }
}
