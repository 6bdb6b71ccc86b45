using StatementContent.Generators.Lint;
using StatementContent.Generators.Lock;

namespace StatementContent.Generators.Model;

// The parse model: one record per content file, the output of the per-file parse step. Same caching contract
// as ContentModel.cs (immutable, structural equality all the way down). Unlike the emit model it keeps the
// spans that later cross-file checks need to point at; the assemble step drops them.

internal enum ContentFileKind
{
    Metadata,
    Signatories,
    Text,
    Strings,
    Languages,
    Lock,
    LintBaseline,
    EditorConfig,
    Unrecognized,
}

/// <summary>A parsed content file. Exactly the document matching <see cref="Kind"/> is set, or none when the file was too broken.</summary>
internal sealed record ParsedFile(
    string Path,
    string Directory,
    ContentFileKind Kind,
    MetadataDoc? Metadata,
    SignatoriesDoc? Signatories,
    TextDoc? Text,
    StringsDoc? Strings,
    LanguagesDoc? Languages,
    LockDoc? Lock,
    LintBaselineDoc? Baseline,
    EditorConfigDoc? EditorConfig,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public bool HasErrors => Diagnostics.HasErrors();
}

/// <summary>Where one language's text of a localized value is.</summary>
internal sealed record LocatedLanguage(string Language, FileSpan Span);

/// <summary>statement.json.</summary>
/// <param name="PublishedLanguages">The languages the statement text was published in (not translations); the source language when the file does not say.</param>
internal sealed record MetadataDoc(
    string Id,
    FileSpan IdSpan,
    string Published,
    LocalizedTextModel Publisher,
    EquatableArray<LocatedLanguage> PublisherSpans,
    EquatableArray<string> Tags,
    bool OpenForSubscriptions,
    EquatableArray<string> PublishedLanguages);

/// <summary>signatories.json.</summary>
internal sealed record SignatoriesDoc(EquatableArray<ParsedGroup> Groups);

internal sealed record ParsedGroup(string Id, FileSpan IdSpan, string HeadingKey, FileSpan HeadingSpan, EquatableArray<ParsedParty> Parties);

internal sealed record ParsedParty(string Id, FileSpan IdSpan, LocalizedTextModel Name, EquatableArray<LocatedLanguage> NameSpans, string? Country, bool CountryAddedByProject);

/// <summary>&lt;language&gt;.md: a title and paragraphs, each with the span it came from, and the translator notes above them.</summary>
internal sealed record TextDoc(string Language, string Title, FileSpan TitleSpan, EquatableArray<string> Paragraphs, EquatableArray<FileSpan> ParagraphSpans, EquatableArray<MarkdownNote> Notes = default)
{
    /// <summary>The note of item <paramref name="number"/> (0: the title; paragraphs from 1), or null.</summary>
    public string? NoteOf(int number)
    {
        foreach (MarkdownNote note in Notes)
        {
            if (note.Number == number)
            {
                return note.Text;
            }
        }

        return null;
    }
}

/// <summary>A translator note of a Markdown text: <c>&lt;!-- note: … --&gt;</c> above the title (<paramref name="Number"/> 0) or a paragraph (from 1).</summary>
internal sealed record MarkdownNote(int Number, string Text);

/// <summary>strings.json.</summary>
internal sealed record StringsDoc(EquatableArray<ParsedUiString> Strings);

/// <summary>A UI string: a plain text in each language, or (with "parameters") a format compiled to a method.</summary>
internal sealed record ParsedUiString(string Key, FileSpan KeySpan, LocalizedTextModel? Text, EquatableArray<LocatedLanguage> TextSpans, UiFormatModel? Format);

/// <summary>languages.json: the configured fallbacks, each language with the languages its readers get next.</summary>
internal sealed record LanguagesDoc(EquatableArray<ParsedFallback> Fallbacks);

internal sealed record ParsedFallback(string Language, FileSpan LanguageSpan, EquatableArray<string> Next);

/// <summary>An .editorconfig's STC severities: whether it is the root, and its sections in order.</summary>
internal sealed record EditorConfigDoc(bool Root, EquatableArray<EditorConfigSection> Sections);

internal sealed record EditorConfigSection(string Glob, EquatableArray<IdSeverity> Severities);

/// <param name="Severity">A <c>DiagnosticSeverity</c> as a number, or -1 for <c>none</c>.</param>
internal sealed record IdSeverity(string Id, int Severity);
