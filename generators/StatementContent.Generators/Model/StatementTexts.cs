using System;
using System.Collections.Generic;
using System.Linq;

namespace StatementContent.Generators.Model;

// The one list of a statement's localized texts. Consumers (the content lock, stale marks, the literal budget, the
// lint) take texts from Texts(), rebuild a model through MapTexts(), and decide what a field means by a switch
// expression over TextField: a field added here but not handled there is CS8509 (warnings are errors).
// StatementTextsTests checks that Texts() and MapTexts() reach every LocalizedTextModel of the model, and that
// each consumer sees every text they yield.

/// <summary>Which localized text of a statement a <see cref="TextKey"/> names.</summary>
internal enum TextField
{
    Publisher,
    Title,
    Paragraph,

    /// <summary>A signatory group's heading: the UI string the group names, resolved (the emit model keeps the text, not the key).</summary>
    GroupHeading,

    PartyName,

    /// <summary>A UI string of strings.json: not a statement's text, but located and linted as one.</summary>
    UiString,
}

/// <summary>One localized text of the content, by what it is and where it sits in the statement. Value-equal.</summary>
/// <param name="Number">A paragraph's number, from 1 as published; 0 for every other field.</param>
/// <param name="Group">The group of a heading or a party name; empty for every other field.</param>
/// <param name="Name">A party name's party id, or a UI string's key; empty for every other field.</param>
internal readonly record struct TextKey(TextField Field, int Number = 0, string Group = "", string Name = "")
{
    public static TextKey Publisher => new(TextField.Publisher);

    public static TextKey Title => new(TextField.Title);

    public static TextKey Paragraph(int number) => new(TextField.Paragraph, number);

    public static TextKey GroupHeading(string group) => new(TextField.GroupHeading, Group: group);

    public static TextKey PartyName(string group, string party) => new(TextField.PartyName, Group: group, Name: party);

    public static TextKey UiString(string key) => new(TextField.UiString, Name: key);
}

/// <summary>A localized text of a statement: which one, and its text in every language.</summary>
internal readonly record struct StatementText(TextKey Key, LocalizedTextModel Text);

internal static class StatementTexts
{
    /// <summary>
    /// Every localized text of <paramref name="statement"/>, in content order: publisher, title, the paragraphs,
    /// then each group's heading followed by its parties' names.
    /// </summary>
    public static IEnumerable<StatementText> Texts(this StatementModel statement)
    {
        yield return new StatementText(TextKey.Publisher, statement.Publisher);
        yield return new StatementText(TextKey.Title, statement.Title);
        for (int i = 0; i < statement.Paragraphs.Count; i++)
        {
            yield return new StatementText(TextKey.Paragraph(i + 1), statement.Paragraphs[i]);
        }

        foreach (SignatoryGroupModel group in statement.Groups)
        {
            yield return new StatementText(TextKey.GroupHeading(group.Id), group.Heading);
            foreach (PartyModel party in group.Parties)
            {
                yield return new StatementText(TextKey.PartyName(group.Id, party.Id), party.Name);
            }
        }
    }

    /// <summary>
    /// <paramref name="statement"/> with each text <see cref="Texts"/> yields replaced by <paramref name="map"/>'s
    /// answer for it: the same keys, in the same order.
    /// </summary>
    public static StatementModel MapTexts(this StatementModel statement, Func<TextKey, LocalizedTextModel, LocalizedTextModel> map) => statement with
    {
        Publisher = map(TextKey.Publisher, statement.Publisher),
        Title = map(TextKey.Title, statement.Title),
        Paragraphs = statement.Paragraphs.Select((paragraph, i) => map(TextKey.Paragraph(i + 1), paragraph)).ToEquatableArray(),
        Groups = statement.Groups.Select(group => group with
        {
            Heading = map(TextKey.GroupHeading(group.Id), group.Heading),
            Parties = group.Parties.Select(party => party with { Name = map(TextKey.PartyName(group.Id, party.Id), party.Name) }).ToEquatableArray(),
        }).ToEquatableArray(),
    };
}
