using System;
using System.Collections.Generic;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;

namespace StatementContent.Generators.Lint;

/// <summary>
/// lint.baseline: the lint findings the content acknowledges (docs/diagnostics.md, "Content lint"). One finding a
/// line, <c>ID | path relative to the baseline's folder | excerpt</c>; <c>#</c> starts a comment. Written by
/// <c>statement lint --update-baseline</c>; an acknowledged finding stays quiet however its line moves.
/// </summary>
internal static class LintBaselineParser
{
    public const string FileName = "lint.baseline";
    public const string Separator = " | ";

    public static LintBaselineDoc? Read(ParseContext context)
    {
        var entries = new List<BaselineEntry>();
        foreach ((int lineStart, int lineEnd, string raw) in TextLines.Meaningful(context.Map.Content))
        {
            string line = raw.Trim(' ');
            string[] parts = line.Split(new[] { Separator }, 3, StringSplitOptions.None);
            if (parts.Length != 3 || !parts[0].StartsWith("STC5", StringComparison.Ordinal) || parts[1].Length == 0 || parts[2].Length == 0)
            {
                context.Report(DiagnosticDescriptors.MalformedLintBaseline, context.Map.SpanOfChars(lineStart, lineEnd), line);
                continue;
            }

            entries.Add(new BaselineEntry(parts[0], parts[1], parts[2]));
        }

        return new LintBaselineDoc(entries.ToEquatableArray());
    }
}
