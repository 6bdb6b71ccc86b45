using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace StatementContent.Testing;

/// <summary>A content file as the compiler hands it to a generator.</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>
/// Build options as MSBuild passes them with the generator's .targets: every AdditionalFile marked
/// StatementContent="true", and the namespace and visibility as global build properties.
/// </summary>
public sealed class ContentOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly Options s_contentFile = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.StatementContent"] = "true" });

    /// <param name="properties">More build properties by name, e.g. <c>RootNamespace</c> or <c>MSBuildProjectFullPath</c>.</param>
    public ContentOptionsProvider(string? @namespace, string? visibility, IReadOnlyDictionary<string, string>? properties = null)
    {
        var global = new Dictionary<string, string>();
        foreach (KeyValuePair<string, string> property in properties ?? new Dictionary<string, string>())
        {
            global["build_property." + property.Key] = property.Value;
        }

        if (@namespace is not null)
        {
            global["build_property.StatementContentNamespace"] = @namespace;
        }

        if (visibility is not null)
        {
            global["build_property.StatementContentVisibility"] = visibility;
        }

        GlobalOptions = new Options(global);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => s_contentFile;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}

/// <summary>The running runtime's own assemblies as compilation references (enough to compile generated content).</summary>
public static class RuntimeReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_all = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    public static ImmutableArray<MetadataReference> All => s_all.Value;
}
