using System.Linq;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Assembling;

/// <summary>Missing translations: a text without one of the languages its readers may ask for.</summary>
internal sealed class Translations
{
    private readonly LanguageFallbacks _fallbacks;

    /// <param name="fallbacks">The content's configured fallbacks (languages.json), as the generated texts get them.</param>
    public Translations(LanguageFallbacks fallbacks) => _fallbacks = fallbacks;

    /// <summary>Reports STC2009 for each of <paramref name="languages"/> that <paramref name="text"/> lacks, naming what the reader gets instead.</summary>
    /// <param name="what">What the text is, as the message names it, e.g. "Party 'x'".</param>
    public void Check(LocalizedTextModel text, EquatableArray<string> languages, string what, string path, FileSpan span, DiagnosticBag diagnostics)
    {
        LocalizedText? resolver = null;
        foreach (string language in languages)
        {
            if (text.Get(language) is null)
            {
                resolver ??= LanguageOf(text);
                diagnostics.Report(DiagnosticDescriptors.MissingTranslation, path, span, what, language, resolver.Get(language));
            }
        }
    }

    /// <summary>
    /// A runtime text whose text in each language is that language's name: what it gives a reader is the language
    /// the reader gets, by the runtime's own fallback rule (as the generated formats pick their language).
    /// </summary>
    private LocalizedText LanguageOf(LocalizedTextModel text)
    {
        string[] languages = text.Values.Select(v => v.Language).ToArray();
        return new LocalizedText(languages, languages, _fallbacks);
    }
}
