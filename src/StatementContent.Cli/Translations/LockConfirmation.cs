using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using StatementContent.Generators.Assembling;
using StatementContent.Generators.Lock;

namespace StatementContent.Cli.Translations;

/// <summary>
/// Which stale translations a person confirms as still fitting the changed English, named as translators see them:
/// by the translation key (PO <c>msgctxt</c>, XLIFF <c>unit id</c>: <see cref="TranslationKeys"/>) and the language.
/// <c>statement lock --confirm KEY --confirm-language LANG</c> and <c>statement translations import</c> both resolve
/// their items here, and both confirm them through the lock's per-item confirmation (<see cref="ContentLock"/>).
/// </summary>
internal static class LockConfirmation
{
    /// <summary>
    /// The lock items (key with language) of the stale translations, each with how translators name it (<c>key (language)</c>), <paramref name="keys"/> names in
    /// <paramref name="languages"/> (none: every language of the content but English); without keys, every stale
    /// translation in those languages. Null, with each problem on <paramref name="error"/> and the exit code in
    /// <paramref name="failed"/>, when a key or language is empty, looks like an option, is unknown, or names nothing stale.
    /// </summary>
    public static Dictionary<LockKey, string>? Resolve(ContentFolder content, IReadOnlyList<string> keys, IReadOnlyList<string> languages, TextWriter error, out int failed)
    {
        failed = ExitCodes.Usage;
        IReadOnlyList<string> known = TranslationCollector.Languages(content).Where(l => l != ContentAssembler.DefaultLanguage).ToList();
        var problems = new List<string>();
        foreach (string value in keys.Concat(languages).Where(v => v.Trim().Length == 0 || v.StartsWith("-", StringComparison.Ordinal)))
        {
            problems.Add(value.Trim().Length == 0
                ? "An empty key or language was given to --confirm / --confirm-language."
                : $"'{Show(value)}' looks like an option, not a translation key or language: give the value after --confirm or --confirm-language.");
        }

        var selected = new List<string>();
        foreach (string language in languages.Where(v => v.Trim().Length > 0 && !v.StartsWith("-", StringComparison.Ordinal)))
        {
            string? found = known.FirstOrDefault(l => string.Equals(l, language.Replace('_', '-'), StringComparison.OrdinalIgnoreCase));
            if (found is null)
            {
                problems.Add($"'{Show(language)}' is not a translated language of the content; its translations are in {(known.Count == 0 ? "no language" : string.Join(", ", known))}.");
            }
            else if (!selected.Contains(found))
            {
                selected.Add(found);
            }
        }

        if (problems.Count > 0)
        {
            problems.ForEach(error.WriteLine);
            return null;
        }

        failed = ExitCodes.NotFound;
        Dictionary<string, List<TranslationItem>> items = (selected.Count > 0 ? selected : known)
            .ToDictionary(l => l, l => TranslationCollector.Collect(content, l));
        var confirmed = new Dictionary<LockKey, string>();
        if (keys.Count == 0)
        {
            foreach ((string language, List<TranslationItem> inLanguage) in items)
            {
                List<TranslationItem> stale = inLanguage.Where(i => i.State == TranslationState.Stale).ToList();
                if (stale.Count == 0)
                {
                    problems.Add($"No translation in '{language}' is stale: nothing to confirm.");
                }

                stale.ForEach(i => confirmed[i.LockId] = $"{i.Key} ({language})");
            }
        }

        HashSet<string> allKeys = new(known.SelectMany(l => items.TryGetValue(l, out List<TranslationItem>? found) ? found : TranslationCollector.Collect(content, l)).Select(i => i.Key), StringComparer.Ordinal);
        foreach (string key in keys.Distinct(StringComparer.Ordinal))
        {
            List<TranslationItem> stale = items.Values.SelectMany(l => l).Where(i => i.Key == key && i.State == TranslationState.Stale).ToList();
            if (!allKeys.Contains(key))
            {
                problems.Add($"The content has no translatable text with the key '{Show(key)}' (keys as in the PO msgctxt: statement.<id>.paragraph.<n>, string.<key>; docs/translators.md).");
            }
            else if (stale.Count == 0)
            {
                problems.Add($"'{Show(key)}' is not stale in {string.Join(", ", items.Keys.Select(l => "'" + l + "'"))}: there is nothing to confirm.");
            }

            foreach ((string language, List<TranslationItem> inLanguage) in items)
            {
                inLanguage.Where(i => i.Key == key && i.State == TranslationState.Stale).ToList().ForEach(i => confirmed[i.LockId] = $"{i.Key} ({language})");
            }
        }

        if (problems.Count > 0)
        {
            problems.ForEach(error.WriteLine);
            return null;
        }

        return confirmed;
    }

    /// <summary>A value as a message quotes it: a very long one cut, control characters shown as '?'.</summary>
    private static string Show(string value)
    {
        string shown = new(value.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return shown.Length > 80 ? shown.Substring(0, 77) + "..." : shown;
    }
}
