using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using StatementContent.Generators.Assembling;
using StatementContent.Generators.Lint;
using StatementContent.Generators.Lock;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>
/// The one walk of a statement's texts (<see cref="StatementTexts"/>) reaches every localized text of the model,
/// and every consumer sees every text it yields: a field added to the model but not to the walk, or a consumer
/// that lists fields of its own, fails here.
/// </summary>
public class StatementTextsTests
{
    private static readonly Lazy<(ImmutableArray<ParsedFile> Files, AssemblyWork Work)> s_real = new(() =>
    {
        ImmutableArray<ParsedFile> files = GeneratorHarness.RealContent().Select(f => ContentFileParser.Parse(f, CancellationToken.None)).ToImmutableArray();
        ContentAssembly assembly = ContentAssembler.Assemble(files, BuildSettings.Default, out AssemblyWork? work);
        Assert.NotEmpty(assembly.Statements);
        return (files, work!);
    });

    public static TheoryData<string> Statements()
    {
        var data = new TheoryData<string>();
        foreach (AssembledStatement statement in s_real.Value.Work.Statements)
        {
            data.Add(statement.Model.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void The_walk_yields_every_localized_text_of_the_model(string id)
    {
        StatementModel statement = Statement(id);
        List<LocalizedTextModel> inModel = LocalizedTextsByReflection(statement);
        List<LocalizedTextModel> walked = statement.Texts().Select(t => t.Text).ToList();

        Assert.Equal(inModel.Count, walked.Count);
        Assert.All(inModel, text => Assert.Contains(walked, w => ReferenceEquals(w, text)));
        Assert.Equal(walked.Count, statement.Texts().Select(t => t.Key).Distinct().Count()); // every key names one text
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void MapTexts_replaces_every_text_the_walk_yields_and_nothing_else(string id)
    {
        StatementModel statement = Statement(id);
        StatementModel mapped = statement.MapTexts((key, _) => Marker(key));

        Assert.Equal(statement.Texts().Select(t => t.Key), mapped.Texts().Select(t => t.Key));
        Assert.All(mapped.Texts(), text => Assert.Equal(Marker(text.Key), text.Text));
        Assert.All(LocalizedTextsByReflection(mapped), text => Assert.StartsWith("marker ", text.Values[0].Text, StringComparison.Ordinal));
        Assert.Equal((statement.Id, statement.Published, statement.Languages), (mapped.Id, mapped.Published, mapped.Languages));
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void The_lock_has_an_item_for_every_text_in_every_language(string id)
    {
        AssembledStatement assembled = Assembled(id);
        Dictionary<LockKey, LockItem> items = s_real.Value.Work.Lock.Items.ToDictionary(i => i.Id);
        foreach (StatementText text in assembled.Model.Texts())
        {
            foreach (LocalizedValue value in text.Text.Values)
            {
                LockKey key = LockItems.KeyOf(assembled, text.Key).In(value.Language);
                Assert.True(items.TryGetValue(key, out LockItem? item), $"no lock item '{key.Item}' in '{key.Section}' for {text.Key}");
                Assert.Equal(ContentHashing.Of(value.Text), item!.Hash);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Stale_marks_reach_every_text_in_every_language(string id)
    {
        AssembledStatement assembled = Assembled(id);
        var everything = new HashSet<LockKey>(assembled.Model.Texts().SelectMany(t => t.Text.Values.Select(v => LockItems.KeyOf(assembled, t.Key).In(v.Language))));

        StatementModel marked = StaleMarks.Apply(assembled, everything);

        Assert.All(marked.Texts(), text => Assert.All(text.Text.Values, value => Assert.True(value.Stale, $"{text.Key} {value.Language} not marked")));
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void The_literal_budget_and_the_runtime_mirror_count_every_text(string id)
    {
        StatementModel statement = Statement(id);
        long before = Budget(statement);
        string hash = RuntimeMirror.ToRuntime(statement).ContentHash;
        foreach (TextKey key in statement.Texts().Select(t => t.Key))
        {
            // One text, in its first language, made longer than it was and unlike any other literal.
            StatementModel changed = statement.MapTexts((k, text) => k != key ? text : new LocalizedTextModel(text.Values
                .Select((v, i) => i == 0 ? v with { Text = v.Text + " " + new string('\u2603', 40) + key } : v)
                .ToEquatableArray()));

            Assert.True(Budget(changed) > before, $"the literal budget does not count {key}");
            Assert.NotEqual(hash, RuntimeMirror.ToRuntime(changed).ContentHash);
        }
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void The_lint_reads_every_text_where_its_file_holds_it(string id)
    {
        AssembledStatement assembled = Assembled(id);
        string folder = s_real.Value.Files.Single(f => f.Metadata?.Id == id).Directory;
        var located = s_real.Value.Files
            .Where(f => f.Directory == folder || f.Strings is not null)
            .SelectMany(SourceTexts.Of)
            .Select(t => (Key: StatementSources.LocatorKey(t.Key), t.Language, t.Text))
            .ToList();
        foreach (StatementText text in assembled.Model.Texts())
        {
            // A heading is the UI string it names: linted (and located) where strings.json holds it.
            TextKey key = text.Key.Field == TextField.GroupHeading ? TextKey.UiString(assembled.Sources.HeadingKey(text.Key.Group)) : StatementSources.LocatorKey(text.Key);
            foreach (LocalizedValue value in text.Text.Values)
            {
                Assert.Contains((key, value.Language, value.Text), located);
            }
        }
    }

    // Every translation the walk yields, made a copy of its English: the checks on translations find each one
    // (STC5012) where its file holds it, but a heading, which is checked as the UI string it names.
    [Theory]
    [MemberData(nameof(Statements))]
    public void The_translation_checks_read_every_translation_of_the_walk(string id)
    {
        AssembledStatement assembled = Assembled(id);
        AssembledStatement copied = assembled with
        {
            Model = assembled.Model.MapTexts((_, text) => new LocalizedTextModel(text.Values.Select(v => v with { Text = text.Get("en") ?? v.Text }).ToEquatableArray())),
        };
        var expected = copied.Model.Texts()
            .Where(t => t.Key.Field != TextField.GroupHeading)
            .SelectMany(t => t.Text.Values.Where(v => v.Language != "en" && TranslationChecks.Unchanged(v.Text, v.Text)).Select(v => t.Key))
            .ToList();
        Assert.NotEmpty(expected);

        var findings = new List<LintFinding>();
        TranslationChecks.Find(findings, new[] { copied }, Array.Empty<ParsedFile>());

        Assert.Equal(expected.Count, findings.Count(f => f.Id == "STC5012"));
        Assert.All(findings, f => Assert.StartsWith(System.IO.Path.GetDirectoryName(assembled.Path)!, f.Path, StringComparison.Ordinal));
    }

    private static AssembledStatement Assembled(string id) => s_real.Value.Work.Statements.Single(s => s.Model.Id == id);

    private static StatementModel Statement(string id) => Assembled(id).Model;

    private static LocalizedTextModel Marker(TextKey key) =>
        new(new[] { new LocalizedValue("en", "marker " + key, AddedByProject: false) }.ToEquatableArray());

    private static long Budget(StatementModel statement)
    {
        var budget = new LiteralBudget(textsAsData: false, dataSectionThreshold: -1);
        budget.Add(statement, "/s/statement.json", FileSpan.FileStart);
        return budget.Total;
    }

    /// <summary>Every <see cref="LocalizedTextModel"/> in the model graph, found through its properties, not through a list of fields.</summary>
    private static List<LocalizedTextModel> LocalizedTextsByReflection(object root)
    {
        var found = new List<LocalizedTextModel>();
        Visit(root);
        return found;

        void Visit(object? value)
        {
            switch (value)
            {
                case null or string:
                    return;
                case LocalizedTextModel text:
                    found.Add(text);
                    return;
                case IEnumerable items:
                    foreach (object? item in items)
                    {
                        Visit(item);
                    }

                    return;
            }

            Type type = value.GetType();
            if (type.Namespace != typeof(StatementModel).Namespace || type.IsEnum)
            {
                return;
            }

            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
            {
                Visit(property.GetValue(value));
            }
        }
    }
}
