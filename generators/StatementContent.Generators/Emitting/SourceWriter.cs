using System.Text;

namespace StatementContent.Generators.Emitting;

/// <summary>An indent-aware text builder. Always writes '\n', whatever the platform, so output is byte-identical everywhere.</summary>
internal sealed class SourceWriter
{
    // One builder per thread, lent to a writer until its text is taken (Finish): a statement's file is tens of
    // thousands of characters, and growing a new builder for each of 1,000 statements was about a seventh of what
    // the generator allocated (docs/benchmarks.md §3). A builder grown past KeptCapacity is not kept.
    [System.ThreadStatic]
    private static StringBuilder? t_spare;

    private const int KeptCapacity = 1 << 17;

    private StringBuilder _builder = Borrow();
    private int _indent;

    private static StringBuilder Borrow()
    {
        StringBuilder? spare = t_spare;
        t_spare = null;
        return spare ?? new StringBuilder();
    }

    /// <summary>The text written; the writer is done, and its builder goes to the next writer on this thread.</summary>
    public string Finish()
    {
        string text = _builder.ToString();
        if (_builder.Capacity <= KeptCapacity)
        {
            _builder.Clear();
            t_spare = _builder;
        }

        _builder = null!; // written after Finish: an exception, never another writer's text
        return text;
    }

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Starts a line (indented) that <see cref="Raw"/> continues and <see cref="EndLine"/> ends: long expressions are written piece by piece, never built as strings first.</summary>
    public SourceWriter StartLine(string text)
    {
        _builder.Append(' ', _indent * 4);
        _builder.Append(text);
        return this;
    }

    /// <summary>Ends a line started by <see cref="StartLine"/>.</summary>
    public SourceWriter EndLine(string text = "")
    {
        _builder.Append(text);
        _builder.Append('\n');
        return this;
    }

    /// <summary>Appends <paramref name="value"/> as a C# string literal, as <see cref="CSharpText.Literal"/> writes it; a plain text without making the literal first.</summary>
    public SourceWriter Literal(string value)
    {
        CSharpText.AppendLiteral(_builder, value);
        return this;
    }

    /// <summary>Appends text as it is, with no indentation.</summary>
    public SourceWriter Raw(string text)
    {
        _builder.Append(text);
        return this;
    }

    public SourceWriter Open(string line)
    {
        Line(line);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Outdent()
    {
        _indent--;
        return this;
    }

    /// <summary>Writes a <c>/// &lt;tag&gt;</c> block; <paramref name="escapedLines"/> come from <see cref="CSharpText.DocLines"/>.</summary>
    public SourceWriter Doc(string tag, System.Collections.Generic.IEnumerable<string> escapedLines)
    {
        Line("/// <" + tag + ">");
        foreach (string line in escapedLines)
        {
            Line(line.Length == 0 ? "///" : "/// " + line);
        }

        return Line("/// </" + tag.Split(' ')[0] + ">");
    }

    /// <summary>
    /// Like <see cref="Doc"/>, but a one-line text stays on the tag's line (<c>/// &lt;summary&gt;text&lt;/summary&gt;</c>): a
    /// third of the lines the compiler parses, where members come by the thousand (UI strings).
    /// </summary>
    public SourceWriter DocCompact(string tag, System.Collections.Generic.IEnumerable<string> escapedLines)
    {
        var lines = new System.Collections.Generic.List<string>(escapedLines);
        return lines.Count == 1 ? Line("/// <" + tag + ">" + lines[0] + "</" + tag.Split(' ')[0] + ">") : Doc(tag, lines);
    }
}
