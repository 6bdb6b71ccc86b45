using System;
using System.Collections.Generic;
using System.Linq;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Assembling;

/// <summary>The UI strings of every strings.json, each key valid and declared once, in file order.</summary>
internal sealed class UiStringTable
{
    private readonly Dictionary<string, Entry> _byKey;

    private UiStringTable(List<Entry> entries)
    {
        Entries = entries;
        _byKey = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (Entry entry in entries)
        {
            _byKey.Add(entry.Key, entry);
        }
    }

    public IReadOnlyList<Entry> Entries { get; }

    /// <summary>
    /// Collects the strings of <paramref name="files"/> (sorted by path), reporting invalid and repeated keys; each
    /// key and each format's parameters claim their C# names (a string whose names collide is left out).
    /// </summary>
    public static UiStringTable Collect(IEnumerable<ParsedFile> files, GeneratedNameRegistry names, DiagnosticBag diagnostics)
    {
        var entries = new List<Entry>();
        var declaredIn = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ParsedFile file in files)
        {
            foreach (ParsedUiString parsed in file.Strings?.Strings ?? EquatableArray<ParsedUiString>.Empty)
            {
                if (IdRules.Check(IdKind.UiStringKey, parsed.Key, out string? reason) is null)
                {
                    diagnostics.Report(DiagnosticDescriptors.InvalidId, file.Path, parsed.KeySpan, IdRules.Describe(IdKind.UiStringKey), parsed.Key, reason!);
                }
                else if (declaredIn.TryGetValue(parsed.Key, out string? first))
                {
                    diagnostics.Report(DiagnosticDescriptors.DuplicateStringKey, file.Path, parsed.KeySpan, parsed.Key, first);
                }
                else if (ClaimNames(parsed, file.Path, names))
                {
                    declaredIn.Add(parsed.Key, file.Path);
                    entries.Add(new Entry(parsed.Text is null ? null : new UiStringModel(parsed.Key, parsed.Text), parsed.Format, file.Path, parsed.KeySpan, parsed.TextSpans));
                }
            }
        }

        return new UiStringTable(entries);
    }

    /// <summary>The key's member of UiStrings, and a format's parameters (reported at the key, as a format's other problems are).</summary>
    private static bool ClaimNames(ParsedUiString parsed, string path, GeneratedNameRegistry names)
    {
        bool claimed = names.Claim(NameScope.UiStrings, parsed.Key, $"UI string '{parsed.Key}'", path, parsed.KeySpan);
        foreach (string parameter in parsed.Format?.Parameters ?? EquatableArray<string>.Empty)
        {
            claimed &= names.Claim(NameScope.ParametersOf(parsed.Key), parameter, $"parameter '{parameter}' of UI string '{parsed.Key}'", path, parsed.KeySpan);
        }

        return claimed;
    }

    /// <summary>The text of a group heading's key; an unknown key is reported and shows as itself.</summary>
    public LocalizedTextModel Heading(string key, string path, FileSpan span, string language, DiagnosticBag diagnostics)
    {
        if (_byKey.TryGetValue(key, out Entry? entry) && entry.Model is not null)
        {
            return entry.Model.Text; // its translations are checked once, at the key in strings.json
        }

        diagnostics.Report(DiagnosticDescriptors.UnknownStringKey, path, span, key);
        return new LocalizedTextModel(new[] { new LocalizedValue(language, key, true) }.ToEquatableArray());
    }

    /// <summary>A UI string — a plain text (<see cref="Model"/>) or a format (<see cref="Format"/>) — and where its key is declared.</summary>
    /// <param name="TextSpans">Where each language's text is (a plain text only; a format's diagnostics point at its key).</param>
    public sealed record Entry(UiStringModel? Model, UiFormatModel? Format, string Path, FileSpan KeySpan, EquatableArray<LocatedLanguage> TextSpans)
    {
        public string Key => Model?.Key ?? Format!.Key;

        /// <summary>The languages of <see cref="Text"/>, read without making it.</summary>
        public IEnumerable<string> Languages => Model is not null
            ? Model.Text.Values.Select(v => v.Language)
            : Format!.Languages.Select(l => l.Language).Concat(Format.LeftOut);

        /// <summary>
        /// The text in each language, for checks that look at languages: a format's last form stands for it, and a
        /// language left out for its wrong plural forms (reported already) is there with the default language's.
        /// </summary>
        public LocalizedTextModel Text => Model?.Text ?? new LocalizedTextModel(Format!.Languages
            .Select(l => new LocalizedValue(l.Language, string.Concat(l.Forms[l.Forms.Count - 1].Parts.Select(p => p.Text)), false))
            .Concat(Format.LeftOut.Select(l => new LocalizedValue(l, string.Concat(Format.Languages[0].Forms[Format.Languages[0].Forms.Count - 1].Parts.Select(p => p.Text)), false)))
            .ToEquatableArray());
    }
}
