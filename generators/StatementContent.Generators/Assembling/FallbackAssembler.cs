using System;
using System.Collections.Generic;
using System.Linq;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Assembling;

/// <summary>
/// languages.json → the configured fallbacks: each language once, no cycles, every fallback a language the content
/// has. Read before the texts are assembled, since the missing-translation warnings name what the fallbacks give.
/// </summary>
internal static class FallbackAssembler
{
    /// <summary>Each language's fallbacks as declared (a language declared again is reported and left out); cycles are reported.</summary>
    public static List<(ParsedFallback Fallback, string Path)> Declared(IEnumerable<ParsedFile> files, DiagnosticBag diagnostics)
    {
        var declared = new List<(ParsedFallback Fallback, string Path)>();
        var declaredIn = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ParsedFile file in files)
        {
            foreach (ParsedFallback fallback in file.Languages?.Fallbacks ?? EquatableArray<ParsedFallback>.Empty)
            {
                if (declaredIn.TryGetValue(fallback.Language, out string? first))
                {
                    diagnostics.Report(DiagnosticDescriptors.DuplicateFallback, file.Path, fallback.LanguageSpan, fallback.Language, first);
                    continue;
                }

                declaredIn.Add(fallback.Language, file.Path);
                declared.Add((fallback, file.Path));
            }
        }

        var next = declared.ToDictionary(d => d.Fallback.Language, d => d.Fallback.Next, StringComparer.Ordinal);
        foreach ((ParsedFallback fallback, string path) in declared)
        {
            if (CycleFrom(fallback.Language, next) is { } cycle)
            {
                diagnostics.Report(DiagnosticDescriptors.CyclicFallback, path, fallback.LanguageSpan, fallback.Language, string.Join(" → ", cycle));
            }
        }

        return declared;
    }

    /// <summary>The declared fallbacks as the model (and the runtime) takes them, by language.</summary>
    public static EquatableArray<FallbackModel> Models(List<(ParsedFallback Fallback, string Path)> declared) => declared
        .Select(d => new FallbackModel(d.Fallback.Language, d.Fallback.Next))
        .OrderBy(f => f.Language, StringComparer.Ordinal)
        .ToEquatableArray();

    /// <summary>Reports each fallback to a language no text has: its readers skip it.</summary>
    /// <param name="contentLanguages">Every language a statement or UI string has.</param>
    public static void CheckTargets(List<(ParsedFallback Fallback, string Path)> declared, ICollection<string> contentLanguages, DiagnosticBag diagnostics)
    {
        foreach ((ParsedFallback fallback, string path) in declared)
        {
            foreach (string language in fallback.Next.Where(l => !contentLanguages.Contains(l)))
            {
                diagnostics.Report(DiagnosticDescriptors.FallbackWithoutContent, path, fallback.LanguageSpan, fallback.Language, language);
            }
        }
    }

    /// <summary>The path from <paramref name="start"/> back to itself through the fallbacks, if there is one.</summary>
    private static List<string>? CycleFrom(string start, Dictionary<string, EquatableArray<string>> next)
    {
        var path = new List<string> { start };
        var visited = new HashSet<string>(StringComparer.Ordinal);
        return Walk(start);

        List<string>? Walk(string language)
        {
            foreach (string following in next.TryGetValue(language, out EquatableArray<string> list) ? list : EquatableArray<string>.Empty)
            {
                path.Add(following);
                if (following == start)
                {
                    return path;
                }

                if (visited.Add(following) && Walk(following) is { } found)
                {
                    return found;
                }

                path.RemoveAt(path.Count - 1);
            }

            return null;
        }
    }
}
