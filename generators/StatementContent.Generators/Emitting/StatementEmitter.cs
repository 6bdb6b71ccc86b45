using System.Collections.Generic;
using System.Linq;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Emitting;

// NoteLines names every TextField: a field added to the statement walk is CS8509 here until its notes have a name.
// CS8524 (an integer cast to TextField) cannot happen.
#pragma warning disable CS8524

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
            $"{statement.Paragraphs.Count} paragraphs, {signatories} signatories in {statement.Groups.Count} groups.").Concat(NoteLines(statement)));
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        string holder = GeneratedNames.HolderOf(statement.Identifier);
        w.Line($"public static {runtime}Statement {statement.Identifier} => {holder}.{GeneratedNames.HolderField};");
        w.Line();

        // A holder class per statement: built on first use, thread-safe by the runtime's type initialization,
        // and no statement is built because another one was read. Paragraphs, groups and signatories are content
        // lists: each made on its first read by a method of its own, so reading one paragraph compiles and loads
        // that paragraph's strings only (docs/benchmarks.md, cold start).
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open($"private static class {holder}");
        Utf8TextData? data = statement.Options.Utf8Texts ? new Utf8TextData() : null;
        string Localized(LocalizedTextModel text) => Text(text, statement.Options, data);
        w.Line($"internal static readonly {runtime}Statement {GeneratedNames.HolderField} = new {runtime}Statement(");
        w.Indent();
        w.Line($"id: {CSharpText.Literal(statement.Id)},");
        string[] date = statement.Published.Split('-');
        w.Line($"published: new global::System.DateTime({int.Parse(date[0])}, {int.Parse(date[1])}, {int.Parse(date[2])}),");
        w.Line($"publisher: {Localized(statement.Publisher)},");
        w.Line($"tags: {StringArray(statement.Tags)},");
        w.Line($"isOpenForSubscriptions: {(statement.OpenForSubscriptions ? "true" : "false")},");
        w.Line($"languages: {StringArray(statement.Languages)},");
        w.Line($"title: {Localized(statement.Title)},");
        w.Line($"paragraphs: {runtime}ContentList.Create<{runtime}LocalizedText>({statement.Paragraphs.Count}, Paragraph),");
        w.Line($"signatoryGroups: {runtime}ContentList.Create<{runtime}SignatoryGroup>({statement.Groups.Count}, Group));");
        w.Outdent();

        Items(w, $"{runtime}LocalizedText", "Paragraph", statement.Paragraphs.Select(Localized).ToList());
        Items(w, $"{runtime}SignatoryGroup", "Group", statement.Groups.Select((group, g) =>
            $"new {runtime}SignatoryGroup({CSharpText.Literal(group.Id)}, {Localized(group.Heading)}, {runtime}ContentList.Create<{runtime}Signatory>({group.Parties.Count}, Parties{g + 1}))").ToList());
        for (int g = 0; g < statement.Groups.Count; g++)
        {
            Items(w, $"{runtime}Signatory", $"Parties{g + 1}", statement.Groups[g].Parties.Select(party =>
            {
                string country = party.Country is null ? "null" : CSharpText.Literal(party.Country);
                string countryAdded = party.CountryAddedByProject ? ", true" : "";
                return $"new {runtime}Signatory({CSharpText.Literal(party.Id)}, {Localized(party.Name)}, {country}{countryAdded})";
            }).ToList());
        }

        data?.WriteMembers(w);

        w.Close();
        w.Close();
        w.Close();
        return (GeneratedNames.StatementsClass + "." + statement.Identifier + ".g.cs", w.ToString());
    }

    /// <summary>
    /// The translator notes of the statement's texts (statement walk order), one <c>&lt;para&gt;</c> each, named by
    /// the text they are about. A group heading's note is its UI string's, documented on that member of UiStrings.
    /// </summary>
    private static IEnumerable<string> NoteLines(StatementModel statement)
    {
        foreach (StatementText text in statement.Texts())
        {
            string? about = text.Key.Field switch
            {
                TextField.Publisher => "the publisher",
                TextField.Title => "the title",
                TextField.Paragraph => "paragraph " + text.Key.Number,
                TextField.PartyName => $"the name of party '{text.Key.Name}'",
                TextField.GroupHeading or TextField.UiString => null,
            };
            if (about is null || text.Text.Note is not { } note)
            {
                continue;
            }

            List<string> lines = CSharpText.DocLines($"Translator note on {about}: {note}").ToList();
            lines[0] = "<para>" + lines[0];
            lines[lines.Count - 1] += "</para>";
            foreach (string line in lines)
            {
                yield return line;
            }
        }
    }

    /// <summary>
    /// A content list's factory: <c>name(index)</c> dispatches to one method per item, <c>name_1</c>, <c>name_2</c>, …
    /// (numbered from 1, as published), so the runtime compiles just the item read and loads just its strings.
    /// </summary>
    private static void Items(SourceWriter w, string type, string name, IReadOnlyList<string> items)
    {
        w.Line();
        w.Open($"private static {type} {name}(int index)");
        w.Open("switch (index)");
        for (int i = 0; i < items.Count; i++)
        {
            w.Line($"case {i}: return {name}_{i + 1}();");
        }

        w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        w.Close();
        w.Close();
        for (int i = 0; i < items.Count; i++)
        {
            w.Line();
            w.Line($"private static {type} {name}_{i + 1}() => {items[i]};");
        }
    }

    /// <summary>
    /// A <c>LocalizedText</c> construction expression: languages and texts as parallel arrays (the texts as literals,
    /// or slices of the statement's UTF-8 data when <see cref="OutputOptions.Utf8Texts"/>), and the content's fallbacks.
    /// </summary>
    /// <remarks>
    /// Languages the project added (not in the published source) are passed too, so the API and snapshots can show
    /// them, and stale translations (the content lock's), so the API can tell them.
    /// </remarks>
    /// <param name="data">The statement's UTF-8 block, when its texts are stored as UTF-8 data.</param>
    public static string Text(LocalizedTextModel text, OutputOptions options, Utf8TextData? data = null)
    {
        string[] added = text.Values.Where(v => v.AddedByProject).Select(v => v.Language).ToArray();
        string[] stale = text.Values.Where(v => v.Stale).Select(v => v.Language).ToArray();
        // Always the full constructor: the shorter ones only forward to it, and each is one more method to compile at start-up.
        string provenance = $", {(added.Length == 0 ? "null" : StringArray(added))}, {(stale.Length == 0 ? "null" : StringArray(stale))}";
        string texts = data is null
            ? StringArray(text.Values.Select(v => v.Text))
            : "new string[] { " + string.Join(", ", text.Values.Select(v => data.Add(v.Text))) + " }";
        return $"new {GeneratedFile.Runtime}LocalizedText({StringArray(text.Values.Select(v => v.Language))}, {texts}, "
            + ContentLanguagesEmitter.FallbacksReference(options) + provenance + ")";
    }

    public static string StringArray(IEnumerable<string> values) =>
        "new string[] { " + string.Join(", ", values.Select(CSharpText.Literal)) + " }";
}
