using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using StatementContent.Published;
using Xunit;

namespace StatementContent.Tests;

/// <summary>
/// The runtime side of "one statement shape" (the generator's is Model/StatementTexts.cs): the runtime sources are
/// C# 7.3, so no switch can make a new field a compile error there. Instead this walks a statement's public object
/// graph by reflection — every <see cref="LocalizedText"/> and every string a reader can reach — and requires the
/// consumers that must show all of it to show it: the snapshot text (what consumers' snapshot tests record, and what
/// the content hash is of) and the document the renderers and JSON APIs use. A field added to <see cref="Statement"/>,
/// <see cref="SignatoryGroup"/> or <see cref="Signatory"/> without them fails here.
/// </summary>
public class StatementShapeTests
{
    public static TheoryData<string> StatementIds()
    {
        var data = new TheoryData<string>();
        foreach (Statement statement in Statements.All)
        {
            data.Add(statement.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StatementIds))]
    public void The_walk_reaches_every_text_of_the_statement(string id)
    {
        Statement statement = Statements.All.Single(s => s.Id == id);
        List<(string Path, LocalizedText Text)> texts = Walk(statement).Texts;

        // What the walk must at least find, counted from the statement itself: it reaches into lists and groups.
        int expected = 2 + statement.Paragraphs.Count + statement.SignatoryGroups.Count + statement.SignatoryCount;
        Assert.Equal(expected, texts.Count);
        Assert.Contains(texts, t => t.Path == "Statement.Title");
        Assert.Contains(texts, t => t.Path == $"Statement.SignatoryGroups[{statement.SignatoryGroups.Count - 1}].Signatories[{statement.SignatoryGroups[^1].Signatories.Count - 1}].Name");
    }

    [Theory]
    [MemberData(nameof(StatementIds))]
    public void The_snapshot_text_shows_every_text_in_every_language_with_its_provenance(string id)
    {
        Statement statement = Statements.All.Single(s => s.Id == id);
        // As lines, counted: a text that equals another (the publisher is also a party) must be shown each time.
        Dictionary<string, int> lines = statement.ToSnapshotText().Split('\n').Select(l => l.TrimStart(' '))
            .GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        string snapshot = statement.ToSnapshotText();
        var missing = new List<string>();
        (List<(string Path, LocalizedText Text)> texts, List<(string Path, string Value)> strings) = Walk(statement);
        foreach ((string path, LocalizedText text) in texts)
        {
            foreach (string language in text.Languages)
            {
                Assert.True(text.TryGetExact(language, out string value));
                string line = language + (text.IsAddedByProject(language) ? " (added by project)" : "") + ": " + VisibleText.Show(value);
                if (!lines.TryGetValue(line, out int left) || left == 0)
                {
                    missing.Add($"{path} [{language}]");
                }
                else
                {
                    lines[line] = left - 1;
                }
            }
        }

        foreach ((string path, string value) in strings)
        {
            if (!snapshot.Contains(VisibleText.Show(value), StringComparison.Ordinal))
            {
                missing.Add(path);
            }
        }

        Assert.True(missing.Count == 0, "the snapshot text leaves out: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(StatementIds))]
    public void The_document_carries_every_text_in_each_language_of_the_statement(string id)
    {
        Statement statement = Statements.All.Single(s => s.Id == id);
        (List<(string Path, LocalizedText Text)> texts, List<(string Path, string Value)> strings) = Walk(statement);
        foreach (string language in statement.Languages)
        {
            CultureInfo culture = CultureInfo.GetCultureInfo(language);
            StatementDocument document = StatementDocument.From(statement, culture);
            HashSet<string> shown = Walk(document).Strings.Select(s => s.Value).ToHashSet(StringComparer.Ordinal);
            var missing = texts.Where(t => !shown.Contains(t.Text.Get(culture))).Select(t => t.Path)
                .Concat(strings.Where(s => !shown.Contains(s.Value)).Select(s => s.Path))
                .ToList();
            Assert.True(missing.Count == 0, $"the {language} document leaves out: " + string.Join(", ", missing));
        }
    }

    /// <summary>
    /// Every <see cref="LocalizedText"/> and non-empty string reachable through public instance properties of the
    /// library's types and the lists they return, with its path. Hashes (derived, not content) and a statement's
    /// list-valued metadata are not texts of the statement; the snapshot shows those as its metadata lines.
    /// </summary>
    private static (List<(string Path, LocalizedText Text)> Texts, List<(string Path, string Value)> Strings) Walk(object root)
    {
        var texts = new List<(string, LocalizedText)>();
        var strings = new List<(string, string)>();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Visit(root, root.GetType().Name);
        return (texts, strings);

        void Visit(object value, string path)
        {
            switch (value)
            {
                case LocalizedText text:
                    texts.Add((path, text));
                    return;
                case string s:
                    if (s.Length > 0)
                    {
                        strings.Add((path, s));
                    }

                    return;
                case IEnumerable items:
                    int i = 0;
                    foreach (object? item in items)
                    {
                        if (item is not null)
                        {
                            Visit(item, $"{path}[{i}]");
                        }

                        i++;
                    }

                    return;
            }

            if (value.GetType().Assembly != typeof(Statement).Assembly || !visited.Add(value))
            {
                return;
            }

            foreach (PropertyInfo property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.Name.EndsWith("Hash", StringComparison.Ordinal)
                    || (value is Statement && property.PropertyType != typeof(LocalizedText) && property.Name is "Languages" or "Tags"))
                {
                    continue;
                }

                if (property.GetValue(value) is { } child)
                {
                    Visit(child, $"{path}.{property.Name}");
                }
            }
        }
    }
}
