using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;

namespace StatementContent
{
    /// <summary>
    /// The languages a text has, in content order, and the fallbacks it is read with: everything the fallback rule
    /// needs besides the reader's culture. So the rule's answers (which of the text's languages a reader gets) are
    /// the table's, shared by every text that has it, and kept here: texts of one content share one table.
    /// </summary>
    /// <remarks>
    /// Answers are indexes into a text's languages, filled per culture chain (<see cref="CultureChain.Id"/>) on first
    /// use, plus the one given last, so a steady culture costs one reference compare and switching cultures
    /// allocates nothing.
    /// </remarks>
    internal sealed class LanguageTable
    {
        // The table the last new text made: the next text with the same languages and fallbacks shares it rather
        // than making its own. Invariant: null or a complete table, read once and written whole (Volatile); a race
        // only means one more table.
        private static LanguageTable? s_last;

        // Lower-case, validated, never modified after the constructor.
        private readonly string[] _languages;

        // The answer per culture chain (CultureChain.Id), for every chain numbered when it was filled: a chain
        // numbered later is past its end and sends the reader to the rule, which refills it. Null until first used,
        // so that loading content costs no more than its strings (and no static constructor loads the answer type).
        // Invariant (lock-free, correct by construction): the array is the whole snapshot — its length is its count,
        // there is no second field to disagree with it — and a published array is never written again. Readers take
        // the reference once (Volatile.Read) and use only that array. Writers replace it only by
        // Interlocked.CompareExchange against the array they read, with a longer array that starts with its answers
        // (Learn) or an equal-length copy with one answer swapped for the same index carrying the chain's culture
        // (Remember); so the array only grows, and an index once valid stays valid and keeps its answer.
        private Answer[]? _byChain;

        // The answer given last by culture: the steady path compares its culture with the reader's. One of _byChain's
        // answers, so switching cultures allocates nothing. Invariant: null or an immutable answer of this table for
        // its own fallback set, read once and written whole (Volatile); which one a race leaves is moot.
        private Answer? _last;

        private LanguageTable(string[] languages, LanguageFallbacks fallbacks)
        {
            _languages = languages;
            Fallbacks = fallbacks;
        }

        /// <summary>The languages, lower case, in content order. Never modified: do not write to it.</summary>
        public string[] Languages => _languages;

        public LanguageFallbacks Fallbacks { get; }

        /// <summary>
        /// The table for these languages (validated and lower-cased: none null, none twice) read with
        /// <paramref name="fallbacks"/>: the last one made, when it matches, else a new one.
        /// </summary>
        public static LanguageTable For(string[] languages, LanguageFallbacks fallbacks, string parameter)
        {
            LanguageTable? shared = Volatile.Read(ref s_last);
            if (shared != null && ReferenceEquals(shared.Fallbacks, fallbacks) && shared.Is(languages))
            {
                return shared;
            }

            var lower = new string[languages.Length];
            for (int i = 0; i < lower.Length; i++)
            {
                string language = LowerAscii(languages[i] ?? throw new ArgumentException("A language is null.", parameter));
                if (Array.IndexOf(lower, language, 0, i) >= 0)
                {
                    throw RuntimeArguments.Invalid("Language '" + language + "' appears twice.", parameter);
                }

                lower[i] = language;
            }

            var made = new LanguageTable(lower, fallbacks);
            Volatile.Write(ref s_last, made);
            return made;
        }

        /// <summary>
        /// Lower-cases ASCII letters only. Language tags are ASCII; <see cref="string.ToLowerInvariant"/> would load
        /// culture data (ICU) on first use, which costs milliseconds at start-up.
        /// </summary>
        public static string LowerAscii(string value)
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

        /// <summary>The index of <paramref name="language"/>, compared case-insensitively; -1 when the table lacks it.</summary>
        public int IndexOf(string language)
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

        /// <summary>
        /// The index of exactly <paramref name="language"/> (lower case), else -1. A neutral language's chain starts
        /// with the language itself, so when the table has it, this is the rule's answer — found without building the chain.
        /// </summary>
        public int ExactIndexOf(string language)
        {
            for (int i = 0; i < _languages.Length; i++)
            {
                if (string.Equals(_languages[i], language, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The rule's answer for <paramref name="culture"/>: the index of the language its reader gets.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int IndexFor(CultureInfo culture)
        {
            // The steady path, small enough to inline into the reader: the answer given last, when it was for this
            // very culture object. One read of _last, then only that immutable answer's fields.
            Answer? last = Volatile.Read(ref _last);
            if (last != null && ReferenceEquals(last.Culture, culture))
            {
                return last.Index;
            }

            return IndexForSlow(culture);
        }

        /// <summary>The rule's answer for a chain, from the cache or the rule.</summary>
        public int IndexFor(CultureChain chain) => AnswerFor(chain).Index;

        /// <summary>
        /// The rule: the first of the chain's languages the table has (<paramref name="own"/>: one the reader prefers,
        /// not the default), else the first language.
        /// </summary>
        public int IndexFor(CultureChain chain, out bool own)
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

        /// <summary>The rule for ranked preferences: the first preference the table has a language for, else the first preference's fallback.</summary>
        public int IndexFor(IEnumerable<CultureInfo> preferences)
        {
            if (preferences is null)
            {
                throw new ArgumentNullException(nameof(preferences));
            }

            CultureChain? first = null;
            foreach (CultureInfo culture in preferences)
            {
                CultureChain chain = CultureChain.For(culture, Fallbacks);
                first = first ?? chain;
                int index = IndexFor(chain, out bool own);
                if (own)
                {
                    return index;
                }
            }

            return IndexFor(first ?? CultureChain.ForNeutral(LocalizedText.FallbackLanguage, Fallbacks), out _);
        }

        /// <summary>Whether this table's languages are exactly <paramref name="languages"/>, as given (lower case).</summary>
        private bool Is(string[] languages)
        {
            if (_languages.Length != languages.Length)
            {
                return false;
            }

            for (int i = 0; i < _languages.Length; i++)
            {
                string? language = languages[i];
                if (language == null || !(ReferenceEquals(language, _languages[i]) || string.Equals(language, _languages[i], StringComparison.Ordinal)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The rule's answer for the culture's chain, kept as the steady path's last answer. A culture object other than
        /// the one its chain was made for (a second <c>new CultureInfo("ru")</c>) reads through here every time: the
        /// same answer, without allocating, only not on the fastest path.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private int IndexForSlow(CultureInfo culture)
        {
            // A culture answered before (readers alternating cultures, e.g. a web app's requests): its answer carries
            // the culture object, so a scan by reference finds it without looking up the chain. Chains are numbered
            // across all content, so only answers for this table's own fallback set count.
            Answer[]? known = Volatile.Read(ref _byChain);
            for (int i = 0; known != null && i < known.Length; i++)
            {
                Answer candidate = known[i];
                if (ReferenceEquals(candidate.Culture, culture) && ReferenceEquals(candidate.Fallbacks, Fallbacks))
                {
                    Volatile.Write(ref _last, candidate);
                    return candidate.Index;
                }
            }

            CultureChain chain = CultureChain.For(culture, Fallbacks);
            Answer answer = AnswerFor(chain);
            CultureInfo? chainCulture = chain.Culture;
            if (!ReferenceEquals(answer.Culture, chainCulture))
            {
                // Made before the chain had a culture object (a neutral language's chain, see CultureChain.For): once.
                answer = Remember(chain.Id, new Answer(chainCulture, answer.Index, chain.Fallbacks));
            }

            Volatile.Write(ref _last, answer);
            return answer.Index;
        }

        /// <summary>The cached answer for the chain, else the rule, once for every chain numbered so far.</summary>
        private Answer AnswerFor(CultureChain chain)
        {
            // One read of the snapshot: its length and its answers come from the same array.
            Answer[]? answers = Volatile.Read(ref _byChain);
            int id = chain.Id;
            return answers != null && (uint)id < (uint)answers.Length ? answers[id] : Learn(chain);
        }

        /// <summary>Applies the rule for every chain numbered since the table last learned (the one asked among them), and keeps the answers.</summary>
        /// <remarks>
        /// Each attempt reads the answers once, and sizes its copy from that snapshot and the chain table, never from a
        /// count read apart from its array. <paramref name="asked"/> is in the chain table (a chain is published there
        /// before anyone gets it, and that table only grows), so when the snapshot lacks it the chain table is longer
        /// than the snapshot and the copy fits. Publishing only over the snapshot read (CompareExchange) keeps the
        /// array growing: a thread that lost the race starts again from the winner's answers.
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
                    answers[i] = new Answer(chains[i].Culture, IndexFor(chains[i], out _), chains[i].Fallbacks);
                }

                if (ReferenceEquals(Interlocked.CompareExchange(ref _byChain, answers, known), known))
                {
                    return answers[asked.Id];
                }
            }
        }

        /// <summary>
        /// Swaps in <paramref name="answer"/> for chain <paramref name="id"/>: the same index, now carrying the chain's
        /// culture object, so the culture scan in <see cref="IndexForSlow"/> finds it. A copy, published like <see cref="Learn"/>'s.
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

        /// <summary>The answer for one culture chain. Immutable: readers on other threads see it whole.</summary>
        private sealed class Answer
        {
            /// <summary>The chain's culture object when the answer was made: what the steady path compares with.</summary>
            public readonly CultureInfo? Culture;

            /// <summary>The index of the language a reader of the chain gets.</summary>
            public readonly int Index;

            /// <summary>The chain's fallback set: an answer for another set's chain is not this table's answer for a culture.</summary>
            public readonly LanguageFallbacks Fallbacks;

            public Answer(CultureInfo? culture, int index, LanguageFallbacks fallbacks)
            {
                Culture = culture;
                Index = index;
                Fallbacks = fallbacks;
            }
        }
    }
}
