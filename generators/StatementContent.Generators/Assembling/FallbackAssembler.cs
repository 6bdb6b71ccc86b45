using System;
using System.Collections.Generic;
using System.Linq;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Assembling;

/// <summary>languages.json → the configured fallbacks: each language once, no cycles, every fallback a language the content has.</summary>
internal static class FallbackAssembler
{
    /// <param name="contentLanguages">Every language a statement or UI string has.</param>
    public static EquatableArray<FallbackModel> Assemble(IEnumerable<ParsedFile> files, ICollection<string> contentLanguages, DiagnosticBag diagnostics)
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

            foreach (string language in fallback.Next.Where(l => !contentLanguages.Contains(l)))
            {
                diagnostics.Report(DiagnosticDescriptors.FallbackWithoutContent, path, fallback.LanguageSpan, fallback.Language, language);
            }
        }

        return declared
            .Select(d => new FallbackModel(d.Fallback.Language, d.Fallback.Next))
            .OrderBy(f => f.Language, StringComparer.Ordinal)
            .ToEquatableArray();
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
