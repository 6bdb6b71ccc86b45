using System;
using System.Collections.Generic;
using System.Linq;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Assembling;

/// <summary>signatories.json → signatory groups: ids checked, headings resolved against the UI strings, names checked per language.</summary>
internal static class SignatoryAssembler
{
    public static EquatableArray<SignatoryGroupModel> Assemble(ParsedFile? file, UiStringTable strings, EquatableArray<string> languages, Translations translations, DiagnosticBag diagnostics)
    {
        if (file?.Signatories is not { } document)
        {
            return EquatableArray<SignatoryGroupModel>.Empty;
        }

        string path = file.Path;
        CheckIds(IdKind.Group, document.Groups.Select(g => (g.Id, g.IdSpan)), path, diagnostics);
        CheckIds(IdKind.Party, document.Groups.SelectMany(g => g.Parties).Select(p => (p.Id, p.IdSpan)), path, diagnostics);
        foreach (ParsedGroup group in document.Groups)
        {
            CheckNames(group, path, diagnostics);
            foreach (ParsedParty party in group.Parties)
            {
                translations.Check(party.Name, languages, "Party '" + party.Id + "'", path, party.IdSpan, diagnostics);
            }
        }

        return document.Groups
            .Select(group => new SignatoryGroupModel(
                group.Id,
                strings.Heading(group.HeadingKey, path, group.HeadingSpan, languages[0], diagnostics),
                group.Parties.Select(p => new PartyModel(p.Id, p.Name, p.Country, p.CountryAddedByProject)).ToEquatableArray()))
            .ToEquatableArray();
    }

    /// <summary>Each id follows the id rule and appears once in the statement.</summary>
    private static void CheckIds(IdKind kind, IEnumerable<(string Id, FileSpan Span)> ids, string path, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string id, FileSpan span) in ids)
        {
            if (IdRules.Check(kind, id, out string? reason) is null)
            {
                diagnostics.Report(DiagnosticDescriptors.InvalidId, path, span, IdRules.Describe(kind), id, reason!);
            }
            else if (!seen.Add(id))
            {
                diagnostics.Report(DiagnosticDescriptors.DuplicateId, path, span, IdRules.Describe(kind), id);
            }
        }
    }

    /// <summary>Two parties of one group with the same name in one language are one party listed twice.</summary>
    private static void CheckNames(ParsedGroup group, string path, DiagnosticBag diagnostics)
    {
        var names = new HashSet<(string Language, string Name)>();
        foreach (ParsedParty party in group.Parties)
        {
            foreach (LocalizedValue name in party.Name.Values)
            {
                if (!names.Add((name.Language, name.Text.Trim())))
                {
                    diagnostics.Report(DiagnosticDescriptors.DuplicateId, path, party.IdSpan, "Party name", name.Text.Trim());
                }
            }
        }
    }
}
