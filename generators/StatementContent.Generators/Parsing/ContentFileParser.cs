using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Parsing;

/// <summary>
/// One content file → <see cref="ParsedFile"/>. A pure function of the path and text, so the CLI and tests can
/// call it without a compilation. It never throws for bad content: every problem is a located diagnostic,
/// and an unexpected exception becomes STC0001 naming the file (only cancellation propagates).
/// </summary>
internal static class ContentFileParser
{
    public const string MetadataFileName = "statement.json";
    public const string SignatoriesFileName = "signatories.json";
    public const string StringsFileName = "strings.json";

    public static ContentFileKind KindOf(string path, out string? language)
    {
        string name = Path.GetFileName(path);
        language = null;
        if (string.Equals(name, MetadataFileName, StringComparison.OrdinalIgnoreCase))
        {
            return ContentFileKind.Metadata;
        }

        if (string.Equals(name, SignatoriesFileName, StringComparison.OrdinalIgnoreCase))
        {
            return ContentFileKind.Signatories;
        }

        if (string.Equals(name, StringsFileName, StringComparison.OrdinalIgnoreCase))
        {
            return ContentFileKind.Strings;
        }

        if (name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && Names.IsLanguageTag(name.Substring(0, name.Length - 3)))
        {
            language = Names.NormalizeLanguage(name.Substring(0, name.Length - 3));
            return ContentFileKind.Text;
        }

        return ContentFileKind.Unrecognized;
    }

    public static ParsedFile Parse(string path, SourceText? text, CancellationToken cancellationToken)
    {
        ContentFileKind kind = KindOf(path, out string? language);
        string directory = Path.GetDirectoryName(path) ?? "";
        if (kind == ContentFileKind.Unrecognized)
        {
            return Failed(path, directory, kind, DiagnosticInfo.Create(DiagnosticDescriptors.UnrecognizedFile, path, FileSpan.FileStart, Path.GetFileName(path)));
        }

        if (text is null)
        {
            return Failed(path, directory, kind, DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableFile, path, FileSpan.FileStart));
        }

        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var context = new ParseContext(new SourceMap(path, text, text.ToString()));
            MetadataDoc? metadata = null;
            SignatoriesDoc? signatories = null;
            StringsDoc? strings = null;
            TextDoc? textDoc = null;
            if (kind == ContentFileKind.Text)
            {
                textDoc = MarkdownTextParser.Read(context, language!);
            }
            else if (ParseJson(context) is { } root)
            {
                metadata = kind == ContentFileKind.Metadata ? JsonDocumentParsers.ReadMetadata(context, root) : null;
                signatories = kind == ContentFileKind.Signatories ? JsonDocumentParsers.ReadSignatories(context, root) : null;
                strings = kind == ContentFileKind.Strings ? JsonDocumentParsers.ReadStrings(context, root) : null;
            }

            return new ParsedFile(path, directory, kind, metadata, signatories, textDoc, strings, context.Diagnostics.ToEquatableArray());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Failed(path, directory, kind, DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, path, FileSpan.FileStart, path, ex.GetType().Name + ": " + ex.Message));
        }
    }

    private static JsonNode? ParseJson(ParseContext context)
    {
        try
        {
            return JsonTree.Parse(context.Map.Utf8);
        }
        catch (JsonException ex)
        {
            int offset = context.Map.CharOffsetOfLineByte(ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
            context.Report(DiagnosticDescriptors.MalformedJson, context.Map.SpanOfChars(offset, offset), CleanMessage(ex.Message));
            return null;
        }
    }

    /// <summary>Drops the reader's own "LineNumber: … | BytePositionInLine: …" suffix: the location says it better.</summary>
    private static string CleanMessage(string message)
    {
        int suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (suffix > 0 ? message.Substring(0, suffix) : message).Trim();
    }

    private static ParsedFile Failed(string path, string directory, ContentFileKind kind, DiagnosticInfo diagnostic) =>
        new(path, directory, kind, null, null, null, null, new[] { diagnostic }.ToEquatableArray());
}
