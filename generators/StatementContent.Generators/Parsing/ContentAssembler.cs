using Microsoft.CodeAnalysis;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Parsing;

/// <summary>Everything the emit steps need, plus the cross-file diagnostics.</summary>
internal sealed record ContentAssembly(
    EquatableArray<StatementModel> Statements,
    StatementIndexModel Index,
    UiStringsModel Strings,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Parsed files → statements. Groups files by folder (one folder = one statement), resolves headings against
/// the UI strings, checks what only shows across files (ids, languages, paragraph counts), and drops source
/// positions so that the emit model changes only when generated code would.
/// </summary>
internal static class ContentAssembler
{
    /// <summary>Adds one located diagnostic; <paramref name="args"/> fill the descriptor's message.</summary>
    private delegate void Reporter(DiagnosticDescriptor descriptor, string path, FileSpan span, params string[] args);

    public const string DefaultLanguage = "en";

    /// <summary>Members that <c>Statements</c> declares itself; a statement cannot take these names.</summary>
    private static readonly HashSet<string> s_reservedIdentifiers = new(StringComparer.Ordinal) { "All", "Find" };

    public static ContentAssembly Assemble(ImmutableArray<ParsedFile> unsortedFiles, OutputOptions options)
    {
        // AdditionalFiles arrive in MSBuild item order; sorting makes every output independent of it.
        ParsedFile[] files = unsortedFiles.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        var diagnostics = new List<DiagnosticInfo>();
        Reporter report = (descriptor, path, span, args) => diagnostics.Add(DiagnosticInfo.Create(descriptor, path, span, args));
        foreach (ParsedFile file in files)
        {
            diagnostics.AddRange(file.Diagnostics);
        }

        Dictionary<string, ParsedUiString> strings = CollectStrings(files, diagnostics, out List<UiStringModel> stringModels, out Dictionary<string, string> stringFiles);
        var statements = new List<StatementModel>();
        var statementFiles = new List<(StatementModel Statement, string Path, FileSpan IdSpan)>();
        var budget = new LiteralBudget();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var identifiers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (IGrouping<string, ParsedFile> folder in files.Where(f => f.Kind is not ContentFileKind.Strings and not ContentFileKind.Unrecognized).GroupBy(f => f.Directory, StringComparer.Ordinal))
        {
            StatementModel? statement = AssembleStatement(folder.ToList(), strings, options, report, ids, identifiers);
            if (statement is not null)
            {
                statements.Add(statement);
                ParsedFile metadata = folder.First(f => f.Kind == ContentFileKind.Metadata);
                statementFiles.Add((statement, metadata.Path, metadata.Metadata!.IdSpan));
                budget.Add(statement, metadata.Path, metadata.Metadata!.IdSpan);
            }
        }

        // Readers pick one language for everything: a statement or UI string without a language that another
        // statement is published in falls back, and the author should know.
        EquatableArray<string> statementLanguages = statements.SelectMany(s => s.Languages).Distinct(StringComparer.Ordinal).OrderBy(l => l, StringComparer.Ordinal).ToEquatableArray();
        foreach ((StatementModel statement, string path, FileSpan idSpan) in statementFiles)
        {
            CheckTranslations(statement.Title, statementLanguages, "Statement '" + statement.Id + "' (title and paragraphs)", path, idSpan, DefaultLanguage, report);
        }

        foreach (ParsedUiString entry in strings.Values)
        {
            budget.Add(entry.Text, stringFiles[entry.Key], entry.KeySpan);
            CheckTranslations(entry.Text, statementLanguages, "UI string '" + entry.Key + "'", stringFiles[entry.Key], entry.KeySpan, DefaultLanguage, report);
        }

        budget.Report(diagnostics);

        statements.Sort((a, b) => string.CompareOrdinal(a.Published, b.Published) is var c && c != 0 ? c : string.CompareOrdinal(a.Id, b.Id));
        var index = new StatementIndexModel(options, statements.Select(s => new StatementIndexEntry(s.Id, s.Identifier, s.Published)).ToEquatableArray());
        return new ContentAssembly(statements.ToEquatableArray(), index, new UiStringsModel(options, stringModels.ToEquatableArray()), diagnostics.ToEquatableArray());
    }

    private static Dictionary<string, ParsedUiString> CollectStrings(ParsedFile[] files, List<DiagnosticInfo> diagnostics, out List<UiStringModel> models, out Dictionary<string, string> declaredIn)
    {
        var strings = new Dictionary<string, ParsedUiString>(StringComparer.Ordinal);
        declaredIn = new Dictionary<string, string>(StringComparer.Ordinal);
        models = new List<UiStringModel>();
        foreach (ParsedFile file in files)
        {
            foreach (ParsedUiString entry in file.Strings?.Strings ?? EquatableArray<ParsedUiString>.Empty)
            {
                if (declaredIn.TryGetValue(entry.Key, out string? first))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateStringKey, file.Path, entry.KeySpan, entry.Key, first));
                    continue;
                }

                declaredIn.Add(entry.Key, file.Path);
                strings.Add(entry.Key, entry);
                models.Add(new UiStringModel(entry.Key, entry.Text));
            }
        }

        return strings;
    }

    private static StatementModel? AssembleStatement(
        List<ParsedFile> folder,
        Dictionary<string, ParsedUiString> strings,
        OutputOptions options,
        Reporter report,
        Dictionary<string, string> ids,
        Dictionary<string, string> identifiers)
    {
        ParsedFile? metadataFile = folder.FirstOrDefault(f => f.Kind == ContentFileKind.Metadata);
        List<ParsedFile> textFiles = folder.Where(f => f.Kind == ContentFileKind.Text).ToList();
        if (metadataFile is null)
        {
            foreach (ParsedFile orphan in folder)
            {
                report(DiagnosticDescriptors.TextWithoutMetadata, orphan.Path, FileSpan.FileStart, Path.GetFileName(orphan.Path));
            }

            return null;
        }

        MetadataDoc? metadata = metadataFile.Metadata;
        if (metadata is null)
        {
            return null; // statement.json is broken; its own diagnostics say why.
        }

        string? identifier = Names.ToIdentifier(metadata.Id, out string? reason);
        if (identifier is not null && s_reservedIdentifiers.Contains(identifier))
        {
            reason = $"it would become '{identifier}', which the Statements class already declares";
            identifier = null;
        }
        else if (identifier is not null && identifiers.TryGetValue(identifier, out string? clash) && !ids.ContainsKey(metadata.Id))
        {
            reason = $"it becomes the C# name '{identifier}', like statement '{clash}'";
            identifier = null;
        }

        if (identifier is null)
        {
            report(DiagnosticDescriptors.InvalidId, metadataFile.Path, metadata.IdSpan, "Statement id", metadata.Id, reason!);
            return null;
        }

        if (ids.TryGetValue(metadata.Id, out string? firstPath))
        {
            report(DiagnosticDescriptors.DuplicateStatementId, metadataFile.Path, metadata.IdSpan, metadata.Id, firstPath);
            return null;
        }

        ids.Add(metadata.Id, metadataFile.Path);
        identifiers.Add(identifier, metadata.Id);

        List<(ParsedFile File, TextDoc Doc)> texts = textFiles
            .Where(f => f.Text is not null)
            .Select(f => (f, f.Text!))
            .OrderBy(t => t.Item2.Language == DefaultLanguage ? 0 : 1)
            .ThenBy(t => t.Item2.Language, StringComparer.Ordinal)
            .ToList();
        if (texts.Count == 0)
        {
            if (!textFiles.Any(f => f.HasErrors))
            {
                report(DiagnosticDescriptors.MetadataWithoutText, metadataFile.Path, metadata.IdSpan, metadata.Id);
            }

            return null;
        }

        EquatableArray<string> languages = texts.Select(t => t.Doc.Language).ToEquatableArray();
        string defaultLanguage = languages[0];
        var title = new LocalizedTextModel(texts.Select(t => new LocalizedValue(t.Doc.Language, t.Doc.Title, false)).ToEquatableArray());
        EquatableArray<LocalizedTextModel> paragraphs = AssembleParagraphs(texts, report);

        string statementName = "Statement '" + metadata.Id + "'";
        CheckTranslations(metadata.Publisher, languages, statementName + " publisher", metadataFile.Path, metadata.IdSpan, defaultLanguage, report);
        var groups = new List<SignatoryGroupModel>();
        ParsedFile? signatoriesFile = folder.FirstOrDefault(f => f.Kind == ContentFileKind.Signatories);
        var groupIds = new HashSet<string>(StringComparer.Ordinal);
        var partyIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (ParsedGroup group in signatoriesFile?.Signatories?.Groups ?? EquatableArray<ParsedGroup>.Empty)
        {
            string path = signatoriesFile!.Path;
            if (!groupIds.Add(group.Id))
            {
                report(DiagnosticDescriptors.DuplicateId, path, group.IdSpan, "Group id", group.Id);
            }

            LocalizedTextModel heading;
            if (strings.TryGetValue(group.HeadingKey, out ParsedUiString? headingString))
            {
                heading = headingString.Text; // its translations are checked once, at the key in strings.json
            }
            else
            {
                report(DiagnosticDescriptors.UnknownStringKey, path, group.HeadingSpan, group.HeadingKey);
                heading = new LocalizedTextModel(new[] { new LocalizedValue(defaultLanguage, group.HeadingKey, true) }.ToEquatableArray());
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (ParsedParty party in group.Parties)
            {
                if (!partyIds.Add(party.Id))
                {
                    report(DiagnosticDescriptors.DuplicateId, path, party.IdSpan, "Party id", party.Id);
                }

                foreach (LocalizedValue name in party.Name.Values)
                {
                    if (!names.Add(name.Language + "\n" + name.Text.Trim()))
                    {
                        report(DiagnosticDescriptors.DuplicateId, path, party.IdSpan, "Party name", name.Text.Trim());
                    }
                }

                CheckTranslations(party.Name, languages, "Party '" + party.Id + "'", path, party.IdSpan, defaultLanguage, report);
            }

            groups.Add(new SignatoryGroupModel(group.Id, group.HeadingKey, heading, group.Parties.Select(p => new PartyModel(p.Id, p.Name, p.Country)).ToEquatableArray()));
        }

        return new StatementModel(
            options,
            metadata.Id,
            identifier,
            metadata.Published,
            metadata.Publisher,
            metadata.Tags,
            metadata.OpenForSubscriptions,
            languages,
            title,
            paragraphs,
            groups.ToEquatableArray());
    }

    private static EquatableArray<LocalizedTextModel> AssembleParagraphs(List<(ParsedFile File, TextDoc Doc)> texts, Reporter report)
    {
        TextDoc reference = texts[0].Doc;
        int count = reference.Paragraphs.Count;
        foreach ((ParsedFile file, TextDoc doc) in texts.Skip(1))
        {
            if (doc.Paragraphs.Count != count)
            {
                // Point at the first paragraph without a counterpart, or at the last one when this text is shorter.
                int at = Math.Min(doc.Paragraphs.Count, count);
                FileSpan span = doc.ParagraphSpans.Count == 0 ? FileSpan.FileStart : doc.ParagraphSpans[Math.Min(at, doc.ParagraphSpans.Count - 1)];
                report(DiagnosticDescriptors.ParagraphCountMismatch, file.Path, span, new[] { doc.Language, doc.Paragraphs.Count.ToString(), reference.Language, count.ToString() });
            }
        }

        int max = texts.Max(t => t.Doc.Paragraphs.Count);
        var paragraphs = new List<LocalizedTextModel>(max);
        for (int i = 0; i < max; i++)
        {
            paragraphs.Add(new LocalizedTextModel(texts
                .Where(t => i < t.Doc.Paragraphs.Count)
                .Select(t => new LocalizedValue(t.Doc.Language, t.Doc.Paragraphs[i], false))
                .ToEquatableArray()));
        }

        return paragraphs.ToEquatableArray();
    }

    private static void CheckTranslations(LocalizedTextModel text, EquatableArray<string> languages, string what, string path, FileSpan span, string defaultLanguage, Reporter report)
    {
        foreach (string language in languages)
        {
            if (text.Get(language) is null)
            {
                string fallback = text.Get(defaultLanguage) is not null ? defaultLanguage : text.Values[0].Language;
                report(DiagnosticDescriptors.MissingTranslation, path, span, new[] { what, language, fallback });
            }
        }
    }
}
