using System;
using System.Collections.Generic;
using System.Text;

namespace StatementContent.Cli;

/// <summary>
/// A short word-level diff of two texts, for a reviewer: <c>… the [-old-]{+new+} words …</c> — removed words in
/// <c>[-…-]</c>, added in <c>{+…+}</c> (git's word-diff notation), three words of context, the rest elided.
/// </summary>
internal static class WordDiff
{
    private const int Context = 3;

    public static string Of(string older, string newer)
    {
        string[] a = older.Split(new[] { ' ', '\n' }, StringSplitOptions.RemoveEmptyEntries);
        string[] b = newer.Split(new[] { ' ', '\n' }, StringSplitOptions.RemoveEmptyEntries);
        if (string.Join(" ", a) == string.Join(" ", b))
        {
            return "(whitespace only: " + Describe(older) + " → " + Describe(newer) + ")";
        }

        // Longest common subsequence of words, then walk it: equal words are context, the rest are edits.
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
        {
            for (int j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var tokens = new List<(char Kind, string Word)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                tokens.Add(('=', a[x++]));
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                tokens.Add(('-', a[x++])); // removed words first, as git shows them
            }
            else
            {
                tokens.Add(('+', b[y++]));
            }
        }

        return Render(tokens);
    }

    private static string Render(List<(char Kind, string Word)> tokens)
    {
        var keep = new bool[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != '=')
            {
                for (int k = Math.Max(0, i - Context); k <= Math.Min(tokens.Count - 1, i + Context); k++)
                {
                    keep[k] = true;
                }
            }
        }

        var text = new StringBuilder();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!keep[i])
            {
                if (i == 0 || keep[i - 1])
                {
                    Space(text).Append('…');
                }

                continue;
            }

            char kind = tokens[i].Kind;
            if (kind == '=')
            {
                Space(text).Append(tokens[i].Word);
                continue;
            }

            // A run of one kind goes in one bracket.
            int end = i;
            var run = new List<string>();
            while (end < tokens.Count && tokens[end].Kind == kind)
            {
                run.Add(tokens[end++].Word);
            }

            Space(text).Append(kind == '-' ? "[-" : "{+").Append(string.Join(" ", run)).Append(kind == '-' ? "-]" : "+}");
            i = end - 1;
        }

        return text.ToString();
    }

    private static StringBuilder Space(StringBuilder text) => text.Length == 0 ? text : text.Append(' ');

    private static string Describe(string text) => VisibleText.Show(text);
}
