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
    /// Instances are immutable and compare by value.
    /// </remarks>
    public sealed class LocalizedText : IEquatable<LocalizedText>
    {
        /// <summary>The language every text falls back to when the reader's culture has no text.</summary>
        public const string FallbackLanguage = "en";

        // The language table the last new text made (validated, lower-case, never modified): the next text with the
        // same languages shares it rather than making its own. Invariant: one reference to a filled array, read once
        // and written whole (Volatile), so a reader sees a complete table or none; a race only means one more table.
        private static string[]? s_lastLanguages;

        private readonly string[] _languages;
        private readonly string[] _texts;
        private readonly LanguageFallbacks _fallbacks;

        // Per language: true when the project added the text (it is not in the published source). Null: none added.
        private readonly bool[]? _addedByProject;

        // Per language: true when the translation is older than the English text it was made from. Null: none stale.
        private readonly bool[]? _stale;

        // This text's answer per culture chain (CultureChain.Id), for every chain numbered when it was filled: a chain
        // numbered later is past its end and sends the reader to the rule, which refills it. Filled on first use,
        // not in the constructor, so that loading content costs no more than its strings (null until then: an empty
        // array here would make a static constructor and load the answer type with the first text).
        // Invariant (lock-free, correct by construction): the array is the whole snapshot — its length is its count,
        // there is no second field to disagree with it — and a published array is never written again. Readers take
        // the reference once (Volatile.Read) and use only that array. Writers replace it only by
        // Interlocked.CompareExchange against the array they read, with a longer array that starts with its answers
        // (Learn) or an equal-length copy with one answer swapped for the same text carrying the chain's culture
        // (Remember); so the array only grows, and an index once valid stays valid and keeps its text.
        private Answer[]? _byChain;

        // The answer this text gave last by culture: the steady path compares its chain's culture with the reader's.
        // One of _byChain's answers, so switching cultures allocates nothing. Invariant: null or an immutable answer of
        // this text for its own fallback set, read once and written whole (Volatile); which one a race leaves is moot.
        private Answer? _last;

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
            _fallbacks = fallbacks ?? throw new ArgumentNullException(nameof(fallbacks));
            if (languages is null)
            {
                throw new ArgumentNullException(nameof(languages));
            }

            if (texts is null)
            {
                throw new ArgumentNullException(nameof(texts));
            }

            _texts = CopyStrings(texts, "text", nameof(texts));
            string[] given = languages as string[] ?? CopyStrings(languages, "language", nameof(languages));
            if (given.Length == 0 || given.Length != _texts.Length)
            {
                throw new ArgumentException("A localized text needs one text per language, and at least one language.", nameof(texts));
            }

            // Texts of one content share one language table: the languages the last new text had, when they match.
            string[]? shared = Volatile.Read(ref s_lastLanguages);
            if (shared != null && SameLanguages(shared, given))
            {
                _languages = shared;
            }
            else
            {
                _languages = new string[given.Length];
                for (int i = 0; i < _languages.Length; i++)
                {
                    string language = LowerAscii(given[i] ?? throw new ArgumentException("A language is null.", nameof(languages)));
                    if (Array.IndexOf(_languages, language, 0, i) >= 0)
                    {
                        throw Invalid("Language '" + language + "' appears twice.", nameof(languages));
                    }

                    _languages[i] = language;
                }

                Volatile.Write(ref s_lastLanguages, _languages);
            }

            _addedByProject = Flags(addedByProject, "added by the project", nameof(addedByProject));
            _stale = Flags(staleTranslations, "a stale translation", nameof(staleTranslations));
        }

        /// <summary>The languages this text has, as lower-case culture names, in content order.</summary>
        public IReadOnlyList<string> Languages => Array.AsReadOnly(_languages);

        /// <summary>The English text (or the fallback when there is none).</summary>
        public string En => ExactOrNull(FallbackLanguage) ?? Get(CultureChain.ForNeutral(FallbackLanguage, _fallbacks));

        /// <summary>The Russian text (or the fallback when there is none).</summary>
        public string Ru => ExactOrNull("ru") ?? Get(CultureChain.ForNeutral("ru", _fallbacks));

        /// <summary>The text for <paramref name="culture"/>, by the fallback rule (culture → parents → English → first language).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public string Get(CultureInfo culture)
        {
            // The steady path, small enough to inline into the reader: the answer this text gave last, when it was
            // for this very culture object (three field reads and a reference compare, no allocation). One read of
            // _last, then only that immutable answer's fields.
            Answer? last = Volatile.Read(ref _last);
            if (last != null && ReferenceEquals(last.Culture, culture))
            {
                return last.Text;
            }

            return GetSlow(culture);
        }

        /// <summary>
        /// The text for a culture name such as <c>ru-KZ</c>: the same answer as for the culture .NET has for that
        /// name; a name .NET rejects falls back through its shorter names (<c>xx-YY → xx</c>), then English.
        /// </summary>
        public string Get(string cultureName) => Get(CultureChain.For(cultureName, _fallbacks));

        /// <summary>
        /// The text for a reader's ranked preferences (e.g. an Accept-Language header, best first): the first
        /// preference this text has a language for (the culture, its parents or shorter names), else the first
        /// preference's fallback (English, then the first language).
        /// </summary>
        public string Get(IEnumerable<CultureInfo> preferences) => _texts[IndexFor(preferences)];

        /// <summary>
        /// The language <see cref="Get(CultureInfo)"/> returns for <paramref name="culture"/>: the culture's own, a
        /// parent's, or the fallback. Use it, e.g., for an HTML <c>lang</c> attribute or to note a fallback.
        /// </summary>
        public string ResolveLanguage(CultureInfo culture) => _languages[IndexFor(CultureChain.For(culture, _fallbacks), out _)];

        /// <summary>The language <see cref="Get(IEnumerable{CultureInfo})"/> returns for these preferences.</summary>
        public string ResolveLanguage(IEnumerable<CultureInfo> preferences) => _languages[IndexFor(preferences)];

        /// <summary>
        /// Whether a reader of <paramref name="culture"/> gets the default fallback (English, else the first
        /// language) because the text has nothing in the culture's own languages. The invariant culture reads
        /// English by definition, so it never falls back.
        /// </summary>
        public bool IsFallbackFor(CultureInfo culture)
        {
            CultureChain chain = CultureChain.For(culture, _fallbacks);
            IndexFor(chain, out bool own);
            return !own && chain.Name.Length > 0;
        }

        /// <summary>
        /// Whether the text in exactly <paramref name="language"/> was added by the project (e.g. a translation the
        /// published source does not have) rather than published; false for a language the text does not have.
        /// </summary>
        public bool IsAddedByProject(string language)
        {
            int index = language is null ? -1 : IndexOf(language);
            return index >= 0 && _addedByProject != null && _addedByProject[index];
        }

        /// <summary>
        /// Whether the text in exactly <paramref name="language"/> is a stale translation: the English text it was
        /// translated from has changed since, as the content lock recorded when the content was built. Published
        /// text (the statement's own languages) is never stale; false for a language the text does not have.
        /// </summary>
        public bool IsStale(string language)
        {
            int index = language is null ? -1 : IndexOf(language);
            return index >= 0 && _stale != null && _stale[index];
        }

        /// <summary>
        /// The SHA-256 of the text in exactly <paramref name="language"/> (its UTF-8, as compiled), as <c>sha256:</c>
        /// and 64 hex digits; <see langword="null"/> when the text does not have that language.
        /// </summary>
        public string? GetContentHash(string language) => TryGetExact(language, out string text) ? ContentHashing.Of(text) : null;

        /// <summary>The text in exactly <paramref name="language"/>, with no fallback.</summary>
        /// <returns><see langword="true"/> when the text has that language.</returns>
        public bool TryGetExact(string language, out string text)
        {
            int index = language is null ? -1 : IndexOf(language);
            text = index >= 0 ? _texts[index] : string.Empty;
            return index >= 0;
        }

        /// <summary>The text in <see cref="CultureInfo.CurrentUICulture"/>.</summary>
        // RS1035: the generator compiles this file for its hashing and snapshot rules; it never calls ToString.
#pragma warning disable RS1035
        public override string ToString() => Get(CultureInfo.CurrentUICulture);
#pragma warning restore RS1035

        /// <inheritdoc/>
        public bool Equals(LocalizedText? other)
        {
            if (other is null || other._languages.Length != _languages.Length || !other._fallbacks.Equals(_fallbacks))
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

        /// <summary>
        /// The exception for an invalid argument, made out of line: the constructor stays small for the JIT, which
        /// compiles a method whole, thrown or not (string interpolation there would load its handler type at start-up).
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static ArgumentException Invalid(string message, string parameter) => new ArgumentException(message, parameter);

        /// <summary>Marks the given languages; null when none are given.</summary>
        private bool[]? Flags(IReadOnlyList<string>? marked, string what, string parameter)
        {
            string[]? languages = marked == null ? null : marked as string[] ?? CopyStrings(marked, "language", parameter);
            if (languages == null || languages.Length == 0)
            {
                return null;
            }

            var flags = new bool[_languages.Length];
            foreach (string language in languages)
            {
                int index = IndexOf(language ?? throw new ArgumentException("A language is null.", parameter));
                if (index < 0)
                {
                    throw Invalid("Language '" + language + "' is marked as " + what + " but has no text.", parameter);
                }

                flags[index] = true;
            }

            return flags;
        }

        /// <summary>
        /// A copy of a list of strings, none of them null (else an <see cref="ArgumentException"/> naming <paramref name="what"/>).
        /// An array is copied as an array: generated code passes arrays, and at start-up the first call through
        /// <see cref="IReadOnlyList{T}"/> on an array costs more than the whole copy (docs/benchmarks.md §2).
        /// </summary>
        internal static string[] CopyStrings(IReadOnlyList<string> list, string what, string parameter)
        {
            string[] copy;
            if (list is string[] array)
            {
                copy = new string[array.Length];
                Array.Copy(array, copy, array.Length);
            }
            else
            {
                copy = new string[list.Count];
                for (int i = 0; i < copy.Length; i++)
                {
                    copy[i] = list[i];
                }
            }

            for (int i = 0; i < copy.Length; i++)
            {
                if (copy[i] == null)
                {
                    throw Invalid("A " + what + " is null.", parameter);
                }
            }

            return copy;
        }

        /// <summary>
        /// Lower-cases ASCII letters only. Language tags are ASCII; <see cref="string.ToLowerInvariant"/> would load
        /// culture data (ICU) on first use, which costs milliseconds at start-up.
        /// </summary>
        internal static string LowerAscii(string value)
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

        /// <summary>
        /// The rule's answer for the culture's chain, kept as the steady path's last answer. A culture object other than
        /// the one its chain was made for (a second <c>new CultureInfo("ru")</c>) reads through here every time: the
        /// same answer, without allocating, only not on the fastest path.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private string GetSlow(CultureInfo culture)
        {
            // A culture this text answered before (readers alternating cultures, e.g. a web app's requests): its
            // answer carries the culture object, so a scan by reference finds it without looking up the chain. Chains
            // are numbered across all content, so only answers for this text's own fallback set count.
            Answer[]? known = Volatile.Read(ref _byChain);
            for (int i = 0; known != null && i < known.Length; i++)
            {
                Answer candidate = known[i];
                if (ReferenceEquals(candidate.Culture, culture) && ReferenceEquals(candidate.Fallbacks, _fallbacks))
                {
                    Volatile.Write(ref _last, candidate);
                    return candidate.Text;
                }
            }

            CultureChain chain = CultureChain.For(culture, _fallbacks);
            Answer answer = AnswerFor(chain);
            CultureInfo? chainCulture = chain.Culture;
            if (!ReferenceEquals(answer.Culture, chainCulture))
            {
                // Made before the chain had a culture object (a neutral language's chain, see CultureChain.For): once.
                answer = Remember(chain.Id, new Answer(chainCulture, answer.Text, chain.Fallbacks));
            }

            Volatile.Write(ref _last, answer);
            return answer.Text;
        }

        private string Get(CultureChain chain) => AnswerFor(chain).Text;

        /// <summary>This text's cached answer for the chain, else the rule, once for every chain numbered so far.</summary>
        private Answer AnswerFor(CultureChain chain)
        {
            // One read of the snapshot: its length and its answers come from the same array.
            Answer[]? answers = Volatile.Read(ref _byChain);
            int id = chain.Id;
            return answers != null && (uint)id < (uint)answers.Length ? answers[id] : Learn(chain);
        }

        /// <summary>Applies the rule for every chain numbered since this text last learned (the one asked among them), and keeps the answers.</summary>
        /// <remarks>
        /// Each attempt reads the answers once, and sizes its copy from that snapshot and the chain table, never from a
        /// count read apart from its array. <paramref name="asked"/> is in the table (a chain is published there before
        /// anyone gets it, and the table only grows), so when the snapshot lacks it the table is longer than the
        /// snapshot and the copy fits. Publishing only over the snapshot read (CompareExchange) keeps the array growing:
        /// a thread that lost the race starts again from the winner's answers.
        /// </remarks>
        private Answer Learn(CultureChain asked)
        {
            while (true)
            {
                Answer[]? known = Volatile.Read(ref _byChain);
                int knownCount = known == null ? 0 : known.Length;
                if (asked.Id < knownCount)
                {
                    return known![asked.Id];
                }

                // Chains are only ever added, so the answers known so far stay right: compute just the new ones.
                CultureChain[] chains = CultureChain.All;
                var answers = new Answer[chains.Length];
                if (known != null)
                {
                    Array.Copy(known, answers, knownCount);
                }

                for (int i = knownCount; i < chains.Length; i++)
                {
                    answers[i] = new Answer(chains[i].Culture, _texts[IndexFor(chains[i], out _)], chains[i].Fallbacks);
                }

                if (ReferenceEquals(Interlocked.CompareExchange(ref _byChain, answers, known), known))
                {
                    return answers[asked.Id];
                }
            }
        }

        /// <summary>
        /// Swaps in <paramref name="answer"/> for chain <paramref name="id"/>: the same text, now carrying the chain's culture
        /// object, so the culture scan in <see cref="GetSlow"/> finds it. A copy, published like <see cref="Learn"/>'s.
        /// </summary>
        private Answer Remember(int id, Answer answer)
        {
            while (true)
            {
                // Holds id: AnswerFor has just read or made an array that did, and arrays only grow.
                Answer[] known = Volatile.Read(ref _byChain)!;
                if (ReferenceEquals(known[id].Culture, answer.Culture))
                {
                    return known[id];
                }

                var answers = new Answer[known.Length];
                Array.Copy(known, answers, known.Length);
                answers[id] = answer;
                if (ReferenceEquals(Interlocked.CompareExchange(ref _byChain, answers, known), known))
                {
                    return answer;
                }
            }
        }

        /// <summary>The rule: the first of the chain's languages this text has (<paramref name="own"/>: one the reader prefers, not the default), else the first language.</summary>
        private int IndexFor(CultureChain chain, out bool own)
        {
            string[] languages = chain.Languages;
            for (int i = 0; i < languages.Length; i++)
            {
                int index = IndexOf(languages[i]);
                if (index >= 0)
                {
                    own = i < chain.PreferredCount;
                    return index;
                }
            }

            own = false;
            return 0;
        }

        private int IndexFor(IEnumerable<CultureInfo> preferences)
        {
            if (preferences is null)
            {
                throw new ArgumentNullException(nameof(preferences));
            }

            CultureChain? first = null;
            foreach (CultureInfo culture in preferences)
            {
                CultureChain chain = CultureChain.For(culture, _fallbacks);
                first = first ?? chain;
                int index = IndexFor(chain, out bool own);
                if (own)
                {
                    return index;
                }
            }

            return IndexFor(first ?? CultureChain.ForNeutral(FallbackLanguage, _fallbacks), out _);
        }

        /// <summary>
        /// The text in exactly <paramref name="language"/> (lower-case), else null. A neutral language's chain starts
        /// with the language itself, so when the text has it, this is the rule's answer — found without building the chain.
        /// </summary>
        private string? ExactOrNull(string language)
        {
            for (int i = 0; i < _languages.Length; i++)
            {
                if (string.Equals(_languages[i], language, StringComparison.Ordinal))
                {
                    return _texts[i];
                }
            }

            return null;
        }

        /// <summary>Whether <paramref name="languages"/>, lower-cased, are exactly the table <paramref name="table"/>.</summary>
        private static bool SameLanguages(string[] table, string[] languages)
        {
            if (table.Length != languages.Length)
            {
                return false;
            }

            for (int i = 0; i < table.Length; i++)
            {
                string? language = languages[i];
                if (language == null || !(ReferenceEquals(language, table[i]) || string.Equals(language, table[i], StringComparison.Ordinal)))
                {
                    return false;
                }
            }

            return true;
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

        /// <summary>This text's answer for one culture chain. Immutable: readers on other threads see it whole.</summary>
        private sealed class Answer
        {
            /// <summary>The chain's culture object when the answer was made: what the steady path compares with.</summary>
            public readonly CultureInfo? Culture;
            public readonly string Text;

            /// <summary>The chain's fallback set: an answer for another set's chain is not this text's answer for a culture.</summary>
            public readonly LanguageFallbacks Fallbacks;

            public Answer(CultureInfo? culture, string text, LanguageFallbacks fallbacks)
            {
                Culture = culture;
                Text = text;
                Fallbacks = fallbacks;
            }
        }
    }
}
