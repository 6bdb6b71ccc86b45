using System.Collections.Generic;
using System.Linq;
using StatementContent.Published;
using Xunit;

namespace StatementContent.Tests;

/// <summary>The compiled statement holds the published text exactly, in published order.</summary>
public class ContentTests
{
    private static readonly PublishedSource Source = PublishedSource.Instance;
    private static readonly Statement Statement = Statements.CentralAsiaIdeologyBan;

    [Fact]
    public void Fixture_has_the_published_shape()
    {
        Assert.Equal(9, Source.EnglishParagraphs.Count);
        Assert.Equal(9, Source.RussianParagraphs.Count);
        Assert.Equal(19, Source.SolidNetParties.Count);
        Assert.Equal(2, Source.OtherParties.Count);
    }

    [Fact]
    public void Titles_are_verbatim()
    {
        Assert.Equal(Source.EnglishTitle, Statement.Title.En);
        Assert.Equal(Source.RussianTitle, Statement.Title.Ru);
    }

    [Fact]
    public void Every_English_paragraph_is_verbatim_and_in_order() =>
        Assert.Equal(Source.EnglishParagraphs, Statement.Paragraphs.Select(p => p.En));

    [Fact]
    public void Every_Russian_paragraph_is_verbatim_and_in_order() =>
        Assert.Equal(Source.RussianParagraphs, Statement.Paragraphs.Select(p => p.Ru));

    [Fact]
    public void Published_typos_and_missing_spaces_are_kept()
    {
        // The text is published and signed: the project does not correct it.
        Assert.Contains("Среди оправданныхоказались", Statement.Paragraphs[2].Ru);
        Assert.Contains("USAID.Текст", Statement.Paragraphs[3].Ru);
        Assert.Contains("АбзалКуспан", Statement.Paragraphs[7].Ru);
        Assert.Contains("Basmati movement", Statement.Paragraphs[3].En);
    }

    [Fact]
    public void Signatory_groups_have_the_published_headings_and_parties_in_order()
    {
        Assert.Equal(new[] { "solidnet", "other" }, Statement.SignatoryGroups.Select(g => g.Id));
        Assert.Equal(PublishedSource.SolidNetHeading, Statement.SignatoryGroups[0].Heading.En);
        Assert.Equal(PublishedSource.OtherHeading, Statement.SignatoryGroups[1].Heading.En);

        // The published parties come first, in published order. The statement is open for further subscriptions:
        // parties added later follow them, so the published list is a prefix, not the whole list.
        AssertPublishedFirst(Source.SolidNetParties, Statement.SignatoryGroups[0]);
        AssertPublishedFirst(Source.OtherParties, Statement.SignatoryGroups[1]);
        Assert.Equal(Statement.SignatoryGroups.Sum(g => g.Signatories.Count), Statement.SignatoryCount);
    }

    private static void AssertPublishedFirst(IReadOnlyList<string> published, SignatoryGroup group)
    {
        Assert.Equal(published, group.Signatories.Take(published.Count).Select(s => s.Name.En));
        Assert.True(group.Signatories.Count == published.Count || Statement.IsOpenForSubscriptions, "parties were added to a statement closed for subscriptions");
    }

    [Fact]
    public void The_published_trailing_no_break_space_is_kept()
    {
        Signatory italy = Statement.SignatoryGroups[1].Signatories[1];
        Assert.Equal("Communist Front of Italy\u00A0", italy.Name.En);
        Assert.Equal("Коммунистический фронт Италии", italy.Name.Ru);
    }

    [Fact]
    public void Every_party_has_a_Russian_name_and_a_country_code()
    {
        foreach (Signatory party in Statement.SignatoryGroups.SelectMany(g => g.Signatories))
        {
            Assert.True(party.Name.TryGetExact("ru", out string russian), party.Id);
            Assert.Matches("[А-Яа-яЁё]", russian);
            Assert.Matches("^[A-Z]{2}$", party.Country);
        }
    }

    [Fact]
    public void Metadata_matches_the_publication()
    {
        Assert.Equal("central-asia-ideology-ban", Statement.Id);
        Assert.Equal(new System.DateTime(2024, 9, 18), Statement.Published);
        Assert.Equal("Socialist Movement of Kazakhstan", Statement.Publisher.En);
        Assert.Equal(new[] { "en", "ru" }, Statement.Languages);
        Assert.True(Statement.IsOpenForSubscriptions);
        Assert.Contains("Joint Statement", Statement.Tags);
        Assert.Equal(PublishedSource.ClosingLine, UiStrings.OpenForFurtherSubscriptions.En);
    }

    [Fact]
    public void Index_lists_and_finds_the_statement()
    {
        Assert.Same(Statement, Assert.Single(Statements.All));
        Assert.Same(Statement, Statements.Find("central-asia-ideology-ban"));
        Assert.Null(Statements.Find("no-such-statement"));
    }
}
