using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Emitting;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;

namespace StatementContent.Generators;

/// <summary>
/// Compiles statement content files (AdditionalFiles marked <c>StatementContent="true"</c>) into C#.
/// The pipeline: parse each file → assemble statements → emit one source per statement, the index and the
/// UI strings → report diagnostics from their own output.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class StatementGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for the incremental-caching tests.</summary>
    public static class Steps
    {
        public const string Parse = nameof(Parse);
        public const string Assemble = nameof(Assemble);
        public const string Statements = nameof(Statements);
        public const string Index = nameof(Index);
        public const string Strings = nameof(Strings);
        public const string Diagnostics = nameof(Diagnostics);
        public const string Runtime = nameof(Runtime);
    }

    internal const string ContentMetadata = "build_metadata.AdditionalFiles.StatementContent";
    internal const string NamespaceProperty = "build_property.StatementContentNamespace";
    internal const string VisibilityProperty = "build_property.StatementContentVisibility";
    internal const string RootNamespaceProperty = "build_property.RootNamespace";

    /// <summary>A type of the runtime library; when the compilation has it, the runtime types are not emitted again.</summary>
    internal const string RuntimeMarkerType = "StatementContent.LocalizedText";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Settings from MSBuild: namespace (StatementContentNamespace, else RootNamespace) and visibility of the generated classes.
        IncrementalValueProvider<OutputOptions> options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ReadOptions(provider.GlobalOptions));

        // Step 1, per file: parse. Only this step reads text, so an edit re-parses just the edited file.
        IncrementalValuesProvider<ParsedFile> parsed = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsContentFile(pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, cancellationToken) => ContentFileParser.Parse(pair.Left, cancellationToken))
            .WithTrackingName(Steps.Parse);

        // Step 2, all files: statements span several files, so cross-file checks need them together.
        IncrementalValueProvider<ContentAssembly> assembly = parsed.Collect()
            .Combine(options)
            .Select(static (pair, cancellationToken) => AssembleSafely(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(Steps.Assemble);

        // Step 3, per statement again: an unchanged statement's model compares equal, so its source is not re-emitted.
        IncrementalValuesProvider<StatementModel> statements = assembly
            .SelectMany(static (content, _) => content.Statements.AsImmutableArray())
            .WithTrackingName(Steps.Statements);
        context.RegisterSourceOutput(statements, static (output, statement) =>
            Emit(output, "statement '" + statement.Id + "'", () => new[] { StatementEmitter.Emit(statement) }));

        IncrementalValueProvider<StatementIndexModel> index = assembly.Select(static (content, _) => content.Index).WithTrackingName(Steps.Index);
        context.RegisterSourceOutput(index, static (output, model) =>
        {
            if (!model.Entries.IsEmpty)
            {
                Emit(output, "the statement index", () => new[] { IndexEmitter.Emit(model) });
            }
        });

        IncrementalValueProvider<UiStringsModel> strings = assembly.Select(static (content, _) => content.Strings).WithTrackingName(Steps.Strings);
        context.RegisterSourceOutput(strings, static (output, model) =>
        {
            if (!model.Strings.IsEmpty)
            {
                Emit(output, "the UI strings", () => new[] { UiStringsEmitter.Emit(model) });
            }
        });

        // The runtime types, only when the project has content and no runtime library (it compiles its own statements
        // with just this generator). The lookup is by name, so this input changes only when that answer changes.
        IncrementalValueProvider<bool> hasRuntime = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName(RuntimeMarkerType) is not null);
        IncrementalValueProvider<RuntimeModel> runtime = assembly
            .Select(static (content, _) => !content.Statements.IsEmpty || !content.Strings.Strings.IsEmpty)
            .Combine(hasRuntime)
            .Combine(options)
            .Select(static (pair, _) => new RuntimeModel(pair.Left.Left && !pair.Left.Right, pair.Right.IsPublic))
            .WithTrackingName(Steps.Runtime);
        context.RegisterSourceOutput(runtime, static (output, model) =>
        {
            if (model.Emit)
            {
                Emit(output, "the runtime types", () => RuntimeEmitter.Emit(model.IsPublic));
            }
        });

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

    private static OutputOptions ReadOptions(AnalyzerConfigOptions global)
    {
        string @namespace =
            global.TryGetValue(NamespaceProperty, out string? ns) && !string.IsNullOrWhiteSpace(ns) ? ns.Trim()
            : global.TryGetValue(RootNamespaceProperty, out string? root) && !string.IsNullOrWhiteSpace(root) ? root.Trim()
            : "StatementContent";

        // Internal unless asked: an app's content should not become its public API by accident.
        bool isPublic = global.TryGetValue(VisibilityProperty, out string? visibility)
            && string.Equals(visibility?.Trim(), "public", System.StringComparison.OrdinalIgnoreCase);
        return new OutputOptions(@namespace, isPublic);
    }

    private static bool IsContentFile(AnalyzerConfigOptions options) =>
        options.TryGetValue(ContentMetadata, out string? value) && string.Equals(value?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>The last resort: a bug in assembling becomes one STC0001 naming the content, not CS8785 and lost output.</summary>
    private static ContentAssembly AssembleSafely(ImmutableArray<ParsedFile> files, OutputOptions options, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return ContentAssembler.Assemble(files, options);
        }
        catch (System.Exception ex) when (ex is not System.OperationCanceledException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string where = files.IsEmpty ? "" : files[0].Path;
            return new ContentAssembly(
                EquatableArray<StatementModel>.Empty,
                new StatementIndexModel(options, EquatableArray<StatementIndexEntry>.Empty),
                new UiStringsModel(options, EquatableArray<UiStringModel>.Empty),
                new[] { DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, where, FileSpan.FileStart, "the content (while assembling statements)", ex.GetType().Name + ": " + ex.Message) }.ToEquatableArray());
        }
    }

    /// <summary>Emitting is a pure function of the model; should it throw anyway, report STC0001 instead of losing all output.</summary>
    private static void Add(SourceProductionContext output, (string HintName, string Source) file) =>
        output.AddSource(file.HintName, file.Source);

    private static void Emit(SourceProductionContext output, string what, System.Func<System.Collections.Generic.IEnumerable<(string HintName, string Source)>> emit)
    {
        try
        {
            foreach ((string HintName, string Source) file in emit())
            {
                Add(output, file);
            }
        }
        catch (System.Exception ex) when (ex is not System.OperationCanceledException)
        {
            output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, what, ex.GetType().Name + ": " + ex.Message));
        }
    }
}
