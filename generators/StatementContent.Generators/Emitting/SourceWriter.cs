using System.Text;

namespace StatementContent.Generators.Emitting;

/// <summary>An indent-aware text builder. Always writes '\n', whatever the platform, so output is byte-identical everywhere.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

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

    public override string ToString() => _builder.ToString();
}
