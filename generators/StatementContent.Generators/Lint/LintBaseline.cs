using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Lint;

/// <summary>
/// The acknowledged lint findings (lint.baseline at the content's root): a finding matches an entry by rule, file
/// and excerpt — not by line — so it stays acknowledged when text around it moves; each entry acknowledges one.
/// </summary>
internal sealed class LintBaseline
{
    private readonly List<BaselineEntry> _entries;

    private LintBaseline(string? path, string root, List<BaselineEntry> entries)
    {
        Path = path;
        Root = root;
        _entries = entries;
    }

    /// <summary>The baseline file, when the content has one.</summary>
    public string? Path { get; }

    /// <summary>The folder its file paths are relative to: the baseline's, else the folder it is to be written in.</summary>
    public string Root { get; }

    /// <param name="folder">
    /// Where a baseline is written when the content has none (the content folder): the paths it writes are relative
    /// to it, so that the baseline, once written there, acknowledges them. Without one, nothing can be written.
    /// </param>
    public static LintBaseline From(IReadOnlyList<ParsedFile> files, string? folder = null)
    {
        ParsedFile? file = files.Where(f => f.Kind == ContentFileKind.LintBaseline).OrderBy(f => f.Path.Length).FirstOrDefault();
        string root = file?.Directory ?? folder ?? "";
        return new LintBaseline(file?.Path, root, file?.Baseline?.Entries.ToList() ?? new List<BaselineEntry>());
    }

    /// <summary>The findings no entry acknowledges.</summary>
    public List<LintFinding> New(IEnumerable<LintFinding> findings)
    {
        var unused = _entries.ToList();
        var fresh = new List<LintFinding>();
        foreach (LintFinding finding in findings)
        {
            int at = unused.FindIndex(e => e.Id == finding.Id && e.File == Relative(finding.Path) && e.Excerpt == finding.Excerpt);
            if (at >= 0)
            {
                unused.RemoveAt(at);
            }
            else
            {
                fresh.Add(finding);
            }
        }

        return fresh;
    }

    /// <summary>The baseline that acknowledges every one of <paramref name="findings"/>.</summary>
    public string Write(IEnumerable<LintFinding> findings)
    {
        var text = new StringBuilder();
        text.Append("# Lint findings the content acknowledges: the published text keeps them (docs/diagnostics.md, \"Content lint\").\n");
        text.Append("# One a line: rule | file | the text around it. Written by 'statement lint --update-baseline'.\n");
        foreach (LintFinding finding in findings)
        {
            text.Append(finding.Id).Append(LintBaselineParser.Separator).Append(Relative(finding.Path)).Append(LintBaselineParser.Separator).Append(finding.Excerpt).Append('\n');
        }

        return text.ToString();
    }

    public string Relative(string path)
    {
        string normalized = path.Replace('\\', '/');
        string root = Root.Replace('\\', '/').TrimEnd('/') + "/";
        return normalized.StartsWith(root, StringComparison.Ordinal) ? normalized.Substring(root.Length) : normalized;
    }
}
