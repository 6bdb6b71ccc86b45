using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace StatementContent.Tests;

/// <summary>
/// The published statement as the tests' own expected data: Fixtures/statement-2024-09-18.txt is a copy of
/// the published text (a browser print-out: a header block, the English text, the signatories, the Russian
/// text). Parsed here independently of the generator, so the content is checked against the source itself.
/// </summary>
internal sealed class PublishedSource
{
    public const string SolidNetHeading = "SolidNet Parties signing the Joint Statement";
    public const string OtherHeading = "Other Parties";
    public const string ClosingLine = "The statement is open for further subscriptions";

    private static readonly Regex s_listItem = new(@"^  (\d+)\. (.+)$");

    private PublishedSource(string text)
    {
        // Blocks are runs of non-empty lines; the source separates everything with blank lines.
        var blocks = new List<List<string>>();
        var current = new List<string>();
        foreach (string line in text.Split('\n'))
        {
            if (line.Length == 0)
            {
                if (current.Count > 0)
                {
                    blocks.Add(current);
                    current = new List<string>();
                }
            }
            else
            {
                current.Add(line);
            }
        }

        if (current.Count > 0)
        {
            blocks.Add(current);
        }

        int solidNet = blocks.FindIndex(b => b.Count == 1 && b[0] == SolidNetHeading);
        if (solidNet < 0 || blocks[solidNet + 2][0] != OtherHeading || blocks[solidNet + 4][0] != ClosingLine)
        {
            throw new InvalidDataException("The fixture does not have the published layout.");
        }

        // Blocks 0 and 1 are the print-out's header (page title; print time and tags); block 2 is the English title.
        if (blocks[1].Count != 2 || !blocks[1][1].StartsWith("  \u2022 ", StringComparison.Ordinal))
        {
            throw new InvalidDataException("The fixture does not start with the print-out header.");
        }

        EnglishTitle = Single(blocks[2]);
        EnglishParagraphs = blocks.Skip(3).Take(solidNet - 3).Select(Single).ToList();
        SolidNetParties = ListItems(blocks[solidNet + 1]);
        OtherParties = ListItems(blocks[solidNet + 3]);
        RussianTitle = Single(blocks[solidNet + 5]);
        RussianParagraphs = blocks.Skip(solidNet + 6).Select(Single).ToList();
    }

    public static PublishedSource Instance { get; } =
        new(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "statement-2024-09-18.txt")));

    public string EnglishTitle { get; }

    public IReadOnlyList<string> EnglishParagraphs { get; }

    public string RussianTitle { get; }

    public IReadOnlyList<string> RussianParagraphs { get; }

    public IReadOnlyList<string> SolidNetParties { get; }

    public IReadOnlyList<string> OtherParties { get; }

    private static string Single(List<string> block) =>
        block.Count == 1 ? block[0] : throw new InvalidDataException("Expected a one-line paragraph: " + block[0]);

    private static List<string> ListItems(List<string> block) =>
        block.Select((line, i) =>
        {
            Match match = s_listItem.Match(line);
            if (!match.Success || match.Groups[1].Value != (i + 1).ToString())
            {
                throw new InvalidDataException("Expected list item " + (i + 1) + ": " + line);
            }

            return match.Groups[2].Value;
        }).ToList();
}
