using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;

namespace StatementContent
{
    /// <summary>
    /// A text in several languages, e.g. a title in English and Russian. Reading it never parses anything: the
    /// texts are string literals compiled into the assembly.
    /// </summary>
    /// <remarks>
    /// Culture fallback, one rule for every way of reading: the culture itself (<c>zh-TW</c>), its parents
    /// (<c>zh-Hant</c>, <c>zh</c>), shorter names made by dropping trailing subtags, the content's configured
    /// fallbacks (<c>kk → ru</c>, see <see cref="LanguageFallbacks"/>), then English, then the first language the
    /// text has. So a reader always gets a text, never <see langword="null"/>, and the invariant
    /// culture reads English. The answer depends only on the text and the culture.
    /// Instances are immutable and compare by value (<see cref="Equals(LocalizedText)"/> says what the value is).
    /// The rule lives in the culture chain and the answers in the language table the text shares with texts of
    /// the same languages; a text holds only its strings and their provenance.
    /// </remarks>
    public sealed class LocalizedText : IEquatable<LocalizedText>
    {
        /// <summary>The language every text falls back to when the reader's culture has no text.</summary>
        public const string FallbackLanguage = "en";

        // The languages (lower case), the fallbacks and the rule's answers; shared with texts of the same languages.
        private readonly LanguageTable _table;

        // The text in each of the table's languages, by index.
        private readonly string[] _texts;

        // Per language: true when the project added the text (it is not in the published source). Null: none added.
        private readonly bool[]? _addedByProject;

        // Per language: true when the translation is older than the English text it was made from. Null: none stale.
        private readonly bool[]? _stale;

        // Invariant (lock-free): null until hashed, then one string set by CompareExchange and never changed.
        private string? _contentHash;

        /// <summary>Creates a text from parallel lists of language tags and texts.</summary>
        /// <param name="languages">Culture names such as <c>en</c> or <c>ru</c>; compared case-insensitively.</param>
        /// <param name="texts">The text in each language, in the same order.</param>
        /// <exception cref="ArgumentException">The lists are empty, differ in length, or repeat a language.</exception>
        public LocalizedText(IReadOnlyList<string> languages, IReadOnlyList<string> texts)
            : this(languages, texts, LanguageFallbacks.None)
        {
        }

        /// <summary>Creates a text whose readers also get the content's configured fallbacks (e.g. <c>kk → ru</c>).</summary>
        /// <param name="languages">Culture names such as <c>en</c> or <c>ru</c>; compared case-insensitively.</param>
        /// <param name="texts">The text in each language, in the same order.</param>
        /// <param name="fallbacks">The content's configured fallbacks, shared by its texts.</param>
        /// <exception cref="ArgumentException">The lists are empty, differ in length, or repeat a language.</exception>
        public LocalizedText(IReadOnlyList<string> languages, IReadOnlyList<string> texts, LanguageFallbacks fallbacks)
            : this(languages, texts, fallbacks, null)
        {
        }

        /// <summary>Creates a text and records which of its languages the project added (they are not in the published source).</summary>
        /// <param name="languages">Culture names such as <c>en</c> or <c>ru</c>; compared case-insensitively.</param>
        /// <param name="texts">The text in each language, in the same order.</param>
        /// <param name="fallbacks">The content's configured fallbacks, shared by its texts.</param>
        /// <param name="addedByProject">The languages whose text the project added; null or empty when all are published text.</param>
        /// <exception cref="ArgumentException">The lists are empty, differ in length, or repeat a language.</exception>
        public LocalizedText(IReadOnlyList<string> languages, IReadOnlyList<string> texts, LanguageFallbacks fallbacks, IReadOnlyList<string>? addedByProject)
            : this(languages, texts, fallbacks, addedByProject, null)
        {
        }

        /// <summary>
        /// Creates a text and records which languages the project added and which translations are stale: the English
        /// text they were translated from has changed since (the content lock records it; docs/content-lock.md).
        /// </summary>
        /// <param name="languages">Culture names such as <c>en</c> or <c>ru</c>; compared case-insensitively.</param>
        /// <param name="texts">The text in each language, in the same order.</param>
        /// <param name="fallbacks">The content's configured fallbacks, shared by its texts.</param>
        /// <param name="addedByProject">The languages whose text the project added; null or empty when all are published text.</param>
        /// <param name="staleTranslations">The languages whose translation is older than the English text; null or empty when none.</param>
        /// <exception cref="ArgumentException">The lists are empty, differ in length, or repeat a language, or a marked language has no text.</exception>
        public LocalizedText(IReadOnlyList<string> languages, IReadOnlyList<string> texts, LanguageFallbacks fallbacks, IReadOnlyList<string>? addedByProject, IReadOnlyList<string>? staleTranslations)
        {
            if (fallbacks is null)
            {
                throw new ArgumentNullException(nameof(fallbacks));
            }

            if (languages is null)
            {
                throw new ArgumentNullException(nameof(languages));
            }

            if (texts is null)
            {
                throw new ArgumentNullException(nameof(texts));
            }

            _texts = RuntimeArguments.CopyStrings(texts, "text", nameof(texts));
            string[] given = languages as string[] ?? RuntimeArguments.CopyStrings(languages, "language", nameof(languages));
            if (given.Length == 0 || given.Length != _texts.Length)
            {
                throw new ArgumentException("A localized text needs one text per language, and at least one language.", nameof(texts));
            }

            _table = LanguageTable.For(given, fallbacks, nameof(languages));
            _addedByProject = Flags(addedByProject, "added by the project", nameof(addedByProject));
            _stale = Flags(staleTranslations, "a stale translation", nameof(staleTranslations));
        }

        /// <summary>The languages this text has, as lower-case culture names, in content order.</summary>
        public IReadOnlyList<string> Languages => Array.AsReadOnly(_table.Languages);

        /// <summary>The English text (or the fallback when there is none).</summary>
        public string En => ExactOrRule(FallbackLanguage);

        /// <summary>The Russian text (or the fallback when there is none).</summary>
        public string Ru => ExactOrRule("ru");

        /// <summary>
        /// The SHA-256 of this value — its languages with their texts and provenance (which the project added), and
        /// the fallbacks it is read with — as <c>sha256:</c> and 64 hex digits. Two texts have the same hash exactly
        /// when they are equal (<see cref="Equals(LocalizedText)"/>); <see cref="GetContentHash"/> is the hash of one
        /// language's text alone.
        /// </summary>
        public string ContentHash
        {
            get
            {
                string? hash = Volatile.Read(ref _contentHash);
                if (hash == null)
                {
                    string made = ContentHashing.Of(this);
                    hash = Interlocked.CompareExchange(ref _contentHash, made, null) ?? made;
                }

                return hash;
            }
        }

        /// <summary>The text for <paramref name="culture"/>, by the fallback rule (culture → parents → English → first language).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public string Get(CultureInfo culture) => _texts[_table.IndexFor(culture)];

        /// <summary>
        /// The text for a culture name such as <c>ru-KZ</c>: the same answer as for the culture .NET has for that
        /// name; a name .NET rejects falls back through its shorter names (<c>xx-YY → xx</c>), then English.
        /// </summary>
        public string Get(string cultureName) => _texts[_table.IndexFor(CultureChain.For(cultureName, _table.Fallbacks))];

        /// <summary>
        /// The text for a reader's ranked preferences (e.g. an Accept-Language header, best first): the first
        /// preference this text has a language for (the culture, its parents or shorter names), else the first
        /// preference's fallback (English, then the first language).
        /// </summary>
        public string Get(IEnumerable<CultureInfo> preferences) => _texts[_table.IndexFor(preferences)];

        /// <summary>
        /// The language <see cref="Get(CultureInfo)"/> returns for <paramref name="culture"/>: the culture's own, a
        /// parent's, or the fallback. Use it, e.g., for an HTML <c>lang</c> attribute or to note a fallback.
        /// </summary>
        public string ResolveLanguage(CultureInfo culture) => _table.Languages[_table.IndexFor(CultureChain.For(culture, _table.Fallbacks), out _)];

        /// <summary>The language <see cref="Get(IEnumerable{CultureInfo})"/> returns for these preferences.</summary>
        public string ResolveLanguage(IEnumerable<CultureInfo> preferences) => _table.Languages[_table.IndexFor(preferences)];

        /// <summary>
        /// Whether a reader of <paramref name="culture"/> gets the default fallback (English, else the first
        /// language) because the text has nothing in the culture's own languages. The invariant culture reads
        /// English by definition, so it never falls back.
        /// </summary>
        public bool IsFallbackFor(CultureInfo culture)
        {
            CultureChain chain = CultureChain.For(culture, _table.Fallbacks);
            _table.IndexFor(chain, out bool own);
            return !own && chain.Name.Length > 0;
        }

        /// <summary>
        /// Whether the text in exactly <paramref name="language"/> was added by the project (e.g. a translation the
        /// published source does not have) rather than published; false for a language the text does not have.
        /// </summary>
        public bool IsAddedByProject(string language) => IsMarked(_addedByProject, language);

        /// <summary>
        /// Whether the text in exactly <paramref name="language"/> is a stale translation: the English text it was
        /// translated from has changed since, as the content lock recorded when the content was built. Published
        /// text (the statement's own languages) is never stale; false for a language the text does not have.
        /// </summary>
        public bool IsStale(string language) => IsMarked(_stale, language);

        /// <summary>
        /// The SHA-256 of the text in exactly <paramref name="language"/> (its UTF-8, as compiled), as <c>sha256:</c>
        /// and 64 hex digits; <see langword="null"/> when the text does not have that language.
        /// </summary>
        public string? GetContentHash(string language) => TryGetExact(language, out string text) ? ContentHashing.Of(text) : null;

        /// <summary>The text in exactly <paramref name="language"/>, with no fallback.</summary>
        /// <returns><see langword="true"/> when the text has that language.</returns>
        public bool TryGetExact(string language, out string text)
        {
            int index = language is null ? -1 : _table.IndexOf(language);
            text = index >= 0 ? _texts[index] : string.Empty;
            return index >= 0;
        }

        /// <summary>The text in <see cref="CultureInfo.CurrentUICulture"/>.</summary>
        // RS1035: the generator compiles this file for its hashing and snapshot rules; it never calls ToString.
#pragma warning disable RS1035
        public override string ToString() => Get(CultureInfo.CurrentUICulture);
#pragma warning restore RS1035

        /// <summary>
        /// Whether <paramref name="other"/> has the same value: the same languages (in any order) with the same texts,
        /// the same ones added by the project, and equal fallbacks — what <see cref="ContentHash"/> is of. Which
        /// translations are stale is not part of the value: it is what the content lock recorded about them.
        /// </summary>
        public bool Equals(LocalizedText? other)
        {
            if (other is null || other._texts.Length != _texts.Length || !other._table.Fallbacks.Equals(_table.Fallbacks))
            {
                return false;
            }

            string[] languages = _table.Languages;
            for (int i = 0; i < languages.Length; i++)
            {
                int theirs = other._table.ExactIndexOf(languages[i]);
                if (theirs < 0 || !string.Equals(other._texts[theirs], _texts[i], StringComparison.Ordinal)
                    || other.IsAddedAt(theirs) != IsAddedAt(i))
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
            string[] languages = _table.Languages;
            int hash = languages.Length;
            for (int i = 0; i < languages.Length; i++)
            {
                hash ^= StringComparer.Ordinal.GetHashCode(languages[i]) * 31 + StringComparer.Ordinal.GetHashCode(_texts[i]);
            }

            return hash;
        }

        /// <summary>The text at <paramref name="index"/> of the languages, and whether the project added it: the canonical form's parts.</summary>
        internal string TextAt(int index, out bool addedByProject)
        {
            addedByProject = IsAddedAt(index);
            return _texts[index];
        }

        /// <summary>The languages, lower case, in content order (never modified), and the fallbacks: the canonical form's other parts.</summary>
        internal LanguageTable Table => _table;

        private bool IsAddedAt(int index) => _addedByProject != null && _addedByProject[index];

        private bool IsMarked(bool[]? marks, string language)
        {
            int index = language is null ? -1 : _table.IndexOf(language);
            return index >= 0 && marks != null && marks[index];
        }

        /// <summary>
        /// The text in exactly <paramref name="language"/> (lower case), else the rule's answer for the language's
        /// chain. A neutral language's chain starts with the language itself, so the exact text is the rule's answer
        /// — found without building the chain (reading <c>En</c> or <c>Ru</c> never loads culture data).
        /// </summary>
        private string ExactOrRule(string language)
        {
            int index = _table.ExactIndexOf(language);
            return _texts[index >= 0 ? index : _table.IndexFor(CultureChain.ForNeutral(language, _table.Fallbacks))];
        }

        /// <summary>Marks the given languages; null when none are given.</summary>
        private bool[]? Flags(IReadOnlyList<string>? marked, string what, string parameter)
        {
            string[]? languages = marked == null ? null : marked as string[] ?? RuntimeArguments.CopyStrings(marked, "language", parameter);
            if (languages == null || languages.Length == 0)
            {
                return null;
            }

            var flags = new bool[_texts.Length];
            foreach (string language in languages)
            {
                int index = _table.IndexOf(language ?? throw new ArgumentException("A language is null.", parameter));
                if (index < 0)
                {
                    throw RuntimeArguments.Invalid("Language '" + language + "' is marked as " + what + " but has no text.", parameter);
                }

                flags[index] = true;
            }

            return flags;
        }
    }
}
