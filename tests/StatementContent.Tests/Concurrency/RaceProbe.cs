using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Threading;
using StatementContent.Published;

namespace StatementContent.Tests.Concurrency;

/// <summary>
/// The child process of <see cref="LockFreeRaceTests"/>: many threads, started together, read every text in every
/// culture .NET knows while the runtime's per-process caches are still cold, and every answer is then compared with
/// the single-threaded answer. Runs in a process of its own (<c>dotnet StatementContent.Tests.dll race-probe …</c>):
/// the caches are per process, and warm after the first test that reads a text.
/// </summary>
/// <remarks>
/// The lock-free paths it drives, each while it is still being filled:
/// <list type="bullet">
/// <item>the chain table (<c>CultureChain.All</c>: chains added under a lock, read without one);</item>
/// <item>each text's answers (<c>LocalizedText</c>: the answers per chain, learned as chains appear; the answer
/// given last; a neutral language's answer read as <c>En</c>/<c>Ru</c> first and by culture object later);</item>
/// <item>the chain asked last per fallback set (<c>LanguageFallbacks.Last</c>) and a chain's culture object, set once;</item>
/// <item>the language table new texts share (<c>LocalizedText</c>'s last languages);</item>
/// <item>a generated statement's content lists (<c>ContentList</c>: groups and signatories made on first read);</item>
/// <item>a statement's lazily wrapped tags and languages, its signatory count and content hash.</item>
/// </list>
/// The first round runs on the process's own runtime, cold; the later ones each load a fresh copy of the runtime
/// (and of this probe) in a load context of their own, whose static caches start empty as in a fresh process,
/// without the cost of one. A race shows in few rounds, so a run repeats rounds until its time is up.
/// </remarks>
internal static class RaceProbe
{
    public const string Command = "race-probe";

    /// <summary>Texts built here besides random ones: deep chains (zh-Hant, sr-Latn), configured fallbacks, a first language that is not English.</summary>
    private static readonly string[][] BuiltLanguages =
    {
        new[] { "en", "ru", "kk", "zh-Hant", "pt-BR", "sr-Latn", "de-CH", "fr" },
        new[] { "fr", "de" },
        new[] { "ru", "uz" },
    };

    /// <summary>Random texts built per round, of one to four languages each.</summary>
    private const int RandomTexts = 20;

    /// <summary>
    /// <c>race-probe seed threads milliseconds</c>: rounds until the time is up (at least one); prints what went wrong
    /// and exits 1, else prints how many rounds passed and exits 0.
    /// </summary>
    public static int Run(string[] args)
    {
        int seed = int.Parse(args[0], CultureInfo.InvariantCulture);
        int threads = int.Parse(args[1], CultureInfo.InvariantCulture);
        long milliseconds = long.Parse(args[2], CultureInfo.InvariantCulture);
        var clock = Stopwatch.StartNew();
        CultureInfo[] cultures = CultureInfo.GetCultures(CultureTypes.AllCultures);
        string[] failures;
        int round = 0;
        do
        {
            failures = round == 0 ? RunRound(seed, threads, cultures) : InFreshContext(round, seed + round, threads, cultures);
            round++;
        }
        while (failures.Length == 0 && clock.ElapsedMilliseconds < milliseconds);

        foreach (string failure in failures.Take(10))
        {
            Console.WriteLine("FAIL " + failure);
        }

        string summary = $"{threads} threads, {cultures.Length} cultures, {clock.ElapsedMilliseconds} ms";
        if (failures.Length > 0)
        {
            Console.WriteLine($"{failures.Length} failures in round {round - 1} (seed {seed + round - 1}; {summary})");
            return 1;
        }

        Console.WriteLine($"ok: {round} rounds (seed {seed}; {summary})");
        return 0;
    }

    /// <summary>One round on whichever copy of the runtime this code is loaded with: its generated content and texts built here, cold.</summary>
    public static string[] RunRound(int seed, int threads, CultureInfo[] cultures)
    {
        var random = new Random(seed);
        string[] names = cultures.Select(c => c.Name).Where(n => n.Length > 0).ToArray();
        IEnumerable<string[]> randomLanguages = Enumerable.Range(0, RandomTexts)
            .Select(_ => random.GetItems(names, random.Next(1, 5)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray());
        LocalizedText[] built = BuiltLanguages.Concat(randomLanguages)
            .Select((languages, i) => new LocalizedText(languages, languages.Select(l => i + ":" + l).ToArray(), ContentLanguages.Fallbacks))
            .ToArray();
        Statement[] statements = Statements.All.ToArray();
        return Round(seed, threads, cultures, () => GeneratedTexts(statements).Concat(built), statements);
    }

    /// <summary>A round in a load context of its own, holding its own copy of the runtime and of this probe; the framework (culture data too) is the process's.</summary>
    private static string[] InFreshContext(int round, int seed, int threads, CultureInfo[] cultures)
    {
        var context = new FreshRuntime(round);
        try
        {
            Assembly probe = context.LoadFromAssemblyName(typeof(RaceProbe).Assembly.GetName());
            MethodInfo run = probe.GetType(typeof(RaceProbe).FullName!, throwOnError: true)!.GetMethod(nameof(RunRound))!;
            return (string[])run.Invoke(null, new object[] { seed, threads, cultures })!;
        }
        finally
        {
            context.Unload();
        }
    }

    private sealed class FreshRuntime : AssemblyLoadContext
    {
        public FreshRuntime(int round)
            : base("race-probe round " + round, isCollectible: true)
        {
        }

        /// <summary>The runtime and this probe from the test's folder, again; everything else from the process.</summary>
        protected override Assembly? Load(AssemblyName name) =>
            name.Name == typeof(LocalizedText).Assembly.GetName().Name || name.Name == typeof(RaceProbe).Assembly.GetName().Name
                ? LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, name.Name + ".dll"))
                : null;
    }

    /// <summary>
    /// Every text of the generated content, as a reader walks to it: through the statements' content lists (which
    /// the walk fills, on first read), then the UI strings in key order. The order is the same on every walk.
    /// </summary>
    private static IEnumerable<LocalizedText> GeneratedTexts(Statement[] statements)
    {
        foreach (Statement statement in statements)
        {
            yield return statement.Title;
            yield return statement.Publisher;
            for (int p = 0; p < statement.Paragraphs.Count; p++)
            {
                yield return statement.Paragraphs[p];
            }

            for (int g = 0; g < statement.SignatoryGroups.Count; g++)
            {
                SignatoryGroup group = statement.SignatoryGroups[g];
                yield return group.Heading;
                for (int s = 0; s < group.Signatories.Count; s++)
                {
                    yield return group.Signatories[s].Name;
                }
            }
        }

        foreach (string key in UiStrings.All.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            yield return UiStrings.All[key];
        }
    }

    /// <summary>What one thread read.</summary>
    private sealed class Reader
    {
        /// <summary>Per culture (the cultures' own order), per text (walk order): <c>Get(culture)</c>.</summary>
        public string[][] Answers = Array.Empty<string[]>();

        /// <summary>Per text: <c>En</c> and <c>Ru</c> when read (now and then, between the others).</summary>
        public string?[] En = Array.Empty<string?>(), Ru = Array.Empty<string?>();

        /// <summary>The text objects the first walk met: every later walk, on every thread, must meet the same.</summary>
        public LocalizedText[] Seen = Array.Empty<LocalizedText>();

        /// <summary>Per statement, once, at a random moment: tags, languages, signatory count, content hash.</summary>
        public readonly List<object> StatementParts = new();

        public readonly List<string> Failures = new();
    }

    private static string[] Round(int seed, int threadCount, CultureInfo[] cultures, Func<IEnumerable<LocalizedText>> walk, Statement[] statements)
    {
        var readers = new Reader[threadCount];
        var threads = new Thread[threadCount];
        using var start = new Barrier(threadCount);
        for (int t = 0; t < threadCount; t++)
        {
            Reader reader = readers[t] = new Reader();
            var random = new Random(seed * 7919 + t);
            int[] order = Enumerable.Range(0, cultures.Length).ToArray();
            random.Shuffle(order);
            threads[t] = new Thread(() =>
            {
                start.SignalAndWait();
                try
                {
                    Read(reader, random, order, cultures, walk, statements);
                }
                catch (Exception e)
                {
                    reader.Failures.Add("a reader threw " + e);
                }
            });
            threads[t].Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        var failures = readers.SelectMany(r => r.Failures).ToList();
        if (failures.Count == 0)
        {
            Compare(readers, cultures, walk, statements, failures);
        }

        return failures.ToArray();
    }

    /// <summary>One thread: every culture in its own order, every text, by culture object and now and then by name; now and then the neutral languages and the statements' lazy parts.</summary>
    private static void Read(Reader reader, Random random, int[] order, CultureInfo[] cultures, Func<IEnumerable<LocalizedText>> walk, Statement[] statements)
    {
        reader.Answers = new string[cultures.Length][];
        int partsAt = random.Next(order.Length);
        for (int position = 0; position < order.Length; position++)
        {
            CultureInfo culture = cultures[order[position]];
            var texts = new List<LocalizedText>();
            var answers = new List<string>();
            foreach (LocalizedText text in walk())
            {
                int t = texts.Count;
                texts.Add(text);
                string answer = text.Get(culture);
                answers.Add(answer);
                string again = random.Next(4) == 0 ? text.Get(culture.Name) : text.Get(culture);
                if (!string.Equals(again, answer, StringComparison.Ordinal))
                {
                    reader.Failures.Add($"'{culture.Name}', text {t}: read '{answer}', then '{again}'");
                }

                if (random.Next(16) == 0)
                {
                    Keep(ref reader.En, t, text.En, "En", reader.Failures);
                    Keep(ref reader.Ru, t, text.Ru, "Ru", reader.Failures);
                }
            }

            reader.Answers[order[position]] = answers.ToArray();
            if (reader.Seen.Length == 0)
            {
                reader.Seen = texts.ToArray();
            }
            else if (!texts.SequenceEqual(reader.Seen, ReferenceEqualityComparer.Instance))
            {
                reader.Failures.Add("a later walk met other text objects than the first: a content list kept two items for one index");
            }

            if (position == partsAt)
            {
                foreach (Statement statement in statements)
                {
                    reader.StatementParts.AddRange(new object[] { statement.Tags, statement.Languages, statement.SignatoryCount, statement.ContentHash });
                }
            }
        }
    }

    private static void Keep(ref string?[] seen, int index, string value, string what, List<string> failures)
    {
        if (seen.Length <= index)
        {
            Array.Resize(ref seen, index + 1);
        }

        if (seen[index] != null && !string.Equals(seen[index], value, StringComparison.Ordinal))
        {
            failures.Add($"text {index}: {what} read '{seen[index]}', then '{value}'");
        }

        seen[index] = value;
    }

    /// <summary>
    /// The single-threaded answers, from copies of the texts on a fallback set of their own (equal by value, so the
    /// same answers; cold, so nothing the racing threads left in the caches is read), compared with every reader's;
    /// and every reader's view of the statements, compared with one object per lazily set field.
    /// </summary>
    private static void Compare(Reader[] readers, CultureInfo[] cultures, Func<IEnumerable<LocalizedText>> walk, Statement[] statements, List<string> failures)
    {
        LanguageFallbacks alone = new(
            ContentLanguages.Fallbacks.Languages.ToArray(),
            ContentLanguages.Fallbacks.Languages.Select(l => (IReadOnlyList<string>)ContentLanguages.Fallbacks.Of(l).ToArray()).ToArray());
        LocalizedText[] copies = walk()
            .Select(text => new LocalizedText(text.Languages.ToArray(), text.Languages.Select(l => text.TryGetExact(l, out string s) ? s : "").ToArray(), alone))
            .ToArray();
        // Text by text: the first copy numbers the set's chains, and each later one learns them all in one go.
        string[][] single = copies.Select(copy => cultures.Select(copy.Get).ToArray()).ToArray();
        foreach (Reader reader in readers)
        {
            if (!reader.Seen.SequenceEqual(readers[0].Seen, ReferenceEqualityComparer.Instance))
            {
                failures.Add("two threads met different text objects: a content list kept two items for one index");
            }

            for (int t = 0; t < copies.Length; t++)
            {
                for (int c = 0; c < cultures.Length && failures.Count < 100; c++)
                {
                    if (!string.Equals(reader.Answers[c][t], single[t][c], StringComparison.Ordinal))
                    {
                        failures.Add($"'{cultures[c].Name}', text {t}: read '{reader.Answers[c][t]}', single-threaded '{single[t][c]}'");
                    }
                }

                if (t < reader.En.Length && reader.En[t] is string en && en != copies[t].En)
                {
                    failures.Add($"text {t}: En read '{en}', single-threaded '{copies[t].En}'");
                }

                if (t < reader.Ru.Length && reader.Ru[t] is string ru && ru != copies[t].Ru)
                {
                    failures.Add($"text {t}: Ru read '{ru}', single-threaded '{copies[t].Ru}'");
                }
            }

            // One wrapper per list (a lazily set field keeps one object), the counted signatories, the hash of the parts.
            object[] expected = statements
                .SelectMany(s => new object[] { s.Tags, s.Languages, s.SignatoryGroups.Sum(g => g.Signatories.Count), StatementSnapshot.Hash(s) })
                .ToArray();
            for (int i = 0; i < reader.StatementParts.Count; i++)
            {
                object read = reader.StatementParts[i];
                if (expected[i] is IReadOnlyList<string> list ? !ReferenceEquals(read, list) : !read.Equals(expected[i]))
                {
                    failures.Add($"statement part {i}: read {Describe(read)}, the statement has {Describe(expected[i])}");
                }
            }
        }
    }

    private static string Describe(object value) =>
        value is IReadOnlyList<string> list ? $"[{string.Join(", ", list)}] (object {RuntimeHelpers.GetHashCode(value)})" : value.ToString()!;
}
