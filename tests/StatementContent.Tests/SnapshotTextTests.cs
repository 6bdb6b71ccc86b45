using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using StatementContent.Published;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Tests;

/// <summary>
/// The canonical snapshot text a consumer's snapshot test records: complete, provenance shown, the same in
/// every culture, and different — naming the change — when a party is added.
/// </summary>
public class SnapshotTextTests
{
    private static readonly Statement Real = Statements.CentralAsiaIdeologyBan;

    [Fact]
    public void The_statement_as_snapshot_text() => Snapshot.Verify(Real.ToSnapshotText());

    [Theory]
    [InlineData("ru-RU")]
    [InlineData("")]
    [InlineData("ar-SA")] // another calendar and digits
    [InlineData("th-TH")]
    [InlineData("tr-TR")] // dotted and dotless i
    public void Snapshot_text_hash_and_ToString_are_the_same_in_every_culture(string culture)
    {
        string expected = Real.ToSnapshotText(), hash = Real.ContentHash, summary = Real.ToString();
        CultureInfo saved = CultureInfo.CurrentCulture, savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(expected, Fresh(Real).ToSnapshotText());
            Assert.Equal(hash, Fresh(Real).ContentHash);
            Assert.Equal(summary, Fresh(Real).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    [Fact]
    public void Snapshot_text_is_LF_only_and_shows_what_a_reader_cannot_see()
    {
        string text = Real.ToSnapshotText();
        Assert.StartsWith("statement-snapshot 1\n", text);
        Assert.DoesNotContain('\r', text);
        Assert.All(text.Split('\n'), line => Assert.Equal(line.TrimEnd(), line));
        Assert.Contains("en: Communist Front of Italy[U+00A0]", text); // the published trailing no-break space
        Assert.Matches("content-hash: sha256:[0-9a-f]{64}\n", text);
    }

    [Fact]
    public void Provenance_is_in_the_API_and_the_snapshot()
    {
        Signatory party = Real.SignatoryGroups.SelectMany(g => g.Signatories).First();
        Assert.False(party.Name.IsAddedByProject("en"));
        Assert.True(party.Name.IsAddedByProject("ru"));
        Assert.True(party.IsCountryAddedByProject);
        Assert.False(Real.Title.IsAddedByProject("ru")); // the Russian statement is published text
        string text = Real.ToSnapshotText();
        Assert.Contains($"party 1: {party.Id}, country {party.Country} (added by project):\n", text);
        Assert.Contains($"    ru (added by project): {party.Name.Ru}\n", text);
    }

    [Fact]
    public void Adding_a_party_changes_the_snapshot_with_a_diff_that_names_the_party_and_the_hash()
    {
        // An id and name the content cannot have yet: they carry the current count.
        string id = "party-added-by-this-test-" + Real.SignatoryCount;
        var added = new Signatory(id, new LocalizedText(new[] { "en", "ru" }, new[] { "Party Added by This Test " + Real.SignatoryCount, "Партия, добавленная этим тестом" }), "EX");
        Statement before = Real, after = WithParty(Real, added);

        string[] newLines = after.ToSnapshotText().Split('\n').Except(before.ToSnapshotText().Split('\n')).ToArray();
        Assert.Contains(newLines, l => l.Contains(id + ", country EX"));
        Assert.Contains(newLines, l => l.EndsWith("en: Party Added by This Test " + Real.SignatoryCount, StringComparison.Ordinal));
        Assert.Contains(newLines, l => l.StartsWith("signatories: " + (Real.SignatoryCount + 1) + " in ", StringComparison.Ordinal));
        Assert.NotEqual(before.ContentHash, after.ContentHash);
        Assert.NotEqual(before, after);
        Assert.Equal(before, Fresh(before));
    }

    [Fact]
    public void ToString_says_what_the_statement_is()
    {
        Assert.Equal(
            $"Statement '{Real.Id}' ({Real.Published:yyyy-MM-dd}, {string.Join("+", Real.Languages)}, {Real.Paragraphs.Count} paragraphs, {Real.SignatoryCount} signatories)",
            Real.ToString());
    }

    /// <summary>An equal copy, so cached hashes are computed again.</summary>
    private static Statement Fresh(Statement s) =>
        new(s.Id, s.Published, s.Publisher, s.Tags, s.IsOpenForSubscriptions, s.Languages, s.Title, s.Paragraphs, s.SignatoryGroups);

    private static Statement WithParty(Statement s, Signatory party)
    {
        List<SignatoryGroup> groups = s.SignatoryGroups.ToList();
        SignatoryGroup last = groups[^1];
        groups[^1] = new SignatoryGroup(last.Id, last.Heading, last.Signatories.Append(party).ToList());
        return new Statement(s.Id, s.Published, s.Publisher, s.Tags, s.IsOpenForSubscriptions, s.Languages, s.Title, s.Paragraphs, groups);
    }

    [Fact]
    public void Every_character_the_fast_path_keeps_is_one_the_rule_keeps()
    {
        // VisibleText.Show returns plain text unchanged without walking it; the rule must agree for each such character.
        for (int c = 0; c <= 0xFFFF; c++)
        {
            string text = "x" + (char)c + "x";
            if (ReferenceEquals(VisibleText.Show(text), text))
            {
                var category = CharUnicodeInfo.GetUnicodeCategory((char)c);
                Assert.False(VisibleText.IsInvisible(category) || (category == UnicodeCategory.SpaceSeparator && c != ' '), $"U+{c:X4} ({category}) must be shown as [U+{c:X4}]");
            }
        }

        Assert.Equal("[U+0020]edge", VisibleText.Show(" edge"));
        Assert.Equal("a[U+00A0]b", VisibleText.Show("a\u00A0b"));
    }
}
