using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Assembling;

/// <summary>
/// An emit model → the runtime's own objects (compiled into the generator), so the hashes the generator writes
/// (ContentHashes, the content lock) come from the code that computes them at run time, not from a second copy.
/// Configured fallbacks do not enter a hash; a host that shows the texts (the CLI) passes the content's.
/// </summary>
internal static class RuntimeMirror
{
    public static Statement ToRuntime(StatementModel model, LanguageFallbacks? fallbacks = null) => new(
        model.Id,
        DateTime.ParseExact(model.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Text(model.Publisher, fallbacks),
        model.Tags.ToArray(),
        model.OpenForSubscriptions,
        model.Languages.ToArray(),
        Text(model.Title, fallbacks),
        model.Paragraphs.Select(p => Text(p, fallbacks)).ToArray(),
        model.Groups.Select(g => new SignatoryGroup(g.Id, Text(g.Heading, fallbacks), g.Parties.Select(p => Party(p, fallbacks)).ToArray())).ToArray());

    public static Signatory Party(PartyModel party, LanguageFallbacks? fallbacks = null) =>
        new(party.Id, Text(party.Name, fallbacks), party.Country, party.CountryAddedByProject);

    public static LocalizedText Text(LocalizedTextModel text, LanguageFallbacks? fallbacks = null) => new(
        text.Values.Select(v => v.Language).ToArray(),
        text.Values.Select(v => v.Text).ToArray(),
        fallbacks ?? LanguageFallbacks.None,
        text.Values.Where(v => v.AddedByProject).Select(v => v.Language).ToArray(),
        text.Values.Where(v => v.Stale).Select(v => v.Language).ToArray());

    // The last set made: see Fallbacks.
    private static LanguageFallbacks? s_lastFallbacks;

    /// <summary>The content's configured fallbacks (content/languages.json) as the runtime takes them.</summary>
    public static LanguageFallbacks Fallbacks(LanguagesModel languages) => Fallbacks(languages.Fallbacks);

    /// <summary>The configured fallbacks as the runtime takes them.</summary>
    /// <remarks>
    /// The runtime numbers the culture chains of each fallback set for the life of the process (CultureChain), and a
    /// compiler server runs the generator on every edit: an equal set is the same object again, so those runs add no
    /// chains. The last set made is kept; a race between two compilations only makes one more object.
    /// </remarks>
    public static LanguageFallbacks Fallbacks(EquatableArray<FallbackModel> fallbacks)
    {
        if (fallbacks.IsEmpty)
        {
            return LanguageFallbacks.None;
        }

        var made = new LanguageFallbacks(fallbacks.Select(f => f.Language).ToArray(), fallbacks.Select(f => (IReadOnlyList<string>)f.Next.ToArray()).ToArray());
        LanguageFallbacks? last = Volatile.Read(ref s_lastFallbacks);
        if (made.Equals(last))
        {
            return last!;
        }

        Volatile.Write(ref s_lastFallbacks, made);
        return made;
    }
}
