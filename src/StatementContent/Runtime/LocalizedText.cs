using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace StatementContent
{
    /// <summary>
    /// A text in several languages, e.g. a title in English and Russian. Reading it never parses anything: the
    /// texts are string literals compiled into the assembly.
    /// </summary>
    /// <remarks>
    /// Culture fallback: the culture itself (<c>ru-KZ</c>), then its parents (<c>ru</c>), then English, then the
    /// first language the text has. So a reader always gets a text, never <see langword="null"/>.
    /// Instances are immutable and compare by value.
    /// </remarks>
    public sealed class LocalizedText : IEquatable<LocalizedText>
    {
        /// <summary>The language every text falls back to when the reader's culture has no text.</summary>
        public const string FallbackLanguage = "en";

        private readonly string[] _languages;
        private readonly string[] _texts;

        // This text's answer for each language id of LanguageTable (as numbered when it was built): the text in
        // that language, else in a shorter form of it (pt-br → pt), else the fallback. Id 0: the fallback.
        // Built on first use, not in the constructor, so that loading content costs no more than its strings.
        private string[] _byLanguageId = NotBuilt;

        // Length 0, so the fast path's bounds check sends a text without answers yet to the slow path.
        private static readonly string[] NotBuilt = new string[0];

        /// <summary>Creates a text from parallel lists of language tags and texts.</summary>
        /// <param name="languages">Culture names such as <c>en</c> or <c>ru</c>; compared case-insensitively.</param>
        /// <param name="texts">The text in each language, in the same order.</param>
        /// <exception cref="ArgumentException">The lists are empty, differ in length, or repeat a language.</exception>
        public LocalizedText(IReadOnlyList<string> languages, IReadOnlyList<string> texts)
        {
            if (languages is null)
            {
                throw new ArgumentNullException(nameof(languages));
            }

            if (texts is null)
            {
                throw new ArgumentNullException(nameof(texts));
            }

            if (languages.Count == 0 || languages.Count != texts.Count)
            {
                throw new ArgumentException("A localized text needs one text per language, and at least one language.", nameof(texts));
            }

            _languages = new string[languages.Count];
            _texts = new string[texts.Count];
            for (int i = 0; i < _languages.Length; i++)
            {
                string language = LowerAscii(languages[i] ?? throw new ArgumentException("A language is null.", nameof(languages)));
                if (Array.IndexOf(_languages, language, 0, i) >= 0)
                {
                    throw new ArgumentException($"Language '{language}' appears twice.", nameof(languages));
                }

                _languages[i] = language;
                _texts[i] = texts[i] ?? throw new ArgumentException("A text is null.", nameof(texts));
            }

        }

        /// <summary>The languages this text has, as lower-case culture names, in content order.</summary>
        public IReadOnlyList<string> Languages => Array.AsReadOnly(_languages);

        /// <summary>The English text (or the fallback when there is none).</summary>
        public string En => ByLanguageId()[LanguageTable.English];

        /// <summary>The Russian text (or the fallback when there is none).</summary>
        public string Ru => ByLanguageId()[LanguageTable.Russian];

        /// <summary>The text for <paramref name="culture"/>, following the fallback chain (culture → parents → English → first language).</summary>
        public string Get(CultureInfo culture)
        {
            // Fast path: the culture's language id (cached for the last culture), then this text's answer for it.
            // A null culture never matches the cache, so the slow path is where it is rejected.
            string[] byLanguageId = _byLanguageId;
            int id = LanguageTable.Resolve(culture);
            return (uint)id < (uint)byLanguageId.Length ? byLanguageId[id] : GetFirstTime(culture);
        }

        /// <summary>
        /// The language <see cref="Get(CultureInfo)"/> returns for <paramref name="culture"/>: the culture's own, a
        /// parent's, or the fallback. Use it, e.g., for an HTML <c>lang</c> attribute or to note a fallback.
        /// </summary>
        public string ResolveLanguage(CultureInfo culture) => _languages[IndexFor(culture)];

        /// <summary>
        /// The text for a culture name such as <c>ru-KZ</c>: the name itself, then shorter names made by dropping
        /// trailing subtags (<c>ru</c>), then English, then the first language. Needs no culture data.
        /// </summary>
        public string Get(string cultureName)
        {
            if (cultureName is null)
            {
                throw new ArgumentNullException(nameof(cultureName));
            }

            string name = cultureName;
            while (name.Length > 0)
            {
                int index = IndexOf(name);
                if (index >= 0)
                {
                    return _texts[index];
                }

                int dash = name.LastIndexOf('-');
                name = dash < 0 ? string.Empty : name.Substring(0, dash);
            }

            return _texts[FallbackIndex()];
        }

        /// <summary>The text in exactly <paramref name="language"/>, with no fallback.</summary>
        /// <returns><see langword="true"/> when the text has that language.</returns>
        public bool TryGetExact(string language, out string text)
        {
            int index = language is null ? -1 : IndexOf(language);
            text = index >= 0 ? _texts[index] : string.Empty;
            return index >= 0;
        }

        /// <summary>The text in <see cref="CultureInfo.CurrentUICulture"/>.</summary>
        public override string ToString() => Get(CultureInfo.CurrentUICulture);

        /// <inheritdoc/>
        public bool Equals(LocalizedText? other)
        {
            if (other is null || other._languages.Length != _languages.Length)
            {
                return false;
            }

            for (int i = 0; i < _languages.Length; i++)
            {
                if (!other.TryGetExact(_languages[i], out string text) || !string.Equals(text, _texts[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as LocalizedText);

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            // Order-independent, matching Equals.
            int hash = _languages.Length;
            for (int i = 0; i < _languages.Length; i++)
            {
                hash ^= StringComparer.Ordinal.GetHashCode(_languages[i]) * 31 + StringComparer.Ordinal.GetHashCode(_texts[i]);
            }

            return hash;
        }

        /// <summary>First use of this text, or a language numbered after its answers were built: the chain walk.</summary>
        private string GetFirstTime(CultureInfo culture)
        {
            if (culture is null)
            {
                throw new ArgumentNullException(nameof(culture));
            }

            ByLanguageId();
            return _texts[IndexFor(culture)];
        }

        /// <summary>This text's answers per language id; registers its languages first, so they resolve from now on.</summary>
        private string[] ByLanguageId()
        {
            string[] built = Volatile.Read(ref _byLanguageId);
            if (built.Length > 0)
            {
                return built;
            }

            LanguageTable.Register(_languages);
            string[] names = LanguageTable.Names;
            built = new string[names.Length];
            for (int id = 0; id < names.Length; id++)
            {
                built[id] = Get(names[id]);
            }

            // Racing threads build equal arrays; whichever is published is correct.
            Volatile.Write(ref _byLanguageId, built);
            return built;
        }

        /// <summary>
        /// Lower-cases ASCII letters only. Language tags are ASCII; <see cref="string.ToLowerInvariant"/> would load
        /// culture data (ICU) on first use, which costs milliseconds at start-up.
        /// </summary>
        private static string LowerAscii(string value)
        {
            for (int i = 0; i < value.Length; i++)
            {
                if (value[i] >= 'A' && value[i] <= 'Z')
                {
                    char[] chars = value.ToCharArray();
                    for (int j = i; j < chars.Length; j++)
                    {
                        if (chars[j] >= 'A' && chars[j] <= 'Z')
                        {
                            chars[j] = (char)(chars[j] + ('a' - 'A'));
                        }
                    }

                    return new string(chars);
                }
            }

            return value;
        }

        private int IndexFor(CultureInfo culture)
        {
            if (culture is null)
            {
                throw new ArgumentNullException(nameof(culture));
            }

            for (CultureInfo current = culture; current.Name.Length > 0; current = current.Parent)
            {
                int index = IndexOf(current.Name);
                if (index >= 0)
                {
                    return index;
                }

                if (ReferenceEquals(current, current.Parent))
                {
                    break;
                }
            }

            return FallbackIndex();
        }

        private int IndexOf(string language)
        {
            for (int i = 0; i < _languages.Length; i++)
            {
                if (string.Equals(_languages[i], language, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            return -1;
        }

        private int FallbackIndex()
        {
            int english = IndexOf(FallbackLanguage);
            return english >= 0 ? english : 0;
        }
    }
}
