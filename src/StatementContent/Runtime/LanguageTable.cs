using System;
using System.Globalization;
using System.Threading;

namespace StatementContent
{
    /// <summary>
    /// Every language any <see cref="LocalizedText"/> has, numbered, and which of them a culture reads. Lets a
    /// text answer <c>Get(culture)</c> with one array read: each text keeps its answer per language number.
    /// </summary>
    /// <remarks>
    /// Id 0 means "no language in the culture's chain" (the text's fallback); 1 is English, 2 Russian; others are
    /// numbered as texts register them. Resolving a culture walks its parent chain once; the answer is cached for
    /// the last culture asked (a reference compare), so a steady culture costs no lookup and no allocation.
    /// Registering a new language drops cached answers (a more specific language may now exist); both happen
    /// under one lock, so a stale answer is never cached after a registration.
    /// Plain arrays, not dictionaries: there are few languages, and start-up must not pay for generic
    /// dictionary instantiations (they cost milliseconds in a fresh process).
    /// </remarks>
    internal static class LanguageTable
    {
        public const int None = 0;
        public const int English = 1;
        public const int Russian = 2;

        private static readonly object s_gate = new object();
        private static string[] s_names = { string.Empty, "en", "ru" };
        private static Resolution[] s_resolved = new Resolution[0];
        private static Resolution? s_last;

        /// <summary>Language names by id; id 0 is the empty string. Never modified, only replaced.</summary>
        public static string[] Names => Volatile.Read(ref s_names);

        /// <summary>Numbers the languages (lower-case culture names) not numbered yet.</summary>
        public static void Register(string[] languages)
        {
            lock (s_gate)
            {
                string[] names = s_names;
                string[]? grown = null;
                foreach (string language in languages)
                {
                    if (IdOf(grown ?? names, language) == None)
                    {
                        string[] current = grown ?? names;
                        grown = new string[current.Length + 1];
                        Array.Copy(current, grown, current.Length);
                        grown[current.Length] = language;
                    }
                }

                if (grown != null)
                {
                    s_resolved = new Resolution[0];
                    Volatile.Write(ref s_names, grown);
                    Volatile.Write(ref s_last, null);
                }
            }
        }

        /// <summary>The id of the most specific registered language in the culture's chain (itself, then parents), or <see cref="None"/>.</summary>
        public static int Resolve(CultureInfo culture)
        {
            Resolution? last = Volatile.Read(ref s_last);
            if (last != null && ReferenceEquals(last.Culture, culture))
            {
                return last.Id;
            }

            return ResolveSlow(culture);
        }

        private static int ResolveSlow(CultureInfo culture)
        {
            if (culture is null)
            {
                throw new ArgumentNullException(nameof(culture));
            }

            lock (s_gate)
            {
                Resolution? resolution = null;
                foreach (Resolution known in s_resolved)
                {
                    if (ReferenceEquals(known.Culture, culture))
                    {
                        resolution = known;
                        break;
                    }
                }

                if (resolution == null)
                {
                    int id = None;
                    for (CultureInfo current = culture; current.Name.Length > 0 && id == None; current = current.Parent)
                    {
                        id = IdOf(s_names, current.Name);
                        if (ReferenceEquals(current, current.Parent))
                        {
                            break;
                        }
                    }

                    resolution = new Resolution(culture, id);
                    var resolved = new Resolution[s_resolved.Length + 1];
                    Array.Copy(s_resolved, resolved, s_resolved.Length);
                    resolved[s_resolved.Length] = resolution;
                    s_resolved = resolved;
                }

                Volatile.Write(ref s_last, resolution);
                return resolution.Id;
            }
        }

        private static int IdOf(string[] names, string language)
        {
            for (int id = 1; id < names.Length; id++)
            {
                if (string.Equals(names[id], language, StringComparison.OrdinalIgnoreCase))
                {
                    return id;
                }
            }

            return None;
        }

        private sealed class Resolution
        {
            public Resolution(CultureInfo culture, int id)
            {
                Culture = culture;
                Id = id;
            }

            public CultureInfo Culture { get; }

            public int Id { get; }
        }
    }
}
