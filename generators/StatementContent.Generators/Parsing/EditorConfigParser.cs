using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Parsing;

/// <summary>
/// An .editorconfig, for the severities it sets on STC diagnostics: <c>root = true</c>, <c>[glob]</c> sections and
/// their <c>dotnet_diagnostic.STCxxxx.severity = error|warning|suggestion|silent|none</c> lines; everything else is
/// the editors' and the compiler's business and is ignored here. A section whose glob is malformed is reported
/// and ignored with its settings, as the compiler ignores it (see <see cref="EditorConfigGlob"/>).
/// </summary>
internal static class EditorConfigParser
{
    public const string FileName = ".editorconfig";

    /// <summary>Reads the file, reporting each malformed section (STC1108) at its line.</summary>
    public static EditorConfigDoc Read(ParseContext context) => Read(context.Map.Content, context);

    /// <summary>Reads <paramref name="content"/> without reporting (a malformed section is ignored all the same).</summary>
    public static EditorConfigDoc Read(string content) => Read(content, null);

    private static EditorConfigDoc Read(string content, ParseContext? context)
    {
        bool root = false;
        var sections = new List<EditorConfigSection>();
        string? glob = null;
        bool inSection = false;
        var severities = new List<IdSeverity>();
        for (int start = 0, end; start < content.Length; start = end + 1)
        {
            end = content.IndexOf('\n', start);
            end = end < 0 ? content.Length : end;
            string raw = content.Substring(start, end - start);
            string line = raw.Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                // A new section, valid or not: what follows belongs to it, never to the one before or to the preamble.
                Flush();
                inSection = true;
                glob = SectionGlob(line, out string? problem);
                if (glob is null)
                {
                    context?.Report(DiagnosticDescriptors.MalformedEditorConfigSection, context.Map.SpanOfChars(start + raw.IndexOf('['), start + raw.TrimEnd().Length), line, problem!);
                }

                continue;
            }

            int equals = line.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            string key = line.Substring(0, equals).Trim();
            string value = line.Substring(equals + 1).Trim();
            int comment = value.IndexOfAny(new[] { '#', ';' });
            value = (comment >= 0 ? value.Substring(0, comment) : value).Trim().ToLowerInvariant();
            if (!inSection)
            {
                root |= string.Equals(key, "root", StringComparison.OrdinalIgnoreCase) && value == "true";
            }
            else if (glob is not null && key.StartsWith("dotnet_diagnostic.STC", StringComparison.OrdinalIgnoreCase) && key.EndsWith(".severity", StringComparison.OrdinalIgnoreCase)
                && Severity(value) is { } severity)
            {
                severities.Add(new IdSeverity(key.Substring("dotnet_diagnostic.".Length, key.Length - "dotnet_diagnostic.".Length - ".severity".Length).ToUpperInvariant(), severity));
            }
        }

        Flush();
        return new EditorConfigDoc(root, sections.ToEquatableArray());

        void Flush()
        {
            if (glob is not null && severities.Count > 0)
            {
                sections.Add(new EditorConfigSection(glob, severities.ToEquatableArray()));
            }

            severities = new List<IdSeverity>();
        }
    }

    /// <summary>
    /// The glob of a section line: <c>[glob]</c>, then an optional comment. As for the compiler, an unescaped '#' or
    /// ';' starts the comment, so <c>[*.md] # see [x]</c> is the section <c>*.md</c>. Null with the problem when malformed.
    /// </summary>
    private static string? SectionGlob(string line, out string? problem)
    {
        int comment = 1;
        while (comment < line.Length && line[comment] is not ('#' or ';'))
        {
            comment += line[comment] == '\\' ? 2 : 1;
        }

        string section = line.Substring(0, Math.Min(comment, line.Length)).TrimEnd();
        if (section.Length < 2 || section[section.Length - 1] != ']')
        {
            problem = "the line starts with '[' but does not end with ']' (before any comment)";
            return null;
        }

        string glob = section.Substring(1, section.Length - 2);
        return EditorConfigGlob.Compile(glob, out problem) is null ? null : glob;
    }

    /// <summary>The compiler's names; <c>none</c> is -1 (the diagnostic is dropped), <c>default</c> null (the descriptor's).</summary>
    private static int? Severity(string value) => value switch
    {
        "error" => (int)DiagnosticSeverity.Error,
        "warning" or "warn" => (int)DiagnosticSeverity.Warning,
        "suggestion" or "info" => (int)DiagnosticSeverity.Info,
        "silent" or "hidden" or "refactoring" => (int)DiagnosticSeverity.Hidden,
        "none" or "suppress" => -1,
        _ => null,
    };
}
