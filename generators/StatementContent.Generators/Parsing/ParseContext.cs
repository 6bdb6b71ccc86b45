using Microsoft.CodeAnalysis;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Parsing;

/// <summary>One file's parse: where positions map to, and the diagnostics found so far.</summary>
internal sealed class ParseContext
{
    public ParseContext(SourceMap map) => Map = map;

    public SourceMap Map { get; }

    public string Path => Map.Path;

    public DiagnosticBag Diagnostics { get; } = new();

    public void Report(DiagnosticDescriptor descriptor, FileSpan span, params string[] arguments) =>
        Diagnostics.Report(descriptor, Path, span, arguments);

    public FileSpan SpanOf(JsonNode node) => Map.SpanOfBytes(node.Start, node.End);

    public FileSpan SpanOf(JsonMember member) => Map.SpanOfBytes(member.NameStart, member.NameEnd);
}
