using System.Collections.Generic;
using System.Linq;
using System.Text;
using StatementContent.Generators.Model;

namespace StatementContent.Cli.Translations;

/// <summary>
/// A plural UI string as one ICU MessageFormat text, <c>{count, plural, one {…} few {…} other {…}}</c>: how XLIFF
/// (which has no plural forms of its own) carries the forms. Each form's text is the content's pattern as written
/// (<c>{count}</c> placeholders, <c>{{</c> <c>}}</c> for literal braces), so braces inside a form balance.
/// </summary>
internal static class IcuPlural
{
    public static string Write(ItemText text) =>
        "{" + UiFormatModel.CountParameter + ", plural, " + string.Join(" ", text.Forms.Select(f => f.Category + " {" + f.Text + "}")) + "}";

    /// <summary>The forms of an ICU plural text; null when <paramref name="text"/> is not one.</summary>
    public static ItemText? Read(string text)
    {
        string prefix = "{" + UiFormatModel.CountParameter + ", plural,";
        string trimmed = text.Trim();
        if (!trimmed.StartsWith(prefix, System.StringComparison.Ordinal) || !trimmed.EndsWith('}'))
        {
            return null;
        }

        var forms = new List<TextForm>();
        int i = prefix.Length;
        int end = trimmed.Length - 1;
        while (true)
        {
            while (i < end && char.IsWhiteSpace(trimmed[i]))
            {
                i++;
            }

            if (i == end)
            {
                return forms.Count > 0 ? new ItemText(forms) : null;
            }

            int open = trimmed.IndexOf('{', i);
            if (open < 0 || open >= end)
            {
                return null;
            }

            string category = trimmed.Substring(i, open - i).Trim();
            int depth = 0;
            int close = -1;
            for (int j = open; j < end; j++)
            {
                depth += trimmed[j] == '{' ? 1 : trimmed[j] == '}' ? -1 : 0;
                if (depth == 0)
                {
                    close = j;
                    break;
                }
            }

            if (category.Length == 0 || close < 0)
            {
                return null;
            }

            forms.Add(new TextForm(category, trimmed.Substring(open + 1, close - open - 1)));
            i = close + 1;
        }
    }
}
