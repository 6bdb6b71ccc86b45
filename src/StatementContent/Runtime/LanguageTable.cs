using System;
using System.Collections.Generic;
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
    /// Registering a new language invalidates cached answers (a more specific language may now exist).
    /// </remarks>
    internal static class LanguageTable
    {
        public const int None = 0;
        public const int English = 1;
        public const int Russian = 2;

        private static readonly object s_gate = new object();
        private static readonly Dictionary<string, int> s_ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["en"] = English, ["ru"] = Russian };
        private static readonly Dictionary<CultureInfo, Resolution> s_resolved = new Dictionary<CultureInfo, Resolution>();
        private static string[] s_names = { string.Empty, "en", "ru" };
        private static int s_version;
        private static Resolution? s_last;

        /// <summary>Language names by id; id 0 is the empty string. Never modified, only replaced.</summary>
        public static string[] Names => Volatile.Read(ref s_names);

        /// <summary>Numbers the languages (lower-case culture names) not numbered yet.</summary>
        public static void Register(string[] languages)
        {
            lock (s_gate)
            {
                string[] names = s_names;
                int added = 0;
                foreach (string language in languages)
                {
                    if (!s_ids.ContainsKey(language))
                    {
                        s_ids.Add(language, names.Length + added);
                        added++;
                    }
                }

                if (added == 0)
                {
                    return;
                }

                var grown = new string[names.Length + added];
                Array.Copy(names, grown, names.Length);
                foreach (KeyValuePair<string, int> entry in s_ids)
                {
                    grown[entry.Value] = entry.Key;
                }

                s_resolved.Clear();
                Volatile.Write(ref s_names, grown);
                Interlocked.Increment(ref s_version);
            }
        }

        /// <summary>The id of the most specific registered language in the culture's chain (itself, then parents), or <see cref="None"/>.</summary>
        public static int Resolve(CultureInfo culture)
        {
            Resolution? last = Volatile.Read(ref s_last);
            if (last != null && ReferenceEquals(last.Culture, culture) && last.Version == Volatile.Read(ref s_version))
            {
                return last.Id;
            }

            return ResolveSlow(culture);
        }

        private static int ResolveSlow(CultureInfo culture)
        {
            lock (s_gate)
            {
                if (!s_resolved.TryGetValue(culture, out Resolution? resolution))
                {
                    int id = None;
                    for (CultureInfo current = culture; current.Name.Length > 0 && id == None; current = current.Parent)
                    {
                        s_ids.TryGetValue(current.Name, out id);
                        if (ReferenceEquals(current, current.Parent))
                        {
                            break;
                        }
                    }

                    resolution = new Resolution(culture, id, s_version);
                    s_resolved.Add(culture, resolution);
                }

                Volatile.Write(ref s_last, resolution);
                return resolution.Id;
            }
        }

        private sealed class Resolution
        {
            public Resolution(CultureInfo culture, int id, int version)
            {
                Culture = culture;
                Id = id;
                Version = version;
            }

            public CultureInfo Culture { get; }

            public int Id { get; }

            public int Version { get; }
        }
    }
}
