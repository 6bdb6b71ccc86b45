using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;

namespace StatementContent.Generators.Assembling;

/// <summary>One folder's files → one statement: metadata, texts by language, paragraphs matched by position, signatories.</summary>
internal static class StatementAssembler
{
    /// <summary>Every statement folder of <paramref name="files"/> (sorted by path); folders that cannot make a statement are reported and left out.</summary>
    public static List<AssembledStatement> AssembleAll(ParsedFile[] files, UiStringTable strings, OutputOptions options, Translations translations, GeneratedNameRegistry names, DiagnosticBag diagnostics)
    {
        var statements = new List<AssembledStatement>();
        foreach (IGrouping<string, ParsedFile> folder in files
            .Where(f => f.Kind is ContentFileKind.Metadata or ContentFileKind.Signatories or ContentFileKind.Text)
            .GroupBy(f => f.Directory, StringComparer.Ordinal))
        {
            AssembledStatement? statement = Assemble(folder.ToList(), strings, options, translations, diagnostics);
            if (statement is not null)
            {
                statements.Add(statement);
            }
        }

        return WithoutDuplicates(statements, names, diagnostics);
    }

    private static AssembledStatement? Assemble(List<ParsedFile> folder, UiStringTable strings, OutputOptions options, Translations translations, DiagnosticBag diagnostics)
    {
        ParsedFile? metadataFile = folder.FirstOrDefault(f => f.Kind == ContentFileKind.Metadata);
        if (metadataFile is null)
        {
            folder.ForEach(orphan => diagnostics.Report(DiagnosticDescriptors.TextWithoutMetadata, orphan.Path, FileSpan.FileStart, Path.GetFileName(orphan.Path)));
            return null;
        }

        if (metadataFile.Metadata is not { } metadata)
        {
            return null; // statement.json is broken; its own diagnostics say why.
        }

        string? identifier = IdRules.Check(IdKind.Statement, metadata.Id, out string? reason);
        if (identifier is null)
        {
            diagnostics.Report(DiagnosticDescriptors.InvalidId, metadataFile.Path, metadata.IdSpan, IdRules.Describe(IdKind.Statement), metadata.Id, reason!);
            return null;
        }

        List<(string Path, TextDoc Doc)> texts = TextsByLanguage(folder, diagnostics);
        if (texts.Count == 0)
        {
            if (!folder.Any(f => f.Kind == ContentFileKind.Text && f.HasErrors))
            {
                diagnostics.Report(DiagnosticDescriptors.MetadataWithoutText, metadataFile.Path, metadata.IdSpan, metadata.Id);
            }

            return null;
        }

        EquatableArray<string> languages = texts.Select(t => t.Doc.Language).ToEquatableArray();
        ParsedFile? signatories = folder.FirstOrDefault(f => f.Kind == ContentFileKind.Signatories);
        translations.Check(metadata.Publisher, languages, "Statement '" + metadata.Id + "' publisher", metadataFile.Path, metadata.IdSpan, diagnostics);
        var model = new StatementModel(
            options,
            metadata.Id,
            identifier,
            metadata.Published,
            metadata.Publisher,
            metadata.Tags,
            metadata.OpenForSubscriptions,
            languages,
            new LocalizedTextModel(texts.Select(t => new LocalizedValue(t.Doc.Language, t.Doc.Title, false)).ToEquatableArray(), Source(texts)?.NoteOf(0)),
            Paragraphs(texts, diagnostics),
            SignatoryAssembler.Assemble(signatories, strings, languages, translations, diagnostics));
        return new AssembledStatement(model, metadataFile.Path, metadata.IdSpan, new StatementSources(metadataFile.Path, metadata, texts, signatories?.Path, signatories?.Signatories));
    }

    /// <summary>
    /// The parsed language files, English first, then by language. A second file of one language (<c>en.md</c> and
    /// <c>EN.md</c>, where the file system keeps both) is reported and left out: the first by path is the text.
    /// </summary>
    private static List<(string Path, TextDoc Doc)> TextsByLanguage(List<ParsedFile> folder, DiagnosticBag diagnostics)
    {
        var languages = new LanguageTags.Set();
        var texts = new List<(string Path, TextDoc Doc)>();
        foreach (ParsedFile file in folder.Where(f => f.Text is not null))
        {
            string name = Path.GetFileName(file.Path);
            if (languages.Repeats(name.Substring(0, name.Length - ".md".Length), out string? first))
            {
                diagnostics.Report(DiagnosticDescriptors.DuplicateLanguage, file.Path, FileSpan.FileStart,
                    $"The statement folder '{file.Directory}'", file.Text!.Language, LanguageTags.Set.Spellings(first! + ".md", name));
                continue;
            }

            texts.Add((file.Path, file.Text!));
        }

        return texts
            .OrderBy(t => t.Doc.Language == ContentAssembler.DefaultLanguage ? 0 : 1)
            .ThenBy(t => t.Doc.Language, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Paragraph i of every language that has one; a language with another count is reported, never cut.</summary>
    private static EquatableArray<LocalizedTextModel> Paragraphs(List<(string Path, TextDoc Doc)> texts, DiagnosticBag diagnostics)
    {
        TextDoc reference = texts[0].Doc;
        int count = reference.Paragraphs.Count;
        foreach ((string path, TextDoc doc) in texts.Skip(1).Where(t => t.Doc.Paragraphs.Count != count))
        {
            // Point at the first paragraph without a counterpart, or at the last one when this text is shorter.
            int at = Math.Min(doc.Paragraphs.Count, count);
            FileSpan span = doc.ParagraphSpans.Count == 0 ? FileSpan.FileStart : doc.ParagraphSpans[Math.Min(at, doc.ParagraphSpans.Count - 1)];
            diagnostics.Report(DiagnosticDescriptors.ParagraphCountMismatch, path, span, doc.Language, doc.Paragraphs.Count.ToString(), reference.Language, count.ToString());
        }

        int max = texts.Max(t => t.Doc.Paragraphs.Count);
        TextDoc? source = Source(texts);
        return Enumerable.Range(0, max)
            .Select(i => new LocalizedTextModel(
                texts.Where(t => i < t.Doc.Paragraphs.Count).Select(t => new LocalizedValue(t.Doc.Language, t.Doc.Paragraphs[i], false)).ToEquatableArray(),
                source?.NoteOf(i + 1)))
            .ToEquatableArray();
    }

    /// <summary>The English text, whose file holds the translator notes (the parser reports a note in any other).</summary>
    private static TextDoc? Source(List<(string Path, TextDoc Doc)> texts) =>
        texts.FirstOrDefault(t => t.Doc.Language == ContentAssembler.DefaultLanguage).Doc;

    /// <summary>
    /// Statement ids are unique, and so are the C# names (and generated files) they become: 'a-1' and 'a1' both
    /// become 'A1'. The first folder by path keeps its statement; a later one is reported and left out.
    /// </summary>
    private static List<AssembledStatement> WithoutDuplicates(List<AssembledStatement> statements, GeneratedNameRegistry names, DiagnosticBag diagnostics)
    {
        var pathById = new Dictionary<string, string>(StringComparer.Ordinal);
        var kept = new List<AssembledStatement>();
        foreach (AssembledStatement statement in statements)
        {
            StatementModel model = statement.Model;
            string what = "statement '" + model.Id + "'";
            if (pathById.TryGetValue(model.Id, out string? firstPath))
            {
                diagnostics.Report(DiagnosticDescriptors.DuplicateStatementId, statement.Path, statement.IdSpan, model.Id, firstPath);
                continue;
            }

            pathById.Add(model.Id, statement.Path);
            if (names.Claim(NameScope.Statements, model.Identifier, what, statement.Path, statement.IdSpan)
                && names.Claim(NameScope.StatementFiles, model.Identifier, what, statement.Path, statement.IdSpan))
            {
                kept.Add(statement);
            }
        }

        return kept;
    }
}
