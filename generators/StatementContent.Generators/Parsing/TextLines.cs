using System.Collections.Generic;

namespace StatementContent.Generators.Parsing;

/// <summary>The lines of a line-based file (content.lock, lint.baseline) that carry something: no blank lines, no <c>#</c> comments.</summary>
internal static class TextLines
{
    /// <summary>Each line's start and end offsets and its text, without the line break, a trailing CR or a BOM.</summary>
    public static IEnumerable<(int Start, int End, string Text)> Meaningful(string text)
    {
        int position = 0;
        while (position < text.Length)
        {
            int start = position;
            int end = text.IndexOf('\n', position);
            end = end < 0 ? text.Length : end;
            position = end + 1;
            string line = text.Substring(start, end - start).TrimEnd('\r').TrimStart('\uFEFF');
            if (line.Trim().Length > 0 && line.TrimStart()[0] != '#')
            {
                yield return (start, end, line);
            }
        }
    }
}
