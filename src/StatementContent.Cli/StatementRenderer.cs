using System;
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

    /// <summary>Whether <paramref name="language"/> is the culture itself or one of its parents (not a fallback).</summary>
    public static bool Covers(string language, CultureInfo culture)
    {
        for (CultureInfo current = culture; current.Name.Length > 0; current = current.Parent)
        {
            if (string.Equals(language, current.Name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
