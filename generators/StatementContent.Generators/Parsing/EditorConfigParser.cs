using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Parsing;

/// <summary>
/// An .editorconfig, for the severities it sets on STC diagnostics: <c>root = true</c>, <c>[glob]</c> sections and
/// their <c>dotnet_diagnostic.STCxxxx.severity = error|warning|suggestion|silent|none</c> lines; everything else is
/// the editors' and the compiler's business and is ignored here.
/// </summary>
internal static class EditorConfigParser
{
    public const string FileName = ".editorconfig";

    public static EditorConfigDoc Read(string content)
    {
        bool root = false;
        var sections = new List<EditorConfigSection>();
        string? glob = null;
        var severities = new List<IdSeverity>();
        foreach (string raw in content.Split('\n'))
        {
            string line = raw.Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line[line.Length - 1] == ']')
            {
                Flush();
                glob = line.Substring(1, line.Length - 2);
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
            if (glob is null)
            {
                root |= string.Equals(key, "root", StringComparison.OrdinalIgnoreCase) && value == "true";
            }
            else if (key.StartsWith("dotnet_diagnostic.STC", StringComparison.OrdinalIgnoreCase) && key.EndsWith(".severity", StringComparison.OrdinalIgnoreCase)
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
