using System.Globalization;
using System.IO;

namespace StatementContent.Cli;

/// <summary>Renders a statement as plain text, laid out like the published statement.</summary>
internal static class StatementRenderer
{
    public static void Render(Statement statement, CultureInfo culture, TextWriter output)
    {
        output.WriteLine(statement.Title.Get(culture));
        output.WriteLine($"{UiStrings.PublishedOn.Get(culture)}: {statement.Published:yyyy-MM-dd} — {statement.Publisher.Get(culture)}");
        foreach (LocalizedText paragraph in statement.Paragraphs)
        {
            output.WriteLine();
            output.WriteLine(paragraph.Get(culture));
        }

        output.WriteLine();
        output.WriteLine(UiStrings.SignedByParties(statement.SignatoryCount, culture));
        foreach (SignatoryGroup group in statement.SignatoryGroups)
        {
            output.WriteLine();
            output.WriteLine(group.Heading.Get(culture));
            output.WriteLine();
            for (int i = 0; i < group.Signatories.Count; i++)
            {
                output.WriteLine($"  {i + 1}. {group.Signatories[i].Name.Get(culture)}");
            }
        }

        if (statement.IsOpenForSubscriptions)
        {
            output.WriteLine();
            output.WriteLine(UiStrings.OpenForFurtherSubscriptions.Get(culture));
        }
    }
}
