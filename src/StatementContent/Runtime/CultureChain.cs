using System;
using System.Globalization;
using System.Threading;

namespace StatementContent
{
    /// <summary>
    /// The culture fallback rule, written once: the languages a reader of a culture gets, in order. Every reader
    /// of <see cref="LocalizedText"/> (by culture, by name, by ranked preferences, <c>ResolveLanguage</c>) goes
    /// through it, and so do the hosts built on it (the CLI, the localizer, the web app).
    /// </summary>
    /// <remarks>
    /// The rule: the culture's name, then its parent chain as .NET knows it (<c>zh-TW → zh-Hant → zh</c>), then
    /// the shorter names made by dropping trailing subtags (<c>xx-YY → xx</c>, for a name .NET does not know),
    /// then the content's configured fallbacks of each of those (<c>kk → ru</c>), then English. A text takes the
    /// first of these it has, else its first language. The invariant culture reads English. A chain depends
    /// only on the culture's name and the configured fallbacks, so an answer depends only on (text, culture),
    /// never on what was read before.
    /// Chains are numbered as they are first needed and never change; each language table (the languages texts
    /// share, <see cref="LanguageTable"/>) caches its answer per chain
    /// number and keeps the last one it gave, so a steady culture costs one reference compare, and no allocation.
    /// Plain arrays, not dictionaries: start-up must not pay for generic dictionary instantiations.
    /// </remarks>
    internal sealed class CultureChain
    {
        private static readonly object s_gate = new object();

        // Every chain numbered so far, chain i at index i. Invariant (lock-free reads, correct by construction): one
        // reference to an array that is never written after it is published; Add, under s_gate, publishes a copy one
        // chain longer (Volatile.Write) before it returns that chain, so any chain a caller holds is in every array
        // read after it got the chain, and readers take the reference once (Volatile.Read) and use only that array.
        private static CultureChain[] s_known = new CultureChain[0];

        private CultureChain(int id, string name, CultureInfo? culture, LanguageFallbacks fallbacks, string[] own)
        {
            Id = id;
            Name = name;
            _culture = culture;
            Fallbacks = fallbacks;
            // Transitively: a fallback's own fallbacks follow it. Each language enters once, so a cycle ends.
            string[] languages = own;
            for (int i = 0; i < languages.Length; i++)
            {
                foreach (string fallback in fallbacks.Of(languages[i]))
                {
                    languages = Append(languages, fallback);
                }
            }

            PreferredCount = languages.Length;
            Languages = Append(languages, LocalizedText.FallbackLanguage);
        }

        /// <summary>This chain's number: an index into each language table's cached answers. A field: it is read on every lookup.</summary>
        public readonly int Id;

        /// <summary>The culture name this chain is for (.NET's spelling when .NET knows the culture).</summary>
        public string Name { get; }

        /// <summary>
        /// The culture object this chain was first made for (others with the same name share the chain); null for a
        /// name .NET rejects, and for a neutral language's chain until a reader asks by culture object. A language table's steady
        /// path compares the reader's culture with it by reference.
        /// </summary>
        public CultureInfo? Culture => Volatile.Read(ref _culture);

        // Invariant: set once, by CompareExchange, from null to the first culture object of this chain's name a reader
        // asks with (see For), and never changed after; so a reader that saw an object keeps seeing that object.
        private CultureInfo? _culture;

        public LanguageFallbacks Fallbacks { get; }

        /// <summary>Lower-case culture names, most specific first, ending with English.</summary>
        public string[] Languages { get; }

        /// <summary>
        /// How many of <see cref="Languages"/> the reader prefers — the culture's own and its configured
        /// fallbacks — rather than the default English that every chain ends with.
        /// </summary>
        public int PreferredCount { get; }

        /// <summary>Every chain numbered so far, by number. Never modified, only replaced by a longer array; read it once and use that array.</summary>
        public static CultureChain[] All => Volatile.Read(ref s_known);

        /// <summary>The chain of <paramref name="culture"/> under <paramref name="fallbacks"/>.</summary>
        /// <remarks>
        /// Each fallback set keeps the chain asked for last, and a reader asking with that chain's own culture object
        /// gets it by one reference compare; switching cultures only moves that reference, so readers alternating
        /// cultures (a web app's requests) allocate nothing. Another object of the same culture name finds its chain
        /// by name each time, also without allocating. Sets are kept apart, so texts of different content never
        /// evict each other's.
        /// </remarks>
        public static CultureChain For(CultureInfo culture, LanguageFallbacks fallbacks)
        {
            if (culture == null)
            {
                throw new ArgumentNullException(nameof(culture));
            }

            // One read of the set's last chain, then only that chain's set-once culture: a hit is this culture's chain.
            CultureChain? last = Volatile.Read(ref fallbacks.Last);
            if (last != null && ReferenceEquals(last.Culture, culture))
            {
                return last;
            }

            CultureChain chain = Find(culture.Name, fallbacks) ?? Add(culture.Name, culture, fallbacks);
            // A neutral language's chain made from its name alone (ForNeutral) takes the first culture object asked with.
            Interlocked.CompareExchange(ref chain._culture, culture, null);
            Volatile.Write(ref fallbacks.Last, chain);
            return chain;
        }

        /// <summary>
        /// The chain of a culture name: the chain of the culture .NET has for it, so that a name and its culture
        /// always read alike; for a name .NET rejects, its shorter names.
        /// </summary>
        public static CultureChain For(string cultureName, LanguageFallbacks fallbacks)
        {
            if (cultureName == null)
            {
                throw new ArgumentNullException(nameof(cultureName));
            }

            CultureChain? known = Find(cultureName, fallbacks);
            if (known != null)
            {
                return known;
            }

            CultureInfo? culture;
            try
            {
                culture = CultureInfo.GetCultureInfo(cultureName);
            }
            catch (CultureNotFoundException)
            {
                culture = null;
            }

            return culture != null ? For(culture, fallbacks) : Add(cultureName, null, fallbacks);
        }

        /// <summary>
        /// The chain of a neutral language (<c>en</c>, <c>ru</c>), made from the name alone: its parent is the
        /// invariant culture, so the chain is the same with or without culture data — and reading <c>En</c> or
        /// <c>Ru</c> never loads culture data.
        /// </summary>
        public static CultureChain ForNeutral(string language, LanguageFallbacks fallbacks) =>
            Find(language, fallbacks) ?? Add(language, null, fallbacks);

        private static CultureChain? Find(string name, LanguageFallbacks fallbacks)
        {
            foreach (CultureChain chain in Volatile.Read(ref s_known))
            {
                if (ReferenceEquals(chain.Fallbacks, fallbacks) && string.Equals(chain.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return chain;
                }
            }

            return null;
        }

        private static CultureChain Add(string name, CultureInfo? culture, LanguageFallbacks fallbacks)
        {
            lock (s_gate)
            {
                CultureChain? raced = Find(name, fallbacks);
                if (raced != null)
                {
                    return raced;
                }

                var chain = new CultureChain(s_known.Length, name, culture, fallbacks, OwnLanguages(name, culture));
                var known = new CultureChain[s_known.Length + 1];
                Array.Copy(s_known, known, s_known.Length);
                known[s_known.Length] = chain;
                Volatile.Write(ref s_known, known);
                return chain;
            }
        }

        /// <summary>The culture and its parents, then its shorter names.</summary>
        private static string[] OwnLanguages(string name, CultureInfo? culture)
        {
            var languages = new string[0];
            for (CultureInfo? current = culture; current != null && current.Name.Length > 0; current = ReferenceEquals(current, current.Parent) ? null : current.Parent)
            {
                languages = Append(languages, current.Name);
            }

            for (string shorter = name; shorter.Length > 0; shorter = WithoutLastSubtag(shorter))
            {
                languages = Append(languages, shorter);
            }

            return languages;
        }

        private static string WithoutLastSubtag(string name)
        {
            int dash = name.LastIndexOf('-');
            return dash > 0 ? name.Substring(0, dash) : string.Empty;
        }

        private static string[] Append(string[] languages, string language)
        {
            string lower = LanguageTable.LowerAscii(language);
            if (Array.IndexOf(languages, lower) >= 0)
            {
                return languages;
            }

            var grown = new string[languages.Length + 1];
            Array.Copy(languages, grown, languages.Length);
            grown[languages.Length] = lower;
            return grown;
        }
    }
}
