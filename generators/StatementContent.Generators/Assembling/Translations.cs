using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Assembling;

/// <summary>Missing translations: a text without one of the languages its readers may ask for.</summary>
internal static class Translations
{
    /// <summary>Reports STC2009 for each of <paramref name="languages"/> that <paramref name="text"/> lacks, naming what the reader gets instead.</summary>
    /// <param name="what">What the text is, as the message names it, e.g. "Party 'x'".</param>
    public static void Check(LocalizedTextModel text, EquatableArray<string> languages, string what, string path, FileSpan span, DiagnosticBag diagnostics)
    {
        foreach (string language in languages)
        {
            if (text.Get(language) is null)
            {
                // The runtime's fallback after the culture chain: English, else the text's first language.
                string fallback = text.Get(ContentAssembler.DefaultLanguage) is not null ? ContentAssembler.DefaultLanguage : text.Values[0].Language;
                diagnostics.Report(DiagnosticDescriptors.MissingTranslation, path, span, what, language, fallback);
            }
        }
    }
}
