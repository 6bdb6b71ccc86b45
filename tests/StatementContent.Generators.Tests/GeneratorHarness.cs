using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatementContent.Testing;

namespace StatementContent.Generators.Tests;

/// <summary>
/// Runs the generator in memory the way MSBuild would: content files as AdditionalFiles with the
/// StatementContent="true" metadata, the namespace as a global build property, and the runtime library's
/// sources (src/StatementContent) in the compilation so the generated code can be compiled and checked.
/// </summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default
        .WithLanguageVersion(LanguageVersion.CSharp12)
        .WithDocumentationMode(DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<SyntaxTree>> s_runtimeSources = new(() =>
        Directory.GetFiles(RepoPaths.Combine("src", "StatementContent", "Runtime"), "*.cs")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(System.IO.File.ReadAllText(f), ParseOptions, f))
            .ToImmutableArray());

    /// <summary>How the harness compiles: a library, nullable on, every warning reported.</summary>
    public static CSharpCompilationOptions CompilationOptions(NullableContextOptions nullable = NullableContextOptions.Enable) =>
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable, warningLevel: 9999);

    /// <summary>
    /// The StatementContent library as built (the package's assembly: the runtime types, public, and the shipped
    /// statement), referenced as a project references the package. The CLI, which this project builds, has it beside it.
    /// </summary>
    public static MetadataReference RuntimePackage => s_runtimePackage.Value;

    private static readonly Lazy<MetadataReference> s_runtimePackage = new(() =>
        MetadataReference.CreateFromFile(RepoPaths.Combine("src", "StatementContent.Cli", "bin", BuildConfiguration, "net10.0", "StatementContent.dll")));

#if DEBUG
    public const string BuildConfiguration = "Debug";
#else
    public const string BuildConfiguration = "Release";
#endif

    /// <summary>A compilation's assembly, as a later compilation references it; its errors fail the test.</summary>
    public static MetadataReference ToReference(Compilation compilation)
    {
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(image);
        Xunit.Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    /// <summary>The repository's real content files, as MSBuild's convention (the .targets) selects them.</summary>
    public static ImmutableArray<AdditionalText> RealContent() =>
        Directory.GetFiles(RepoPaths.Combine("content"), "*", SearchOption.AllDirectories)
            .Where(f => Parsing.ContentFileParser.IsContentFile(Path.GetRelativePath(RepoPaths.Combine("content"), f)))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (AdditionalText)new InMemoryAdditionalText(f, System.IO.File.ReadAllText(f)))
            .ToImmutableArray();

    public static AdditionalText File(string path, string text) => new InMemoryAdditionalText(path, text);

    /// <summary>A compilation like src/StatementContent's (runtime sources included), or like a consumer's that has only the generator.</summary>
    public static CSharpCompilation CreateCompilation(bool withRuntime = true, CSharpParseOptions? parseOptions = null, NullableContextOptions nullable = NullableContextOptions.Enable) =>
        CSharpCompilation.Create(
            "GeneratedContent",
            withRuntime ? s_runtimeSources.Value.Select(t => t.WithRootAndOptions(t.GetRoot(), parseOptions ?? ParseOptions)) : Enumerable.Empty<SyntaxTree>(),
            RuntimeReferences.All,
            CompilationOptions(nullable));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, string? @namespace = "StatementContent", string? visibility = "public", CSharpParseOptions? parseOptions = null, IReadOnlyDictionary<string, string>? properties = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new StatementGenerator().AsSourceGenerator() },
            files,
            parseOptions ?? ParseOptions,
            new ContentOptionsProvider(@namespace, visibility, properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run(IEnumerable<AdditionalText> files, string? @namespace = "StatementContent", string? visibility = "public", bool withRuntime = true, CSharpParseOptions? parseOptions = null, IReadOnlyDictionary<string, string>? properties = null, NullableContextOptions nullable = NullableContextOptions.Enable)
    {
        GeneratorDriver driver = CreateDriver(files, @namespace, visibility, parseOptions, properties)
            .RunGeneratorsAndUpdateCompilation(CreateCompilation(withRuntime, parseOptions, nullable), out Compilation output, out _);
        return new GeneratorRun(driver.GetRunResult(), output);
    }
}

/// <summary>One generator run: what it produced, and the compilation with the generated sources added.</summary>
internal sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output)
{
    /// <summary>The generator's diagnostics but the content lint's (Info STC5xxx, see LintTests): what the other tests are about.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics.Where(d => !(d.Id.StartsWith("STC5", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Info)).ToImmutableArray();

    /// <summary>Every diagnostic, the lint's included.</summary>
    public ImmutableArray<Diagnostic> AllDiagnostics => Result.Diagnostics;

    public ImmutableArray<GeneratedSourceResult> Sources => Result.Results.Single().GeneratedSources;

    public ImmutableArray<Diagnostic> CompilationProblems =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    /// <summary>Emits the compilation, loads it into a collectible context, reads what <paramref name="read"/> wants, unloads.</summary>
    public T Load<T>(Func<System.Reflection.Assembly, T> read)
    {
        using var image = new System.IO.MemoryStream();
        Xunit.Assert.True(Output.Emit(image).Success);
        var context = new System.Runtime.Loader.AssemblyLoadContext("generated", isCollectible: true);
        try
        {
            return read(context.LoadFromStream(new System.IO.MemoryStream(image.ToArray())));
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>All generated files in hint-name order, the generator version scrubbed, for snapshots.</summary>
    public string SnapshotText() => string.Join("\n", Sources
        .OrderBy(s => s.HintName, StringComparer.Ordinal)
        .Select(s => "//// " + s.HintName + "\n" + System.Text.RegularExpressions.Regex.Replace(
            s.SourceText.ToString(), "GeneratedCode\\(\"StatementContent.Generators\", \"[^\"]+\"\\)", "GeneratedCode(\"StatementContent.Generators\", \"{version}\")")));
}
