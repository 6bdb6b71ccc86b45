using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Xunit;
using Xunit.Abstractions;

namespace StatementContent.Tests;

/// <summary>
/// An independent CLDR implementation as the oracle: ICU, through node's <c>Intl.PluralRules</c> (node is required:
/// .ci/run installs it). One node run answers every question (a generated script prints JSON); the answers are
/// compared here, for every locale both know: integers 0–250 and large ones, decimals with one and two visible
/// fraction digits, cardinal and ordinal, and the categories each distinguishes.
/// </summary>
public class PluralOracleTests(ITestOutputHelper output)
{
    private static readonly long[] Integers = [.. Enumerable.Range(0, 251).Select(n => (long)n),
        1000, 1001, 1002, 1011, 1021, 1100, 10000, 10001, 20000, 40000, 100000, 100001, 101000, 1000000, 1000001, 1000002,
        1100000, 2000000, 2100000, 3000000, 10000000, 21000000, 100000000, 1000000000, 1000000001, 1234567890,
        10000000000, 1000000000000, 1000000000001, 123456789012345];

    // 0.0–25.0 in steps of 0.1 (one visible fraction digit), and x.yz values (two).
    private static readonly decimal[] OneDigit = [.. Enumerable.Range(0, 251).Select(k => new decimal(k, 0, 0, false, 1))];

    private static readonly decimal[] TwoDigits = [.. Enumerable.Range(0, 301).Select(k => new decimal(k, 0, 0, false, 2)),
        .. new[] { 1011, 1101, 1111, 1201, 2101, 2111, 2112, 2122, 2501, 10001, 10011, 10021, 10050, 10099, 100071, 100111 }
            .Select(k => new decimal(k, 0, 0, false, 2))];

    /// <summary>
    /// Where ICU's CLDR (node's <c>process.versions.cldr</c>) and the vendored one legitimately differ: that CLDR
    /// version, locale, kind ("cardinal"/"ordinal"), and why. Entries apply to their ICU CLDR version only, and each
    /// must still differ there (a stale entry fails the test), so the list says exactly what is not compared.
    /// None for ICU 78.2 (CLDR 48.0) against the vendored CLDR 48 (cldr-core 48.2.0): every rule set agrees.
    /// </summary>
    private static readonly (string IcuCldr, string Locale, string Kind, string Reason)[] Exceptions = [];

    [Fact]
    public void Plural_rules_agree_with_ICU_on_every_locale_both_know()
    {
        List<string> cardinal = PluralRules.SupportedLanguages.Split(' ').ToList();
        List<string> ordinal = cardinal.Where(PluralRules.IsOrdinalSupported).ToList();
        JsonElement icu = RunNode(Script(cardinal, ordinal));
        string icuCldr = icu.GetProperty("cldr").GetString()!;
        var exceptions = Exceptions.Where(e => e.IcuCldr == icuCldr).ToList();
        output.WriteLine($"node {icu.GetProperty("node").GetString()}, ICU {icu.GetProperty("icu").GetString()}, CLDR {icu.GetProperty("cldr").GetString()} (vendored: CLDR {PluralRules.CldrVersion})");

        var failures = new List<string>();
        var differing = new HashSet<(string, string)>();
        var unknown = new List<string>();
        int compared = 0, locales = 0;
        foreach ((string kind, List<string> tags) in new[] { ("cardinal", cardinal), ("ordinal", ordinal) })
        {
            JsonElement answers = icu.GetProperty(kind);
            foreach (string tag in tags)
            {
                if (!answers.TryGetProperty(tag, out JsonElement known))
                {
                    unknown.Add(tag + " " + kind); // ICU has no rules for this locale
                    continue;
                }

                locales++;
                var mismatches = new List<string>();
                PluralCategory[] ours = kind == "cardinal" ? PluralRules.CategoriesOf(tag) : PluralRules.OrdinalCategoriesOf(tag);
                string[] theirs = [.. known.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!)];
                if (!ours.Select(Name).Order().SequenceEqual(theirs.Order()))
                {
                    mismatches.Add($"categories: ours {string.Join(" ", ours.Select(Name))}, ICU {string.Join(" ", theirs)}");
                }

                Compare(mismatches, ref compared, Integers.Select(n => n.ToString(CultureInfo.InvariantCulture)), known.GetProperty("integers"),
                    kind == "cardinal" ? Integers.Select(n => PluralRules.Select(tag, n)) : Integers.Select(n => PluralRules.SelectOrdinal(tag, n)));
                if (kind == "cardinal")
                {
                    Compare(mismatches, ref compared, Integers.Select(n => n + " (double)"), known.GetProperty("integers"), Integers.Select(n => PluralRules.Select(tag, (double)n)));
                    Compare(mismatches, ref compared, OneDigit.Select(Text), known.GetProperty("oneDigit"), OneDigit.Select(d => PluralRules.Select(tag, d)));
                    Compare(mismatches, ref compared, TwoDigits.Select(Text), known.GetProperty("twoDigits"), TwoDigits.Select(d => PluralRules.Select(tag, d)));
                }

                if (mismatches.Count == 0)
                {
                    continue;
                }

                if (exceptions.Any(e => e.Locale == tag && e.Kind == kind))
                {
                    differing.Add((tag, kind));
                    continue;
                }

                failures.Add($"{tag} {kind}: {mismatches.Count} disagreements, e.g. {string.Join("; ", mismatches.Take(5))}");
            }
        }

        output.WriteLine($"{locales} locale rule sets compared ({compared} numbers), {cardinal.Count} cardinal and {ordinal.Count} ordinal locales here; not in ICU: {string.Join(", ", unknown)}");
        foreach (var (_, locale, kind, reason) in exceptions)
        {
            Assert.True(differing.Contains((locale, kind)), $"exception {locale} {kind} ('{reason}') no longer differs: remove it");
        }

        // A node without full ICU knows English only: that would compare almost nothing.
        Assert.True(locales > (cardinal.Count + ordinal.Count) / 2, $"ICU knew only {locales} of {cardinal.Count + ordinal.Count} rule sets: is node built with full ICU?");
        Assert.True(failures.Count == 0, $"{failures.Count} rule sets disagree with ICU (its CLDR {icuCldr}, ours {PluralRules.CldrVersion}; where a CLDR change explains it, name it in Exceptions):\n" + string.Join("\n", failures));
    }

    private static string Name(PluralCategory category) => category.ToString().ToLowerInvariant();

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Compare(List<string> mismatches, ref int compared, IEnumerable<string> numbers, JsonElement expected, IEnumerable<PluralCategory> actual)
    {
        string[] theirs = [.. expected.EnumerateArray().Select(c => c.GetString()!)];
        string[] texts = [.. numbers];
        string[] ours = [.. actual.Select(Name)];
        Assert.Equal(texts.Length, theirs.Length);
        for (int k = 0; k < texts.Length; k++)
        {
            compared++;
            if (ours[k] != theirs[k])
            {
                mismatches.Add($"{texts[k]}: ours {ours[k]}, ICU {theirs[k]}");
            }
        }
    }

    // For each locale ICU has (Intl.PluralRules.supportedLocalesOf, lookup matching: no fallback to another
    // locale's rules), its categories and the category of every number, written with exactly the fraction digits
    // given (minimumFractionDigits = maximumFractionDigits), so 1.0 is "1.0" with v = 1 as in our decimal.
    private static string Script(List<string> cardinal, List<string> ordinal)
    {
        string Json(object value) => JsonSerializer.Serialize(value);
        var script = new StringBuilder();
        script.AppendLine($"const cardinal = {Json(cardinal)}, ordinal = {Json(ordinal)};");
        script.AppendLine($"const integers = {Json(Integers)}, oneDigit = {Json(OneDigit.Select(Text))}, twoDigits = {Json(TwoDigits.Select(Text))};");
        script.AppendLine("""
            const known = tag => Intl.PluralRules.supportedLocalesOf([tag], { localeMatcher: 'lookup' }).length === 1;
            const select = (tag, options, numbers) => { const rules = new Intl.PluralRules(tag, options); return numbers.map(n => rules.select(Number(n))); };
            const result = { node: process.version, icu: process.versions.icu, cldr: process.versions.cldr, cardinal: {}, ordinal: {} };
            for (const tag of cardinal.filter(known)) {
              result.cardinal[tag] = {
                categories: new Intl.PluralRules(tag).resolvedOptions().pluralCategories,
                integers: select(tag, {}, integers),
                oneDigit: select(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }, oneDigit),
                twoDigits: select(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }, twoDigits),
              };
            }
            for (const tag of ordinal.filter(known)) {
              result.ordinal[tag] = {
                categories: new Intl.PluralRules(tag, { type: 'ordinal' }).resolvedOptions().pluralCategories,
                integers: select(tag, { type: 'ordinal' }, integers),
              };
            }
            process.stdout.write(JSON.stringify(result));
            """);
        return script.ToString();
    }

    private static JsonElement RunNode(string script)
    {
        string path = Path.Combine(Path.GetTempPath(), $"plural-oracle-{Environment.ProcessId}-{Guid.NewGuid():N}.js");
        File.WriteAllText(path, script);
        try
        {
            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(path);
            Process node;
            try
            {
                node = Process.Start(start)!;
            }
            catch (Win32Exception e)
            {
                Assert.Fail($"This test needs node (Node.js 18+ built with full ICU, as the distributions' and nodejs.org's are) on PATH as the independent CLDR oracle; .ci/run installs it. Starting 'node' failed: {e.Message}");
                throw;
            }

            using (node)
            {
                Task<string> stderr = node.StandardError.ReadToEndAsync();
                string stdout = node.StandardOutput.ReadToEnd();
                Assert.True(node.WaitForExit(120_000), "node did not finish within 2 minutes");
                Assert.True(node.ExitCode == 0, $"node exited with {node.ExitCode}: {stderr.Result}");
                return JsonDocument.Parse(stdout).RootElement.Clone();
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
