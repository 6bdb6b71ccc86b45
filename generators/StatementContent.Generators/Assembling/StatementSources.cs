using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using StatementContent.Generators.Lock;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Assembling;

/// <summary>A statement's emit model, and where its id is declared (for diagnostics about the whole statement).</summary>
/// <param name="Sources">The parsed files it was made from, for diagnostics that point into them (the content lock's).</param>
internal sealed record AssembledStatement(StatementModel Model, string Path, FileSpan IdSpan, StatementSources Sources);

/// <summary>What the assembly stage made the emit models from: for the CLI and tests, never for the pipeline's cache.</summary>
/// <param name="Statements">Each statement with its sources, stale marks applied.</param>
/// <param name="Lock">The content against its lock: what the lock command writes.</param>
/// <param name="Budget">The string literals of the generated code, as counted against the compiler's limit.</param>
internal sealed record AssemblyWork(IReadOnlyList<AssembledStatement> Statements, ContentLock Lock, LiteralBudget Budget);

/// <summary>The parsed files of one statement folder: where each text, party and name is.</summary>
/// <param name="Texts">The language files, English first, then by language.</param>
internal sealed record StatementSources(
    string MetadataPath,
    MetadataDoc Metadata,
    IReadOnlyList<(string Path, TextDoc Doc)> Texts,
    string? SignatoriesPath,
    SignatoriesDoc? Signatories)
{
    /// <summary>
    /// Each text of the statement as its file holds it, by key and language (<see cref="SourceTexts"/>). The first
    /// wins; a party's name is found by the party's id alone (<see cref="LocatorKey"/>). Read once per instance and
    /// kept beside it, not in it (a record's fields are its value, and a copy made with <c>with</c> reads its own):
    /// the lock and the checks on translations both look texts up here.
    /// </summary>
    public IReadOnlyDictionary<(TextKey Key, string Language), (string Path, LocatedText Text)> Located() =>
        s_located.GetValue(this, sources => sources.ReadLocated());

    private static readonly ConditionalWeakTable<StatementSources, Dictionary<(TextKey, string), (string, LocatedText)>> s_located = new();

    private Dictionary<(TextKey, string), (string, LocatedText)> ReadLocated()
    {
        IEnumerable<(string Path, LocatedText Text)> texts = SourceTexts.Of(Metadata).Select(t => (MetadataPath, t))
            .Concat(Texts.SelectMany(file => SourceTexts.Of(file.Doc).Select(t => (file.Path, t))))
            .Concat(Signatories is null ? Enumerable.Empty<(string, LocatedText)>() : SourceTexts.Of(Signatories).Select(t => (SignatoriesPath!, t)));
        var located = new Dictionary<(TextKey, string), (string, LocatedText)>();
        foreach ((string path, LocatedText text) in texts)
        {
            (TextKey, string) key = (LocatorKey(text.Key), text.Language);
            if (!located.ContainsKey(key))
            {
                located.Add(key, (path, text));
            }
        }

        return located;
    }

    /// <summary>The key of the UI string that names the group's heading (the first group of that id; empty without one).</summary>
    public string HeadingKey(string group) =>
        (Signatories?.Groups ?? EquatableArray<ParsedGroup>.Empty).FirstOrDefault(g => g.Id == group)?.HeadingKey ?? "";

    /// <summary>The parsed parties by id, the first of each id.</summary>
    public Dictionary<string, ParsedParty> Parties()
    {
        var parties = new Dictionary<string, ParsedParty>(System.StringComparer.Ordinal);
        foreach (ParsedParty party in (Signatories?.Groups ?? EquatableArray<ParsedGroup>.Empty).SelectMany(g => g.Parties))
        {
            if (!parties.ContainsKey(party.Id))
            {
                parties.Add(party.Id, party);
            }
        }

        return parties;
    }

    /// <summary>
    /// The key <see cref="Located"/> files a text under: a party's name without its group, because a party id is
    /// one party in the whole statement (given twice, it is STC2007, and both point at the first).
    /// </summary>
    public static TextKey LocatorKey(TextKey key) => key.Field == TextField.PartyName ? key with { Group = "" } : key;
}
