using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using StatementContent.Generators.Assembling;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Emitting;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;

namespace StatementContent.Generators;

/// <summary>
/// Compiles statement content files (AdditionalFiles marked <c>StatementContent="true"</c>) into C#.
/// The pipeline: parse each file, and the settings → assemble statements → emit one source per statement, the
/// index, the UI strings and the runtime types → report diagnostics from their own output.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class StatementGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for the incremental-caching tests.</summary>
    public static class Steps
    {
        public const string Select = nameof(Select);
        public const string Parse = nameof(Parse);
        public const string Settings = nameof(Settings);
        public const string Assemble = nameof(Assemble);
        public const string Statements = nameof(Statements);
        public const string Index = nameof(Index);
        public const string Strings = nameof(Strings);
        public const string Languages = nameof(Languages);
        public const string Hashes = nameof(Hashes);
        public const string Diagnostics = nameof(Diagnostics);
        public const string Runtime = nameof(Runtime);
    }

    internal const string ContentMetadata = "build_metadata.AdditionalFiles.StatementContent";

    /// <summary>A type of the runtime library; when the compilation can use it, the runtime types are not emitted again.</summary>
    internal const string RuntimeMarkerType = "StatementContent.LocalizedText";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Step 1, per file: keep the content files. Any MSBuild property change reruns this cheap check, but its
        // output is the same AdditionalText, so the parse below stays cached.
        IncrementalValuesProvider<AdditionalText> contentFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => IsContentFile(pair.Right.GetOptions(pair.Left)) ? pair.Left : null)
            .WithTrackingName(Steps.Select)
            .Where(static file => file is not null)!;

        // Step 2, per file: parse. Only this step reads text, so an edit re-parses just the edited file.
        IncrementalValuesProvider<ParsedFile> parsed = contentFiles
            .Select(static (file, cancellationToken) => ContentFileParser.Parse(file, cancellationToken))
            .WithTrackingName(Steps.Parse);

        // The settings: namespace, visibility, text storage (MSBuild), the C# version, whether the target can
        // decode UTF-8 text data and whether it has the runtime types, validated like content. The compilation is
        // asked two yes/no questions, so an edit to the project's code leaves this input unchanged.
        IncrementalValueProvider<(bool SpanDecoding, bool HasRuntime)> facts = context.CompilationProvider
            .Select(static (compilation, _) => (HasSpanDecoding(compilation), HasRuntime(compilation)));
        IncrementalValueProvider<BuildSettings> settings = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Combine(facts)
            .Select(static (pair, _) => BuildSettings.Read(pair.Left.Left.GlobalOptions, pair.Left.Right, pair.Right.SpanDecoding, pair.Right.HasRuntime))
            .WithTrackingName(Steps.Settings);

        // Step 3, all files: statements span several files, so cross-file checks need them together.
        IncrementalValueProvider<ContentAssembly> assembly = parsed.Collect()
            .Combine(settings)
            .Select(static (pair, cancellationToken) => AssembleSafely(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(Steps.Assemble);

        // Step 4, per statement again: an unchanged statement's model compares equal, so its source is not re-emitted.
        IncrementalValuesProvider<StatementModel> statements = assembly
            .SelectMany(static (content, _) => content.Statements.AsImmutableArray())
            .WithTrackingName(Steps.Statements);
        context.RegisterSourceOutput(statements, static (output, statement) =>
            Emit(output, "statement '" + statement.Id + "'", () => new[] { StatementEmitter.Emit(statement) }));

        IncrementalValueProvider<StatementIndexModel> index = assembly.Select(static (content, _) => content.Index).WithTrackingName(Steps.Index);
        context.RegisterSourceOutput(index, static (output, model) =>
            Emit(output, "the statement index", () => model.Entries.IsEmpty ? Array.Empty<(string, string)>() : new[] { IndexEmitter.Emit(model) }));

        IncrementalValueProvider<UiStringsModel> strings = assembly.Select(static (content, _) => content.Strings).WithTrackingName(Steps.Strings);
        context.RegisterSourceOutput(strings, static (output, model) =>
            Emit(output, "the UI strings", () => model.Strings.IsEmpty && model.Formats.IsEmpty ? Array.Empty<(string, string)>() : new[] { UiStringsEmitter.Emit(model) }));

        IncrementalValueProvider<LanguagesModel> languages = assembly.Select(static (content, _) => content.Languages).WithTrackingName(Steps.Languages);
        context.RegisterSourceOutput(languages, static (output, model) =>
            Emit(output, "the content languages", () => model.Languages.IsEmpty ? Array.Empty<(string, string)>() : new[] { ContentLanguagesEmitter.Emit(model) }));

        IncrementalValueProvider<ContentHashesModel> hashes = assembly.Select(static (content, _) => content.Hashes).WithTrackingName(Steps.Hashes);
        context.RegisterSourceOutput(hashes, static (output, model) =>
            Emit(output, "the content hashes", () => model.ContentHash.Length == 0 ? Array.Empty<(string, string)>() : new[] { ContentHashesEmitter.Emit(model) }));

        // The runtime types, only when there is content and no runtime types the project can use (it compiles its
        // own statements with just this generator, internal ones: public ones need the package, see BuildSettings).
        IncrementalValueProvider<RuntimeModel> runtime = assembly
            .Select(static (content, _) => content.Runtime)
            .Combine(facts)
            .Select(static (pair, _) => pair.Right.HasRuntime ? pair.Left with { Emit = false } : pair.Left)
            .WithTrackingName(Steps.Runtime);
        context.RegisterSourceOutput(runtime, static (output, model) =>
            Emit(output, "the runtime types", () => model.Emit ? RuntimeEmitter.Emit(model.Options) : Array.Empty<(string, string)>()));

        // Diagnostics travel as data and are reported on their own, so a diagnostic that only moved re-emits no source.
        IncrementalValueProvider<EquatableArray<DiagnosticInfo>> diagnostics = assembly
            .Select(static (content, _) => content.Diagnostics)
            .WithTrackingName(Steps.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (output, list) =>
        {
            foreach (DiagnosticInfo diagnostic in list)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }

    /// <summary>Whether <c>System.Text.Encoding</c> has <c>GetString(ReadOnlySpan&lt;byte&gt;)</c>: what UTF-8 text data is decoded with.</summary>
    private static bool HasSpanDecoding(Compilation compilation) =>
        compilation.GetTypeByMetadataName("System.Text.Encoding")?.GetMembers("GetString").OfType<IMethodSymbol>().Any(method =>
            method.Parameters.Length == 1
            && method.Parameters[0].Type is INamedTypeSymbol { Name: "ReadOnlySpan", TypeArguments.Length: 1 } span
            && span.TypeArguments[0].SpecialType == SpecialType.System_Byte) == true;

    /// <summary>
    /// Whether the project has runtime types it can use: its own sources' (src/StatementContent) or a referenced
    /// assembly's public ones (the StatementContent package). Another library's internal copy, which that library
    /// generated for itself, is of no use here and does not count.
    /// </summary>
    private static bool HasRuntime(Compilation compilation) =>
        compilation.GetTypesByMetadataName(RuntimeMarkerType).Any(type => compilation.IsSymbolAccessibleWithin(type, compilation.Assembly));

    private static bool IsContentFile(AnalyzerConfigOptions options) =>
        options.TryGetValue(ContentMetadata, out string? value) && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The last resort: a bug in assembling becomes one STC0001 naming the content, not CS8785 and lost output.</summary>
    private static ContentAssembly AssembleSafely(ImmutableArray<ParsedFile> files, BuildSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            return ContentAssembler.Assemble(files, settings);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var diagnostics = new DiagnosticBag();
            diagnostics.Report(DiagnosticDescriptors.InternalError, files.IsEmpty ? "" : files[0].Path, FileSpan.FileStart, "the content (while assembling statements)", ex.GetType().Name + ": " + ex.Message);
            return ContentAssembly.Nothing(settings.Options, diagnostics.ToEquatableArray());
        }
    }

    /// <summary>Emitting is a pure function of the model; should it throw anyway, report STC0001 instead of losing all output.</summary>
    private static void Emit(SourceProductionContext output, string what, Func<IEnumerable<(string HintName, string Source)>> emit)
    {
        try
        {
            foreach ((string hintName, string source) in emit())
            {
                output.AddSource(hintName, source);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var diagnostics = new DiagnosticBag();
            diagnostics.Report(DiagnosticDescriptors.InternalError, "", FileSpan.FileStart, what, ex.GetType().Name + ": " + ex.Message);
            output.ReportDiagnostic(diagnostics.ToEquatableArray()[0].ToDiagnostic());
        }
    }
}
