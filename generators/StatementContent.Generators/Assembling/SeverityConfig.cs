using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;

namespace StatementContent.Generators.Assembling;

/// <summary>
/// <c>dotnet_diagnostic.STCxxxx.severity</c> from the .editorconfig files above a content file, applied as the
/// compiler applies them to C# files (nearest file and last matching section win; <c>root = true</c> stops the
/// search), because the compiler does not apply them to diagnostics in content files (dotnet/roslyn#31916).
/// Errors stay errors: a severity may raise or lower a warning or an Info diagnostic (the lint), never hide a
/// content error that would otherwise surface as broken generated code.
/// </summary>
internal static class SeverityConfig
{
    public static EquatableArray<DiagnosticInfo> Apply(IReadOnlyList<ParsedFile> files, EquatableArray<DiagnosticInfo> diagnostics)
    {
        List<(string Directory, EditorConfigDoc Doc)> configs = files
            .Where(f => f.EditorConfig is not null)
            .Select(f => (Normalize(f.Directory), f.EditorConfig!))
            .ToList();
        if (configs.Count == 0)
        {
            return diagnostics;
        }

        var result = new List<DiagnosticInfo>(diagnostics.Count);
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            int? configured = diagnostic.IsError || diagnostic.FilePath.Length == 0 ? null : SeverityFor(configs, Normalize(diagnostic.FilePath), diagnostic.Id);
            if (configured is null)
            {
                result.Add(diagnostic);
            }
            else if (configured >= 0)
            {
                result.Add(diagnostic with { Severity = (DiagnosticSeverity)configured.Value });
            }
        }

        return result.ToEquatableArray();
    }

    private static int? SeverityFor(List<(string Directory, EditorConfigDoc Doc)> configs, string path, string id)
    {
        // The configs above the file, nearest first; the search stops at the first root.
        List<(string Directory, EditorConfigDoc Doc)> above = configs
            .Where(c => path.StartsWith(c.Directory + "/", StringComparison.Ordinal))
            .OrderByDescending(c => c.Directory.Length)
            .ToList();
        int rootAt = above.FindIndex(c => c.Doc.Root);
        if (rootAt >= 0)
        {
            above = above.Take(rootAt + 1).ToList();
        }

        // Farthest first, so nearer files and later sections override.
        int? severity = null;
        foreach ((string directory, EditorConfigDoc doc) in Enumerable.Reverse(above))
        {
            string relative = path.Substring(directory.Length + 1);
            foreach (EditorConfigSection section in doc.Sections.Where(s => Matches(s.Glob, relative)))
            {
                foreach (IdSeverity entry in section.Severities.Where(e => e.Id == id))
                {
                    severity = entry.Severity;
                }
            }
        }

        return severity;
    }

    /// <summary>Whether the section glob matches the path (from the config's folder); a malformed glob matches nothing, as in the compiler.</summary>
    internal static bool Matches(string glob, string relativePath) => EditorConfigGlob.Compile(glob, out _)?.IsMatch(relativePath) ?? false;

    private static string Normalize(string path) => path.Replace('\\', '/').TrimEnd('/');
}
