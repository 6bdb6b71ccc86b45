using System;
using System.Globalization;
using System.Text;
using System.IO;
using System.Text.Json;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Lint;
using StatementContent.Generators.Lock;
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
    public const string LanguagesFileName = "languages.json";

    /// <summary>
    /// The most characters one content file may have: 2 Mi characters, 4 MiB as string literals, a quarter of
    /// the compiler's 16 MiB limit for all literals (CS8103). The real statement has 12 thousand.
    /// </summary>
    public const int MaxFileCharacters = 2 * 1024 * 1024;

    /// <summary>
    /// The most characters <c>content.lock</c> may have: 8 Mi, four times a content file's. Its lines are not compiled
    /// into the assembly, and it has one of ~100 characters per text and language, so 50,000 two-language UI strings
    /// (about 5.5 Mi) must fit; it is ASCII, so the statement tool's read limit for any file (8 MiB) admits it too.
    /// </summary>
    public const int MaxLockCharacters = 4 * MaxFileCharacters;

    /// <summary>The most characters a file of this kind may have (STC1106).</summary>
    public static int MaxCharacters(ContentFileKind kind) => kind == ContentFileKind.Lock ? MaxLockCharacters : MaxFileCharacters;

    /// <summary>
    /// Which files of a content folder the generator reads: every <c>*.json</c> and <c>*.md</c> but
    /// <c>*.schema.json</c> and <c>README.md</c>, <c>content.lock</c> and <c>lint.baseline</c> at the root, and
    /// <c>.editorconfig</c> files. The package's MSBuild targets pass the same set (as globs: MSBuild cannot call
    /// this); the statement tool and the tests call this.
    /// </summary>
    /// <param name="relativePath">The file's path from the content folder, with '/' or '\'.</param>
    public static bool IsContentFile(string relativePath)
    {
        string path = relativePath.Replace('\\', '/');
        string name = Path.GetFileName(path);
        return path is ContentLockParser.FileName or LintBaselineParser.FileName
            || name == EditorConfigParser.FileName
            || (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            || (name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !string.Equals(name, "README.md", StringComparison.OrdinalIgnoreCase));
    }

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

        if (string.Equals(name, LanguagesFileName, StringComparison.OrdinalIgnoreCase))
        {
            return ContentFileKind.Languages;
        }

        if (string.Equals(name, ContentLockParser.FileName, StringComparison.OrdinalIgnoreCase))
        {
            return ContentFileKind.Lock;
        }

        if (string.Equals(name, LintBaselineParser.FileName, StringComparison.OrdinalIgnoreCase))
        {
            return ContentFileKind.LintBaseline;
        }

        if (string.Equals(name, EditorConfigParser.FileName, StringComparison.Ordinal))
        {
            return ContentFileKind.EditorConfig;
        }

        if (name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && LanguageTags.IsLanguageTag(name.Substring(0, name.Length - 3)))
        {
            language = LanguageTags.Normalize(name.Substring(0, name.Length - 3));
            return ContentFileKind.Text;
        }

        return ContentFileKind.Unrecognized;
    }

    /// <summary>Reads and parses one AdditionalFile; a host that throws while reading it gets STC0001, not CS8785.</summary>
    public static ParsedFile Parse(Microsoft.CodeAnalysis.AdditionalText file, CancellationToken cancellationToken)
    {
        SourceText? text;
        try
        {
            text = file.GetText(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Failed(file.Path, KindOf(file.Path, out _), DiagnosticDescriptors.InternalError, FileSpan.FileStart, file.Path, ex.GetType().Name + ": " + ex.Message);
        }

        return Parse(file.Path, text, cancellationToken);
    }

    public static ParsedFile Parse(string path, SourceText? text, CancellationToken cancellationToken)
    {
        ContentFileKind kind = KindOf(path, out string? language);
        
        if (kind == ContentFileKind.Unrecognized)
        {
            return Failed(path, kind, DiagnosticDescriptors.UnrecognizedFile, FileSpan.FileStart, Path.GetFileName(path));
        }

        if (text is null)
        {
            return Failed(path, kind, DiagnosticDescriptors.UnreadableFile, FileSpan.FileStart);
        }

        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!IsUnicode(text.Encoding))
            {
                // A compiler on .NET Framework falls back to the ANSI code page when a file is not valid UTF-8.
                return Failed(path, kind, DiagnosticDescriptors.NotUtf8, FileSpan.FileStart, "code page " + text.Encoding!.WebName);
            }

            if (text.Length > MaxCharacters(kind))
            {
                return Failed(path, kind, DiagnosticDescriptors.FileTooLarge, FileSpan.FileStart, text.Length.ToString(CultureInfo.InvariantCulture), MaxCharacters(kind).ToString(CultureInfo.InvariantCulture));
            }

            // A BOM is accepted. Decoders usually drop it; when it is still there, JSON sees it as a space (offsets stay
            // aligned with the file) and the Markdown parser skips it.
            string content = text.ToString();
            int replacement = content.IndexOf('\uFFFD');
            if (replacement >= 0)
            {
                // The .NET SDK's compiler decodes invalid UTF-8 with U+FFFD replacement characters: the text is already lost.
                LinePosition at = text.Lines.GetLinePosition(replacement);
                return Failed(path, kind, DiagnosticDescriptors.NotUtf8, new FileSpan(replacement, 1, at.Line, at.Character, at.Line, at.Character + 1), "UTF-8 with U+FFFD replacement characters");
            }

            bool bom = content.Length > 0 && content[0] == '\uFEFF';
            var context = new ParseContext(new SourceMap(path, text, bom && kind is not (ContentFileKind.Text or ContentFileKind.Lock or ContentFileKind.LintBaseline or ContentFileKind.EditorConfig) ? " " + content.Substring(1) : content));
            MetadataDoc? metadata = null;
            SignatoriesDoc? signatories = null;
            StringsDoc? strings = null;
            LanguagesDoc? languages = null;
            TextDoc? textDoc = null;
            LockDoc? lockDoc = null;
            LintBaselineDoc? baseline = null;
            EditorConfigDoc? editorConfig = null;
            if (kind == ContentFileKind.Text)
            {
                textDoc = MarkdownTextParser.Read(context, language!);
            }
            else if (kind == ContentFileKind.Lock)
            {
                lockDoc = ContentLockParser.Read(context);
            }
            else if (kind == ContentFileKind.LintBaseline)
            {
                baseline = LintBaselineParser.Read(context);
            }
            else if (kind == ContentFileKind.EditorConfig)
            {
                editorConfig = EditorConfigParser.Read(context);
            }
            else if (ParseJson(context) is { } root)
            {
                metadata = kind == ContentFileKind.Metadata ? JsonDocumentParsers.ReadMetadata(context, root) : null;
                signatories = kind == ContentFileKind.Signatories ? JsonDocumentParsers.ReadSignatories(context, root) : null;
                strings = kind == ContentFileKind.Strings ? JsonDocumentParsers.ReadStrings(context, root) : null;
                languages = kind == ContentFileKind.Languages ? JsonDocumentParsers.ReadLanguages(context, root) : null;
            }

            return new ParsedFile(path, DirectoryOf(path), kind, metadata, signatories, textDoc, strings, languages, lockDoc, baseline, editorConfig, context.Diagnostics.ToEquatableArray());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Failed(path, kind, DiagnosticDescriptors.InternalError, FileSpan.FileStart, path, ex.GetType().Name + ": " + ex.Message);
        }
    }

    private static JsonNode? ParseJson(ParseContext context)
    {
        if (context.Map.Content.Trim().Length == 0)
        {
            context.Report(DiagnosticDescriptors.MalformedJson, FileSpan.FileStart, "the file is empty");
            return null;
        }

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
        catch (JsonTree.InvalidStringException ex)
        {
            context.Report(DiagnosticDescriptors.MalformedJson, context.Map.SpanOfBytes(ex.Start, ex.End), ex.Message);
            return null;
        }
    }

    /// <summary>UTF-8 (with or without BOM), or UTF-16/32 announced by a BOM; null when the host did not say.</summary>
    private static bool IsUnicode(Encoding? encoding) =>
        encoding is null || encoding is UTF8Encoding || encoding is UnicodeEncoding || encoding is UTF32Encoding || encoding.CodePage == 65001;

    /// <summary>Drops the reader's own "LineNumber: … | BytePositionInLine: …" suffix: the location says it better.</summary>
    private static string CleanMessage(string message)
    {
        int suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (suffix > 0 ? message.Substring(0, suffix) : message).Trim();
    }

    /// <summary>A file that could not be read far enough to parse: its one diagnostic, and no document.</summary>
    private static ParsedFile Failed(string path, ContentFileKind kind, DiagnosticDescriptor descriptor, FileSpan span, params string[] arguments)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.Report(descriptor, path, span, arguments);
        return new ParsedFile(path, DirectoryOf(path), kind, null, null, null, null, null, null, null, null, diagnostics.ToEquatableArray());
    }

    private static string DirectoryOf(string path) => Path.GetDirectoryName(path) ?? "";
}
