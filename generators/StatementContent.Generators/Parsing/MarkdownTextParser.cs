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
/// A line that starts with <c>&lt;!-- note:</c> outside a paragraph opens a translator note that runs to its
/// <c>--&gt;</c> and belongs to the title or paragraph directly below it (<see cref="TranslatorNotes"/>); notes are
/// written in the English file only. Every other line, an HTML comment of another kind too, is text as before.
/// </summary>
internal static class MarkdownTextParser
{
    /// <summary>The language whose file holds the notes: the English source (<c>ContentAssembler.DefaultLanguage</c>).</summary>
    private const string SourceLanguage = "en";

    public static TextDoc? Read(ParseContext context, string language)
    {
        string text = context.Map.Content;
        string? title = null;
        FileSpan titleSpan = FileSpan.FileStart;
        var paragraphs = new List<string>();
        var spans = new List<FileSpan>();
        var paragraph = new StringBuilder();
        int paragraphStart = -1, paragraphEnd = -1;
        var notes = new List<MarkdownNote>();
        NoteReader? note = null; // from a note's first line until the item below it starts

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

            // A line is read where it stands; a string is made of it only for a note or the title (a paragraph's
            // lines go straight into the paragraph).
            int length = lineEnd - lineStart;
            if (note is { Closed: false })
            {
                note.Add(context, text.Substring(lineStart, length), lineStart, lineEnd);
                continue;
            }

            if (length >= NoteReader.Open.Length && string.CompareOrdinal(text, lineStart, NoteReader.Open, 0, NoteReader.Open.Length) == 0)
            {
                note ??= new NoteReader(lineStart);
                note.Add(context, text.Substring(lineStart + NoteReader.Open.Length, length - NoteReader.Open.Length), lineStart, lineEnd);
                if (paragraphStart >= 0)
                {
                    note.Orphan(context, "is inside a paragraph; put it above the paragraph, after a blank line");
                }

                continue;
            }

            if (IsBlank(text, lineStart, lineEnd))
            {
                note?.Orphan(context, "is not directly above the title or a paragraph (no blank line between them)");
                note = null;
                Flush();
            }
            else if (title is null)
            {
                string line = text.Substring(lineStart, length);
                if (!line.StartsWith("# ", System.StringComparison.Ordinal) || line.Substring(2).Trim().Length == 0)
                {
                    context.Report(DiagnosticDescriptors.MissingTitle, context.Map.SpanOfChars(lineStart, lineEnd));
                    return null;
                }

                title = line.Substring(2);
                titleSpan = context.Map.SpanOfChars(lineStart, lineEnd);
                note?.AttachTo(context, language, notes, 0);
                note = null;
            }
            else if (text[lineStart] == '#')
            {
                context.Report(DiagnosticDescriptors.UnexpectedHeading, context.Map.SpanOfChars(lineStart, lineEnd));
                note = null;
            }
            else
            {
                if (paragraphStart < 0)
                {
                    paragraphStart = lineStart;
                    note?.AttachTo(context, language, notes, paragraphs.Count + 1);
                    note = null;
                }
                else
                {
                    paragraph.Append('\n');
                }

                paragraph.Append(text, lineStart, length);
                paragraphEnd = lineEnd;
            }
        }

        Flush();
        note?.Orphan(context, note.Closed ? "is not above the title or a paragraph" : "is not closed with '-->'");
        if (title is null)
        {
            context.Report(DiagnosticDescriptors.MissingTitle, FileSpan.FileStart);
            return null;
        }

        return new TextDoc(language, title, titleSpan, paragraphs.ToEquatableArray(), spans.ToEquatableArray(), notes.ToEquatableArray());
    }

    /// <summary>Whether the characters from <paramref name="start"/> to <paramref name="end"/> are whitespace only (what <c>Trim()</c> leaves empty).</summary>
    private static bool IsBlank(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A <c>&lt;!-- note: … --&gt;</c> comment, or several in a row (joined line by line), while it is read: its
    /// text, its lines, whether its <c>--&gt;</c> has come, and whether it was reported already (once is enough).
    /// </summary>
    private sealed class NoteReader
    {
        public const string Open = "<!-- note:";
        private const string Close = "-->";
        private readonly int _start;
        private readonly StringBuilder _text = new();
        private int _end;
        private bool _reported;

        public NoteReader(int start) => _start = start;

        public bool Closed { get; private set; }

        /// <summary>A line of the comment; of its first line, what follows <c>&lt;!-- note:</c>.</summary>
        public void Add(ParseContext context, string line, int lineStart, int lineEnd)
        {
            _end = lineEnd;
            Closed = false;
            int close = line.IndexOf(Close, System.StringComparison.Ordinal);
            if (close >= 0)
            {
                Closed = true;
                if (line.Substring(close + Close.Length).Trim().Length > 0)
                {
                    Report(context, context.Map.SpanOfChars(lineStart, lineEnd), "This note has text after its '-->'; end the line there");
                }

                line = line.Substring(0, close);
            }

            if (_text.Length > 0)
            {
                _text.Append('\n');
            }

            _text.Append(line.Trim());
        }

        /// <summary>The note, checked, becomes the note of item <paramref name="number"/> (0: the title; paragraphs from 1).</summary>
        public void AttachTo(ParseContext context, string language, List<MarkdownNote> notes, int number)
        {
            if (_reported)
            {
                return;
            }

            if (language != SourceLanguage)
            {
                Report(context, Span(context), $"This note is in the '{language}' file; notes go in the English file ({SourceLanguage}.md) only, and translators see them in every language's export");
                return;
            }

            if (TranslatorNotes.Check(context, _text.ToString(), Span(context), "This note") is { } text)
            {
                notes.Add(new MarkdownNote(number, text));
            }
        }

        public void Orphan(ParseContext context, string problem) => Report(context, Span(context), "This note " + problem);

        private void Report(ParseContext context, FileSpan span, string message)
        {
            if (!_reported)
            {
                context.Report(DiagnosticDescriptors.InvalidNote, span, message);
            }

            _reported = true;
        }

        private FileSpan Span(ParseContext context) => context.Map.SpanOfChars(_start, _end);
    }
}
