using System;
using System.Collections.Generic;
using System.Linq;

namespace StatementContent.Cli.Translations;

/// <summary>
/// How complete one language is for one statement (or the UI strings: <see cref="Statement"/> null), in items and in
/// English words, as <c>msgfmt --statistics</c> and Translate Toolkit's <c>pocount</c> count: a word is a run of
/// characters between white space, counted in the English source.
/// </summary>
/// <param name="Translated">Translations present and not stale (<see cref="Reviewed"/> of them recorded in the lock).</param>
/// <param name="Published">Texts in this language that are published originals, not translations.</param>
/// <param name="AddedByProject">Texts in this language the project added (not in the published statement).</param>
internal sealed record TranslationStats(
    string Language,
    string? Statement,
    int Items,
    int Translated,
    int Reviewed,
    int Published,
    int Stale,
    int Missing,
    int AddedByProject,
    int Words,
    int WordsTranslated,
    int WordsStale,
    int WordsMissing)
{
    /// <summary>One row per statement and one for the UI strings, for <paramref name="language"/>.</summary>
    public static IEnumerable<TranslationStats> Of(string language, IReadOnlyList<TranslationItem> items) => items
        .GroupBy(i => i.StatementId)
        .Select(group =>
        {
            List<TranslationItem> list = group.ToList();
            int Count(params TranslationState[] states) => list.Count(i => states.Contains(i.State));
            int WordsOf(params TranslationState[] states) => list.Where(i => states.Contains(i.State)).Sum(i => WordsIn(i.English));
            return new TranslationStats(
                language,
                group.Key,
                list.Count,
                Count(TranslationState.Translated, TranslationState.Reviewed),
                Count(TranslationState.Reviewed),
                Count(TranslationState.Published),
                Count(TranslationState.Stale),
                Count(TranslationState.Missing),
                list.Count(i => i.AddedByProject && i.Target is not null),
                list.Sum(i => WordsIn(i.English)),
                WordsOf(TranslationState.Translated, TranslationState.Reviewed),
                WordsOf(TranslationState.Stale),
                WordsOf(TranslationState.Missing));
        });

    /// <summary>One line: <c>ru central-asia-ideology-ban: 35 items (900 words): …</c>.</summary>
    public string ToText() =>
        $"{Language} {Statement ?? "UI strings"}: {Items} item(s) ({Words} word(s)): {Translated} translated ({Reviewed} reviewed), {Stale} stale, {Missing} missing, {Published} published; {AddedByProject} added by the project";

    /// <summary>Words of a text, each form of a plural string counted (as pocount counts msgid and msgid_plural).</summary>
    public static int WordsIn(ItemText text) => text.Forms.Sum(f => f.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
}
