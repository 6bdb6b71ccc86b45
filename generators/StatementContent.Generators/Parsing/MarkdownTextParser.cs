using System.Collections.Generic;
using System.Text;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Parsing;

/// <summary>
/// &lt;language&gt;.md → title and paragraphs. Markdown-shaped, deliberately small: the first non-blank line is
/// the title (<c># Title</c>), then paragraphs separated by blank lines. Text is taken literally — no inline
/// markup, no escapes — because it is a published text, not a document to render. Line endings (CRLF, CR)
/// become LF; a paragraph that spans several lines keeps its line breaks as LF.
/// </summary>
internal static class MarkdownTextParser
{
    public static TextDoc? Read(ParseContext context, string language)
    {
        string text = context.Map.Content;
        string? title = null;
        FileSpan titleSpan = FileSpan.FileStart;
        var paragraphs = new List<string>();
        var spans = new List<FileSpan>();
        var paragraph = new StringBuilder();
        int paragraphStart = -1, paragraphEnd = -1;

        void Flush()
        {
            if (paragraphStart >= 0)
            {
                paragraphs.Add(paragraph.ToString());
                spans.Add(context.Map.SpanOfChars(paragraphStart, paragraphEnd));
                paragraph.Clear();
                paragraphStart = -1;
            }
        }

        int position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        while (position < text.Length)
        {
            int lineStart = position;
            int lineEnd = lineStart;
            while (lineEnd < text.Length && text[lineEnd] != '\n' && text[lineEnd] != '\r')
            {
                lineEnd++;
            }

            position = lineEnd;
            if (position < text.Length && text[position] == '\r')
            {
                position++;
            }

            if (position < text.Length && text[position] == '\n')
            {
                position++;
            }

            string line = text.Substring(lineStart, lineEnd - lineStart);
            if (line.Trim().Length == 0)
            {
                Flush();
            }
            else if (title is null)
            {
                if (!line.StartsWith("# ", System.StringComparison.Ordinal) || line.Substring(2).Trim().Length == 0)
                {
                    context.Report(DiagnosticDescriptors.MissingTitle, context.Map.SpanOfChars(lineStart, lineEnd));
                    return null;
                }

                title = line.Substring(2);
                titleSpan = context.Map.SpanOfChars(lineStart, lineEnd);
            }
            else if (line[0] == '#')
            {
                context.Report(DiagnosticDescriptors.UnexpectedHeading, context.Map.SpanOfChars(lineStart, lineEnd));
            }
            else
            {
                if (paragraphStart < 0)
                {
                    paragraphStart = lineStart;
                }
                else
                {
                    paragraph.Append('\n');
                }

                paragraph.Append(line);
                paragraphEnd = lineEnd;
            }
        }

        Flush();
        if (title is null)
        {
            context.Report(DiagnosticDescriptors.MissingTitle, FileSpan.FileStart);
            return null;
        }

        return new TextDoc(language, title, titleSpan, paragraphs.ToEquatableArray(), spans.ToEquatableArray());
    }
}
