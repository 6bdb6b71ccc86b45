using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace StatementContent.Extensions.Localization
{
    /// <summary>
    /// An <see cref="IStringLocalizer"/> over compiled UI strings (e.g. <c>UiStrings.All</c>). A lookup reads
    /// <see cref="CultureInfo.CurrentUICulture"/> and answers by the content's own fallback rule (see
    /// <see cref="LocalizedText"/>); nothing is read from resources. <see cref="LocalizedString.ResourceNotFound"/>
    /// and <see cref="LocalizedString.SearchedLocation"/> are set as <c>ResourceManagerStringLocalizer</c> sets them:
    /// a missing key answers with the key itself. A UI string with parameters (a <see cref="UiFormat"/>) answers
    /// <c>localizer["SignedByParties", 21]</c> with the plural-correct text, the arguments in its declared parameters'
    /// order; without arguments, or with arguments that do not fit, with its pattern (then <c>ResourceNotFound</c>).
    /// </summary>
    public sealed class StatementStringLocalizer : IStringLocalizer
    {
        private readonly Dictionary<string, Entry> _entries;
        private readonly List<Entry> _ordered;
        private readonly string _searchedLocation;

        /// <summary>Creates a localizer over <paramref name="strings"/>, the UI strings by key.</summary>
        /// <param name="strings">The strings by key, e.g. <c>UiStrings.All</c>.</param>
        /// <param name="searchedLocation">What <see cref="LocalizedString.SearchedLocation"/> names, e.g. the generated class.</param>
        public StatementStringLocalizer(IReadOnlyDictionary<string, LocalizedText> strings, string searchedLocation)
            : this(strings, formats: null, searchedLocation)
        {
        }

        /// <summary>Creates a localizer over <paramref name="strings"/> and the strings with parameters, <paramref name="formats"/>.</summary>
        /// <param name="strings">The strings by key, e.g. <c>UiStrings.All</c>.</param>
        /// <param name="formats">The strings with parameters by key, e.g. <c>UiStrings.Formats</c>, or <see langword="null"/>.</param>
        /// <param name="searchedLocation">What <see cref="LocalizedString.SearchedLocation"/> names, e.g. the generated class.</param>
        public StatementStringLocalizer(IReadOnlyDictionary<string, LocalizedText> strings, IReadOnlyDictionary<string, UiFormat>? formats, string searchedLocation)
            : this(new[] { new StringTable(strings ?? throw new ArgumentNullException(nameof(strings)), searchedLocation ?? throw new ArgumentNullException(nameof(searchedLocation)), formats) })
        {
        }

        /// <summary>Over several tables: a key is answered by the first table that has it; a missing key names the first table.</summary>
        internal StatementStringLocalizer(IReadOnlyList<StringTable> tables)
        {
            _searchedLocation = tables[0].SearchedLocation;
            _entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
            _ordered = new List<Entry>();
            foreach (StringTable table in tables)
            {
                foreach (KeyValuePair<string, LocalizedText> pair in table.Strings)
                {
                    Add(new Entry(pair.Key, pair.Value, null, table.SearchedLocation));
                }

                foreach (KeyValuePair<string, UiFormat> pair in table.Formats ?? Empty)
                {
                    Add(new Entry(pair.Key, pair.Value.Pattern, pair.Value, table.SearchedLocation));
                }
            }
        }

        private static IReadOnlyDictionary<string, UiFormat> Empty { get; } = new Dictionary<string, UiFormat>();

        /// <inheritdoc/>
        public LocalizedString this[string name]
        {
            get
            {
                if (name is null)
                {
                    throw new ArgumentNullException(nameof(name));
                }

                return _entries.TryGetValue(name, out Entry? entry)
                    ? entry.For(CultureInfo.CurrentUICulture)
                    : new LocalizedString(name, name, resourceNotFound: true, searchedLocation: _searchedLocation);
            }
        }

        /// <inheritdoc/>
        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                if (name is not null && _entries.TryGetValue(name, out Entry? entry) && entry.Format is not null)
                {
                    // Arguments in the declared order; ones that do not fit answer with the pattern, never an exception.
                    CultureInfo culture = CultureInfo.CurrentUICulture;
                    return entry.Format.TryFormat(culture, arguments, out string? text)
                        ? new LocalizedString(name, text!, resourceNotFound: false, entry.SearchedLocation)
                        : new LocalizedString(name, entry.For(culture).Value, resourceNotFound: true, entry.SearchedLocation);
                }

                // A plain string (or a missing key, answered with itself) is a composite format, as ResourceManagerStringLocalizer
                // takes it — but text that is not a valid format (a literal brace, an index past the arguments) answers with
                // the text and ResourceNotFound rather than a FormatException from inside a view.
                LocalizedString format = this[name!];
                try
                {
                    string value = string.Format(CultureInfo.CurrentCulture, format.Value, arguments ?? Array.Empty<object>());
                    return new LocalizedString(name!, value, format.ResourceNotFound, _searchedLocation);
                }
                catch (FormatException)
                {
                    return new LocalizedString(name!, format.Value, resourceNotFound: true, _searchedLocation);
                }
            }
        }

        /// <summary>
        /// Every string in <see cref="CultureInfo.CurrentUICulture"/>. With <paramref name="includeParentCultures"/>,
        /// every key, by the fallback rule; without it, only the strings that have text in exactly that culture (the
        /// invariant culture: every key in the default language, as the neutral resources of a <c>.resx</c>).
        /// </summary>
        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
        {
            CultureInfo culture = CultureInfo.CurrentUICulture;
            foreach (Entry entry in _ordered)
            {
                // The invariant culture asks for the neutral resources, which are the default language's.
                if (includeParentCultures || culture.Name.Length == 0)
                {
                    yield return entry.For(culture);
                }
                else if (entry.Text.TryGetExact(culture.Name, out string exact))
                {
                    yield return new LocalizedString(entry.Key, exact, resourceNotFound: false, _searchedLocation);
                }
            }
        }

        /// <summary>The first table's entry for a key wins.</summary>
        private void Add(Entry entry)
        {
            if (!_entries.ContainsKey(entry.Key))
            {
                _entries.Add(entry.Key, entry);
                _ordered.Add(entry);
            }
        }

        /// <summary>
        /// One key: its text (a format's pattern), its format if it has parameters, and a <see cref="LocalizedString"/>
        /// per language made once, so a lookup without arguments allocates nothing.
        /// </summary>
        private sealed class Entry
        {
            private readonly LocalizedString[] _byLanguage;

            public Entry(string key, LocalizedText text, UiFormat? format, string searchedLocation)
            {
                Key = key;
                Text = text;
                Format = format;
                SearchedLocation = searchedLocation;
                IReadOnlyList<string> languages = text.Languages;
                _byLanguage = new LocalizedString[languages.Count];
                for (int i = 0; i < languages.Count; i++)
                {
                    text.TryGetExact(languages[i], out string value);
                    _byLanguage[i] = new LocalizedString(key, value, resourceNotFound: false, searchedLocation);
                }
            }

            public string Key { get; }

            public LocalizedText Text { get; }

            public UiFormat? Format { get; }

            public string SearchedLocation { get; }

            /// <summary>The text's answer for the culture (one rule, in LocalizedText), as the prepared string of that language.</summary>
            public LocalizedString For(CultureInfo culture)
            {
                string value = Text.Get(culture);
                foreach (LocalizedString prepared in _byLanguage)
                {
                    if (ReferenceEquals(prepared.Value, value))
                    {
                        return prepared;
                    }
                }

                // Not reached for texts made from literals; kept correct for any other LocalizedText.
                return new LocalizedString(Key, value, resourceNotFound: false, _byLanguage[0].SearchedLocation);
            }
        }
    }

    /// <summary>One table of UI strings (and, optionally, of those with parameters) and the location a lookup in it names.</summary>
    internal sealed class StringTable
    {
        public StringTable(IReadOnlyDictionary<string, LocalizedText> strings, string searchedLocation, IReadOnlyDictionary<string, UiFormat>? formats = null)
        {
            Strings = strings;
            SearchedLocation = searchedLocation;
            Formats = formats;
        }

        public IReadOnlyDictionary<string, LocalizedText> Strings { get; }

        public IReadOnlyDictionary<string, UiFormat>? Formats { get; }

        public string SearchedLocation { get; }
    }
}
