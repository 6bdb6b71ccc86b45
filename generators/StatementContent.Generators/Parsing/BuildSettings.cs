using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Parsing;

/// <summary>
/// The MSBuild settings, read and validated like content: a bad value is a diagnostic naming the property,
/// located at the project file, never text pasted into generated code.
/// </summary>
/// <param name="Options">What the emitters use; a safe stand-in when <see cref="HasErrors"/>, so the content is still checked.</param>
/// <param name="Texts">How the texts may be stored: the property, and what the compiler and target support.</param>
/// <param name="StrictLock">
/// <c>StatementContentStrictLock</c> is <c>true</c>: content changes the lock does not record (STC4001) and stale
/// translations (STC4002) are errors that no severity setting lowers — the gate <c>statement lock --check</c> applies too.
/// </param>
internal sealed record BuildSettings(OutputOptions Options, TextStorageSettings Texts, EquatableArray<DiagnosticInfo> Diagnostics, bool StrictLock = false)
{
    internal const string NamespaceProperty = "StatementContentNamespace";
    internal const string VisibilityProperty = "StatementContentVisibility";
    internal const string TextStorageProperty = "StatementContentTextStorage";
    internal const string StrictLockProperty = "StatementContentStrictLock";

    /// <summary>The compiler feature that stores long string literals as UTF-8 data (Roslyn 4.14 and later).</summary>
    internal const string DataSectionFeature = "experimental-data-section-string-literals";

    /// <summary>The compiler's threshold when the feature is on without a value: longer literals go to the data section.</summary>
    private const int DefaultDataSectionThreshold = 100;
    private const string BuildProperty = "build_property.";
    private const string RootNamespaceProperty = "RootNamespace";
    private const string ProjectPathProperty = "MSBuildProjectFullPath";

    /// <summary>The oldest C# the generated code (and the runtime types emitted with it) compiles under.</summary>
    public const LanguageVersion OldestLanguageVersion = LanguageVersion.CSharp7_3;

    /// <summary>What a project without settings gets: for hosts that read content without a build (the CLI).</summary>
    public static BuildSettings Default { get; } = new(new OutputOptions("StatementContent", false, true), TextStorageSettings.Default, EquatableArray<DiagnosticInfo>.Empty);

    public bool HasErrors => Diagnostics.HasErrors();

    /// <param name="spanDecoding">The compilation has <c>Encoding.GetString(ReadOnlySpan&lt;byte&gt;)</c>, which UTF-8 text data is decoded with.</param>
    /// <param name="hasRuntime">The compilation has runtime types it can use: its own, or the StatementContent package's.</param>
    public static BuildSettings Read(AnalyzerConfigOptions global, ParseOptions? parseOptions, bool spanDecoding, bool hasRuntime)
    {
        var diagnostics = new DiagnosticBag();
        string project = Value(global, ProjectPathProperty) ?? "";

        // StatementContentNamespace, else RootNamespace, else our own; whichever is used is the one validated and named.
        string property = Value(global, NamespaceProperty) is not null ? NamespaceProperty
            : Value(global, RootNamespaceProperty) is not null ? RootNamespaceProperty
            : "";
        string @namespace = property.Length == 0 ? "StatementContent" : Value(global, property)!;
        string? valid = CSharpNames.ToNamespace(@namespace, out string? reason);
        if (valid is null)
        {
            diagnostics.Report(DiagnosticDescriptors.InvalidNamespaceSetting, project, FileSpan.FileStart, property, @namespace, reason!);
        }

        // Internal unless asked: an app's content should not become its public API by accident.
        string visibility = Value(global, VisibilityProperty) ?? "internal";
        bool isPublic = string.Equals(visibility, "public", StringComparison.OrdinalIgnoreCase);
        if (!isPublic && !string.Equals(visibility, "internal", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Report(DiagnosticDescriptors.InvalidVisibilitySetting, project, FileSpan.FileStart, visibility);
        }
        else if (isPublic && !hasRuntime)
        {
            // Public statements expose Statement, LocalizedText, …: a public copy per library would make those names
            // ambiguous in every app that references two such libraries (CS0433), so they have one home, the package.
            diagnostics.Report(DiagnosticDescriptors.PublicStatementsNeedRuntimePackage, project, FileSpan.FileStart);
        }

        LanguageVersion language = (parseOptions as CSharpParseOptions)?.LanguageVersion ?? LanguageVersion.Latest;
        if (language < OldestLanguageVersion)
        {
            diagnostics.Report(DiagnosticDescriptors.LanguageVersionTooOld, project, FileSpan.FileStart, language.ToDisplayString(), OldestLanguageVersion.ToDisplayString());
        }

        var options = new OutputOptions(valid ?? "StatementContent", isPublic, language >= LanguageVersion.CSharp8);
        TextStorageSettings texts = ReadTextStorage(global, parseOptions, language, spanDecoding, project, diagnostics);
        // Any other value than true/false is STC3004, reported by the targets before the compiler runs.
        bool strictLock = string.Equals(Value(global, StrictLockProperty), "true", StringComparison.OrdinalIgnoreCase);
        return new BuildSettings(options, texts, diagnostics.ToEquatableArray(), strictLock);
    }

    /// <summary>
    /// <c>auto</c> (default), <c>literals</c> or <c>utf8</c>; <c>utf8</c> where the project cannot compile or decode
    /// UTF-8 data is an error naming what is missing, never generated code that fails to compile.
    /// </summary>
    private static TextStorageSettings ReadTextStorage(AnalyzerConfigOptions global, ParseOptions? parseOptions, LanguageVersion language, bool spanDecoding, string project, DiagnosticBag diagnostics)
    {
        string? missing = language < LanguageVersion.CSharp11 ? "C# 11 or later for UTF-8 literals (this project compiles as C# " + language.ToDisplayString() + ")"
            : !spanDecoding ? "Encoding.GetString(ReadOnlySpan<byte>), which .NET Core 2.1 and later and .NET Standard 2.1 have and this target does not"
            : null;
        string value = Value(global, TextStorageProperty) ?? "auto";
        TextStorage requested = TextStorage.Auto;
        if (string.Equals(value, "literals", StringComparison.OrdinalIgnoreCase))
        {
            requested = TextStorage.Literals;
        }
        else if (string.Equals(value, "utf8", StringComparison.OrdinalIgnoreCase))
        {
            requested = TextStorage.Utf8;
            if (missing is not null)
            {
                diagnostics.Report(DiagnosticDescriptors.InvalidTextStorageSetting, project, FileSpan.FileStart, value, "UTF-8 text data needs " + missing);
                requested = TextStorage.Literals;
            }
        }
        else if (!string.Equals(value, "auto", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Report(DiagnosticDescriptors.InvalidTextStorageSetting, project, FileSpan.FileStart, value, "it is not 'auto', 'literals' or 'utf8'");
        }

        return new TextStorageSettings(requested, missing, DataSectionThreshold(parseOptions));
    }

    /// <summary>The compiler's data-section threshold from the project's <c>Features</c>; -1 when the feature is off.</summary>
    private static int DataSectionThreshold(ParseOptions? parseOptions)
    {
        if (parseOptions is null || !parseOptions.Features.TryGetValue(DataSectionFeature, out string? value))
        {
            return -1;
        }

        return string.Equals(value, "off", StringComparison.OrdinalIgnoreCase) ? -1
            : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int threshold) ? threshold
            : DefaultDataSectionThreshold;
    }

    /// <summary>A property's value, trimmed; null when it is not set or blank (MSBuild passes unset properties as empty).</summary>
    private static string? Value(AnalyzerConfigOptions global, string property) =>
        global.TryGetValue(BuildProperty + property, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
