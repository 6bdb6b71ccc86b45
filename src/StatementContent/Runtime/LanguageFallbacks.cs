using System;
using System.Collections.Generic;

namespace StatementContent
{
    /// <summary>
    /// Languages the content says a reader would pick next, e.g. Russian for a reader in Kazakh (<c>kk → ru</c>).
    /// They come after the reader's own culture chain and before English. Generated content passes its
    /// configured set (<c>content/languages.json</c>) to every text; <see cref="None"/> configures nothing.
    /// </summary>
    /// <remarks>Immutable, compares by value. The generator has checked the set: known languages, no cycles.</remarks>
    public sealed class LanguageFallbacks : IEquatable<LanguageFallbacks>
    {
        private readonly string[] _languages;
        private readonly string[][] _fallbacks;

        /// <summary>Creates a set from parallel lists: each language, and the languages it falls back to, best first.</summary>
        public LanguageFallbacks(IReadOnlyList<string> languages, IReadOnlyList<IReadOnlyList<string>> fallbacks)
        {
            if (languages is null)
            {
                throw new ArgumentNullException(nameof(languages));
            }

            // Arrays are read as arrays, not through IReadOnlyList: see RuntimeArguments.CopyStrings.
            string[] given = RuntimeArguments.CopyStrings(languages, "language", nameof(languages));
            string[][]? jagged = fallbacks as string[][];
            if (fallbacks is null || (jagged != null ? jagged.Length : fallbacks.Count) != given.Length)
            {
                throw new ArgumentException("Give one list of fallbacks per language.", nameof(fallbacks));
            }

            _languages = new string[given.Length];
            _fallbacks = new string[given.Length][];
            for (int i = 0; i < _languages.Length; i++)
            {
                _languages[i] = LanguageTable.LowerAscii(given[i]);
                IReadOnlyList<string> next = (jagged != null ? jagged[i] : fallbacks[i]) ?? throw new ArgumentException("A list of fallbacks is null.", nameof(fallbacks));
                _fallbacks[i] = RuntimeArguments.CopyStrings(next, "fallback", nameof(fallbacks));
                for (int j = 0; j < _fallbacks[i].Length; j++)
                {
                    _fallbacks[i][j] = LanguageTable.LowerAscii(_fallbacks[i][j]);
                }
            }
        }

        /// <summary>No configured fallbacks: the culture chain, then English.</summary>
        public static LanguageFallbacks None { get; } = new LanguageFallbacks(new string[0], new string[0][]);

        /// <summary>The languages that have fallbacks, lower case.</summary>
        public IReadOnlyList<string> Languages => Array.AsReadOnly(_languages);

        /// <summary>The chain asked for last with this set, matched by its own culture object; owned by <see cref="CultureChain"/>. A field: read on every lookup.</summary>
        /// <remarks>
        /// Lock-free: null or a chain of this set, read once and written whole (Volatile.Read, Volatile.Write) and
        /// nowhere else than <see cref="CultureChain.For(System.Globalization.CultureInfo, LanguageFallbacks)"/>; a
        /// race only decides which of two right chains stays.
        /// </remarks>
        internal CultureChain? Last;

        /// <summary>The configured fallbacks of <paramref name="language"/>, best first; empty when it has none.</summary>
        public IReadOnlyList<string> Of(string language)
        {
            for (int i = 0; i < _languages.Length; i++)
            {
                if (string.Equals(_languages[i], language, StringComparison.OrdinalIgnoreCase))
                {
                    return Array.AsReadOnly(_fallbacks[i]);
                }
            }

            return Array.AsReadOnly(new string[0]);
        }

        /// <inheritdoc/>
        public bool Equals(LanguageFallbacks? other)
        {
            if (other is null || other._languages.Length != _languages.Length)
            {
                return false;
            }

            for (int i = 0; i < _languages.Length; i++)
            {
                IReadOnlyList<string> theirs = other.Of(_languages[i]);
                if (theirs.Count != _fallbacks[i].Length)
                {
                    return false;
                }

                for (int j = 0; j < theirs.Count; j++)
                {
                    if (!string.Equals(theirs[j], _fallbacks[i][j], StringComparison.Ordinal))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as LanguageFallbacks);

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            int hash = _languages.Length;
            foreach (string language in _languages)
            {
                hash ^= StringComparer.Ordinal.GetHashCode(language);
            }

            return hash;
        }
    }
}
