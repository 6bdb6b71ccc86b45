using System.Collections.Generic;
using System.Linq;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;

namespace StatementContent.Generators.Assembling;

/// <summary>
/// Stale translations (found by <see cref="ContentLock"/>) → <see cref="LocalizedValue.Stale"/> in the emit model,
/// so the generated texts answer <c>IsStale(language)</c>. Keys are the lock items' (<see cref="LockItems"/>).
/// </summary>
internal static class StaleMarks
{
    public static string StringKey(string uiKey) => ContentLockParser.StringsSection + "\nstring " + uiKey;

    public static StatementModel Apply(AssembledStatement statement, HashSet<string> stale)
    {
        StatementModel model = statement.Model;
        if (stale.Count == 0)
        {
            return model;
        }

        string section = ContentLockParser.StatementSection + " " + model.Id + "\n";
        EquatableArray<ParsedGroup> parsedGroups = statement.Sources.Signatories?.Groups ?? EquatableArray<ParsedGroup>.Empty;
        return model with
        {
            Publisher = Apply(model.Publisher, section + "publisher", stale),
            Title = Apply(model.Title, section + "title", stale),
            Paragraphs = model.Paragraphs.Select((p, i) => Apply(p, section + "paragraph " + (i + 1), stale)).ToEquatableArray(),
            Groups = model.Groups.Select((g, i) => g with
            {
                Heading = i < parsedGroups.Count ? Apply(g.Heading, StringKey(parsedGroups[i].HeadingKey), stale) : g.Heading,
                Parties = g.Parties.Select(p => p with { Name = Apply(p.Name, section + LockItems.PartyKey(g.Id, p.Id), stale) }).ToEquatableArray(),
            }).ToEquatableArray(),
        };
    }

    public static LocalizedTextModel Apply(LocalizedTextModel text, string key, HashSet<string> stale) =>
        stale.Count == 0 || !text.Values.Any(v => stale.Contains(key + " " + v.Language))
            ? text
            : new LocalizedTextModel(text.Values.Select(v => v with { Stale = stale.Contains(key + " " + v.Language) }).ToEquatableArray());
}
