using System;
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
internal sealed record BuildSettings(OutputOptions Options, EquatableArray<DiagnosticInfo> Diagnostics)
{
    internal const string NamespaceProperty = "StatementContentNamespace";
    internal const string VisibilityProperty = "StatementContentVisibility";
    private const string BuildProperty = "build_property.";
    private const string RootNamespaceProperty = "RootNamespace";
    private const string ProjectPathProperty = "MSBuildProjectFullPath";

    /// <summary>The oldest C# the generated code (and the runtime types emitted with it) compiles under.</summary>
    public const LanguageVersion OldestLanguageVersion = LanguageVersion.CSharp7_3;

    /// <summary>What a project without settings gets: for hosts that read content without a build (the CLI).</summary>
    public static BuildSettings Default { get; } = new(new OutputOptions("StatementContent", false, true), EquatableArray<DiagnosticInfo>.Empty);

    public bool HasErrors => Diagnostics.HasErrors();

    public static BuildSettings Read(AnalyzerConfigOptions global, ParseOptions? parseOptions)
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

        LanguageVersion language = (parseOptions as CSharpParseOptions)?.LanguageVersion ?? LanguageVersion.Latest;
        if (language < OldestLanguageVersion)
        {
            diagnostics.Report(DiagnosticDescriptors.LanguageVersionTooOld, project, FileSpan.FileStart, language.ToDisplayString(), OldestLanguageVersion.ToDisplayString());
        }

        var options = new OutputOptions(valid ?? "StatementContent", isPublic, language >= LanguageVersion.CSharp8);
        return new BuildSettings(options, diagnostics.ToEquatableArray());
    }

    /// <summary>A property's value, trimmed; null when it is not set or blank (MSBuild passes unset properties as empty).</summary>
    private static string? Value(AnalyzerConfigOptions global, string property) =>
        global.TryGetValue(BuildProperty + property, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
