using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using StatementContent.Published;
using Xunit;

namespace StatementContent.Tests;

/// <summary>
/// Generated statements hold their paragraphs and signatories in content lists: each item made on its first read,
/// once, and kept — so reading one paragraph makes that paragraph only, and every later read is the same object.
/// </summary>
public class ContentListTests
{
    [Fact]
    public void Items_are_made_on_first_read_once_and_kept()
    {
        var made = new List<int>();
        IReadOnlyList<string> list = ContentList.Create(3, i =>
        {
            made.Add(i);
            return "item " + i;
        });

        Assert.Equal(3, list.Count);
        Assert.Empty(made);
        string second = list[1];
        Assert.Equal(new[] { 1 }, made);
        Assert.Same(second, list[1]);
        Assert.Equal(new[] { "item 0", "item 1", "item 2" }, list.ToArray());
        Assert.Equal(new[] { 1, 0, 2 }, made);
    }

    [Fact]
    public void Racing_readers_all_get_the_one_kept_item()
    {
        IReadOnlyList<object> list = ContentList.Create(1, _ => new object());
        object[] seen = new object[16];
        Parallel.For(0, seen.Length, i => seen[i] = list[0]);
        Assert.All(seen, item => Assert.Same(list[0], item));
    }

    [Fact]
    public void Out_of_range_reads_and_bad_arguments_throw_argument_exceptions()
    {
        IReadOnlyList<string> list = ContentList.Create(2, i => "x");
        Assert.Throws<ArgumentOutOfRangeException>(() => list[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => ContentList.Create(-1, i => "x"));
        Assert.Throws<ArgumentNullException>(() => ContentList.Create<string>(1, null!));
        Assert.Throws<InvalidOperationException>(() => ContentList.Create<string>(1, _ => null!)[0]);
    }

    [Fact]
    public void The_statement_keeps_its_content_lists_and_compares_by_value_with_a_copied_statement()
    {
        Statement statement = Statements.CentralAsiaIdeologyBan;
        var copy = new Statement(
            statement.Id, statement.Published, statement.Publisher, statement.Tags.ToArray(), statement.IsOpenForSubscriptions,
            statement.Languages.ToArray(), statement.Title, statement.Paragraphs.ToArray(),
            statement.SignatoryGroups.Select(g => new SignatoryGroup(g.Id, g.Heading, g.Signatories.ToArray())).ToArray());

        Assert.Same(statement.Paragraphs, statement.Paragraphs);
        Assert.Equal(statement, copy);
        Assert.Equal(statement.ContentHash, copy.ContentHash);
        Assert.Equal(statement.SignatoryGroups.Sum(g => g.Signatories.Count), statement.SignatoryCount);
    }
}
