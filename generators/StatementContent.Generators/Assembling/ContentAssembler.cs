using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Lint;
using StatementContent.Generators.Lock;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;

namespace StatementContent.Generators.Assembling;

/// <summary>
/// Parsed files + settings → what the emitters need. Groups files into statements (one folder each), checks
/// what only shows across files (ids, languages, the literal budget) and drops source positions, so the emit
/// models change only when generated code would.
/// </summary>
internal static class ContentAssembler
{
    /// <summary>The language every text falls back to; it sorts first among a statement's languages.</summary>
    public const string DefaultLanguage = "en";

    public static ContentAssembly Assemble(ImmutableArray<ParsedFile> unsortedFiles, BuildSettings settings) => Assemble(unsortedFiles, settings, out AssemblyWork? _);

    /// <param name="contentLock">The content against its lock: what the lock command writes (null without content).</param>
    public static ContentAssembly Assemble(ImmutableArray<ParsedFile> unsortedFiles, BuildSettings settings, out ContentLock? contentLock)
    {
        ContentAssembly assembly = Assemble(unsortedFiles, settings, out AssemblyWork? work);
        contentLock = work?.Lock;
        return assembly;
    }

    /// <param name="work">What the emit models were made from (null without content).</param>
    public static ContentAssembly Assemble(ImmutableArray<ParsedFile> unsortedFiles, BuildSettings settings, out AssemblyWork? work)
    {
        // No content: nothing to emit and nothing to say, not even about settings the project does not use.
        work = null;
        if (unsortedFiles.All(f => f.Kind == ContentFileKind.EditorConfig))
        {
            return ContentAssembly.Nothing(settings.Options, EquatableArray<DiagnosticInfo>.Empty);
        }

        // AdditionalFiles arrive in MSBuild item order; sorting makes every output independent of it.
        ParsedFile[] files = unsortedFiles.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(settings.Diagnostics);
        diagnostics.AddRange(files.SelectMany(f => f.Diagnostics));

        var names = new GeneratedNameRegistry(diagnostics);
        List<(ParsedFallback Fallback, string Path)> fallbacks = FallbackAssembler.Declared(files, diagnostics);
        var translations = new Translations(RuntimeMirror.Fallbacks(FallbackAssembler.Models(fallbacks)));
        UiStringTable strings = UiStringTable.Collect(files, names, diagnostics);
        List<AssembledStatement> statements = StatementAssembler.AssembleAll(files, strings, settings.Options, translations, names, diagnostics);
        CheckLanguagesAcrossStatements(statements, strings, translations, diagnostics);
        ContentLint.Report(ContentLint.Find(files, statements), LintBaseline.From(files), diagnostics);
        ContentLock contentLock = ContentLock.Compare(files, statements, strings);
        contentLock.Report(diagnostics, settings.StrictLock);
        var stale = new HashSet<LockKey>(contentLock.Stale.Select(item => item.Id));
        statements = statements.Select(s => s with { Model = StaleMarks.Apply(s, stale) }).ToList();
        var languages = new LanguagesModel(settings.Options, ContentLanguages(statements, strings), FallbackAssembler.Models(fallbacks));
        FallbackAssembler.CheckTargets(fallbacks, languages.Languages.ToList(), diagnostics);

        // String literals while they fit the compiler's limit; past it (or when asked), the texts as UTF-8 data.
        LiteralBudget budget = Count(statements, strings, languages, textsAsData: false, settings.Texts.DataSectionThreshold);
        if (settings.Texts.UseUtf8(budget.IsExceeded))
        {
            budget = Count(statements, strings, languages, textsAsData: true, settings.Texts.DataSectionThreshold);
            statements = statements.Select(s => s with { Model = s.Model with { Options = s.Model.Options with { Utf8Texts = true } } }).ToList();
        }

        budget.Report(diagnostics, settings.Texts);
        work = new AssemblyWork(statements, contentLock, budget);

        // Generated code behind these errors would only repeat them as compiler errors (CS8103, CS0246, …).
        if (settings.HasErrors || budget.IsExceeded)
        {
            return ContentAssembly.Nothing(settings.Options, SeverityConfig.Apply(files, diagnostics.ToEquatableArray()));
        }

        StatementModel[] ordered = statements
            .Select(s => s.Model)
            .OrderBy(s => s.Published, StringComparer.Ordinal)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToArray();
        var index = new StatementIndexModel(settings.Options, ordered.Select(s => new StatementIndexEntry(s.Id, s.Identifier)).ToEquatableArray());
        var uiStrings = new UiStringsModel(
            settings.Options,
            strings.Entries.Where(e => e.Model is not null).Select(e => e.Model! with { Text = StaleMarks.Apply(e.Model.Text, LockKey.OfString(e.Key), stale) }).ToEquatableArray(),
            strings.Entries.Where(e => e.Format is not null).Select(e => e.Format!).ToEquatableArray());
        var hashes = HashConstants(settings.Options, contentLock, names);
        return new ContentAssembly(ordered.ToEquatableArray(), index, uiStrings, languages, hashes, new RuntimeModel(true, settings.Options), SeverityConfig.Apply(files, diagnostics.ToEquatableArray()));
    }

    /// <summary>
    /// The items of the lock that get a constant in ContentHashes — past <see cref="ContentHashesModel.MaxConstants"/>,
    /// only the statements' — each name claimed; a name another item has already is reported and left out.
    /// </summary>
    private static ContentHashesModel HashConstants(OutputOptions options, ContentLock contentLock, GeneratedNameRegistry names)
    {
        int count = contentLock.Items.Count(i => i.ConstantName is not null);
        bool all = count <= ContentHashesModel.MaxConstants;
        var constants = new List<HashConstant>(all ? count : contentLock.Items.Count(i => i.ConstantName is not null && i.Key.Length == 0));
        foreach (LockItem item in contentLock.Items)
        {
            if (item.ConstantName is null || !(all || item.Key.Length == 0))
            {
                continue;
            }

            var constant = new HashConstant(item.ConstantName, item.Hash, item.Key.Length == 0 ? item.What : item.What + " of statement '" + item.Id.StatementId + "'");
            if (names.Claim(NameScope.ContentHashes, constant.Name, constant.Doc, item.Path, item.Span))
            {
                constants.Add(constant);
            }
        }

        return new ContentHashesModel(options, contentLock.Version, contentLock.ContentHash, constants.ToEquatableArray(), count);
    }

    private static LiteralBudget Count(List<AssembledStatement> statements, UiStringTable strings, LanguagesModel languages, bool textsAsData, int dataSectionThreshold)
    {
        var budget = new LiteralBudget(textsAsData, dataSectionThreshold);
        statements.ForEach(s => budget.Add(s.Model, s.Path, s.IdSpan));
        strings.Entries.ToList().ForEach(e => budget.Add(e, e.Path, e.KeySpan));
        budget.Add(languages);
        budget.AddRuntime();
        return budget;
    }

    /// <summary>Every language a statement or UI string has: English first, then by name.</summary>
    private static EquatableArray<string> ContentLanguages(List<AssembledStatement> statements, UiStringTable strings) => statements
        .SelectMany(s => s.Model.Languages)
        .Concat(strings.Entries.SelectMany(e => e.Languages))
        .Distinct(StringComparer.Ordinal)
        .OrderBy(l => l == DefaultLanguage ? 0 : 1)
        .ThenBy(l => l, StringComparer.Ordinal)
        .ToEquatableArray();

    /// <summary>
    /// Readers pick one language for everything: a statement or UI string without a language that another
    /// statement is published in falls back, and the author should know.
    /// </summary>
    private static void CheckLanguagesAcrossStatements(List<AssembledStatement> statements, UiStringTable strings, Translations translations, DiagnosticBag diagnostics)
    {
        EquatableArray<string> languages = statements
            .SelectMany(s => s.Model.Languages)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToEquatableArray();
        foreach (AssembledStatement statement in statements)
        {
            translations.Check(statement.Model.Title, languages, "Statement '" + statement.Model.Id + "' (title and paragraphs)", statement.Path, statement.IdSpan, diagnostics);
        }

        foreach (UiStringTable.Entry entry in languages.Count == 0 ? Enumerable.Empty<UiStringTable.Entry>() : strings.Entries)
        {
            translations.Check(entry.Text, languages, "UI string '" + entry.Key + "'", entry.Path, entry.KeySpan, diagnostics);
        }
    }
}
