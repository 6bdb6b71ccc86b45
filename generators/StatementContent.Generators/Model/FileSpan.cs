namespace StatementContent.Generators.Model;

/// <summary>A place in a content file: character offset and length, plus zero-based line and column.</summary>
internal readonly record struct FileSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static readonly FileSpan FileStart = new(0, 0, 0, 0, 0, 0);
}
