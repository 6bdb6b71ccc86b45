using System.Collections.Generic;
using System.Linq;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Emitting;

/// <summary>One statement → <c>Statements.&lt;Identifier&gt;.g.cs</c>: a property and a lazily built value.</summary>
internal static class StatementEmitter
{
    public static (string HintName, string Source) Emit(StatementModel statement)
    {
        string runtime = GeneratedFile.Runtime;
        SourceWriter w = GeneratedFile.Start(statement.Options);
        w.Open($"{statement.Options.Accessibility} static partial class {GeneratedNames.StatementsClass}");

        string english = statement.Title.Get("en") ?? statement.Title.Values[0].Text;
        w.Doc("summary", CSharpText.DocLines(english));
        int signatories = statement.Groups.Sum(g => g.Parties.Count);
        w.Doc("remarks", CSharpText.DocLines(
            $"Statement '{statement.Id}', published {statement.Published}; languages: {string.Join(", ", statement.Languages)}; " +
            $"{statement.Paragraphs.Count} paragraphs, {signatories} signatories in {statement.Groups.Count} groups."));
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        string holder = GeneratedNames.HolderOf(statement.Identifier);
        w.Line($"public static {runtime}Statement {statement.Identifier} => {holder}.{GeneratedNames.HolderField};");
        w.Line();

        // A holder class per statement: built on first use, thread-safe by the runtime's type initialization,
        // and no statement is built because another one was read.
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open($"private static class {holder}");
        w.Line($"internal static readonly {runtime}Statement {GeneratedNames.HolderField} = new {runtime}Statement(");
        w.Indent();
        w.Line($"id: {CSharpText.Literal(statement.Id)},");
        string[] date = statement.Published.Split('-');
        w.Line($"published: new global::System.DateTime({int.Parse(date[0])}, {int.Parse(date[1])}, {int.Parse(date[2])}),");
        w.Line($"publisher: {Text(statement.Publisher, statement.Options)},");
        w.Line($"tags: {StringArray(statement.Tags)},");
        w.Line($"isOpenForSubscriptions: {(statement.OpenForSubscriptions ? "true" : "false")},");
        w.Line($"languages: {StringArray(statement.Languages)},");
        w.Line($"title: {Text(statement.Title, statement.Options)},");
        w.Open($"paragraphs: new {runtime}LocalizedText[]");
        foreach (LocalizedTextModel paragraph in statement.Paragraphs)
        {
            w.Line(Text(paragraph, statement.Options) + ",");
        }

        w.Close(",");
        w.Open($"signatoryGroups: new {runtime}SignatoryGroup[]");
        foreach (SignatoryGroupModel group in statement.Groups)
        {
            w.Line($"new {runtime}SignatoryGroup(");
            w.Indent();
            w.Line($"id: {CSharpText.Literal(group.Id)},");
            w.Line($"heading: {Text(group.Heading, statement.Options)},");
            w.Open($"signatories: new {runtime}Signatory[]");
            foreach (PartyModel party in group.Parties)
            {
                string country = party.Country is null ? "null" : CSharpText.Literal(party.Country);
                string countryAdded = party.CountryAddedByProject ? ", true" : "";
                w.Line($"new {runtime}Signatory({CSharpText.Literal(party.Id)}, {Text(party.Name, statement.Options)}, {country}{countryAdded}),");
            }

            w.Close("),");
            w.Outdent();
        }

        w.Close(");");
        w.Outdent();
        w.Close();
        w.Close();
        w.Close();
        return (GeneratedNames.StatementsClass + "." + statement.Identifier + ".g.cs", w.ToString());
    }

    /// <summary>
    /// A <c>LocalizedText</c> construction expression: languages and texts as parallel arrays (the texts as literals,
    /// or decoded from UTF-8 data when <see cref="OutputOptions.Utf8Texts"/>), and the content's fallbacks.
    /// </summary>
    /// <remarks>
    /// Languages the project added (not in the published source) are passed too, so the API and snapshots can show
    /// them, and stale translations (the content lock's), so the API can tell them.
    /// </remarks>
    public static string Text(LocalizedTextModel text, OutputOptions options)
    {
        string[] added = text.Values.Where(v => v.AddedByProject).Select(v => v.Language).ToArray();
        string[] stale = text.Values.Where(v => v.Stale).Select(v => v.Language).ToArray();
        string provenance = stale.Length > 0 ? $", {(added.Length == 0 ? "null" : StringArray(added))}, {StringArray(stale)}"
            : added.Length > 0 ? $", {StringArray(added)}"
            : "";
        string texts = options.Utf8Texts
            ? "new string[] { " + string.Join(", ", text.Values.Select(v => CSharpText.Utf8Decoded(v.Text))) + " }"
            : StringArray(text.Values.Select(v => v.Text));
        return $"new {GeneratedFile.Runtime}LocalizedText({StringArray(text.Values.Select(v => v.Language))}, {texts}, "
            + ContentLanguagesEmitter.FallbacksReference(options) + provenance + ")";
    }

    public static string StringArray(IEnumerable<string> values) =>
        "new string[] { " + string.Join(", ", values.Select(CSharpText.Literal)) + " }";
}
