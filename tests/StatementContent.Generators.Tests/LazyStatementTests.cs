using System;
using System.Collections;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using StatementContent.Generators.Assembling;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>
/// Reading one paragraph does not build the whole statement: the generated holder makes the statement's metadata,
/// title and publisher; each paragraph, signatory group and signatory is made when it is first read.
/// </summary>
public class LazyStatementTests
{
    [Fact]
    public void Reading_the_first_paragraph_makes_that_paragraph_and_no_other_paragraph_group_or_party()
    {
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.RealContent(), "Lazy", "internal", withRuntime: false);
        Assert.Empty(run.CompilationProblems);

        (int Paragraphs, int Groups, int Parties, int ParagraphCount, int PartyCount, string FirstRu) after = run.Load(assembly =>
        {
            Type statements = assembly.GetType("Lazy.Statements", throwOnError: true)!;
            object statement = statements.GetProperties(BindingFlags.Public | BindingFlags.Static).Single(p => p.PropertyType.Name == "Statement").GetValue(null)!;
            object paragraphs = statement.GetType().GetProperty("Paragraphs")!.GetValue(statement)!;
            object first = paragraphs.GetType().GetProperty("Item")!.GetValue(paragraphs, new object[] { 0 })!;
            string ru = (string)first.GetType().GetProperty("Ru")!.GetValue(first)!;
            object groups = statement.GetType().GetProperty("SignatoryGroups")!.GetValue(statement)!;
            int groupsMade = Made(groups);
            object[] partyLists = ((IEnumerable)groups).Cast<object>().Select(g => g.GetType().GetProperty("Signatories")!.GetValue(g)!).ToArray();
            return (Made(paragraphs), groupsMade, partyLists.Sum(Made), Count(paragraphs), partyLists.Sum(Count), ru);
        });

        // What the content has, by the generator's own parser.
        StatementModel content = ContentAssembler.Assemble(
            GeneratorHarness.RealContent().Select(f => ContentFileParser.Parse(f, CancellationToken.None)).ToImmutableArray(), BuildSettings.Default).Statements.Single();
        Assert.Equal(1, after.Paragraphs);
        Assert.Equal(0, after.Groups);
        Assert.Equal(0, after.Parties);
        Assert.Equal(content.Paragraphs.Count, after.ParagraphCount);
        Assert.Equal(content.Groups.Sum(g => g.Parties.Count), after.PartyCount);
        Assert.Equal(content.Paragraphs[0].Get("ru"), after.FirstRu);
    }

    /// <summary>How many items of a content list have been made: its private item array's non-null entries.</summary>
    private static int Made(object list)
    {
        FieldInfo items = list.GetType().GetField("_items", BindingFlags.NonPublic | BindingFlags.Instance)
            ?? throw new InvalidOperationException(list.GetType() + " is not a content list");
        return ((object?[])items.GetValue(list)!).Count(item => item is not null);
    }

    private static int Count(object list) => (int)list.GetType().GetProperty("Count")!.GetValue(list)!;
}
