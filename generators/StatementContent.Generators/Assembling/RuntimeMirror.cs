using System;
using System.Globalization;
using System.Linq;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Assembling;

/// <summary>
/// An emit model → the runtime's own objects (compiled into the generator), so the hashes the generator writes
/// (ContentHashes, the content lock) come from the code that computes them at run time, not from a second copy.
/// Configured fallbacks do not enter a hash, so texts get none.
/// </summary>
internal static class RuntimeMirror
{
    public static Statement ToRuntime(StatementModel model) => new(
        model.Id,
        DateTime.ParseExact(model.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Text(model.Publisher),
        model.Tags.ToArray(),
        model.OpenForSubscriptions,
        model.Languages.ToArray(),
        Text(model.Title),
        model.Paragraphs.Select(Text).ToArray(),
        model.Groups.Select(g => new SignatoryGroup(g.Id, Text(g.Heading), g.Parties.Select(Party).ToArray())).ToArray());

    public static Signatory Party(PartyModel party) => new(party.Id, Text(party.Name), party.Country, party.CountryAddedByProject);

    public static LocalizedText Text(LocalizedTextModel text) => new(
        text.Values.Select(v => v.Language).ToArray(),
        text.Values.Select(v => v.Text).ToArray(),
        LanguageFallbacks.None,
        text.Values.Where(v => v.AddedByProject).Select(v => v.Language).ToArray());
}
