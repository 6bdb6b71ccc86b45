using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using StatementContent.Cli.Translations;
using StatementContent.Generators.Model;
using Xunit;

namespace StatementContent.Cli.Tests;

/// <summary>
/// What <c>statement translations export</c> writes, read by translators' own tools: GNU gettext (msgfmt, msgattrib),
/// Translate Toolkit (pofilter, po2xliff, xliff2po), node with the npm package 'xliff' (an XLIFF 2.0 reader that
/// is not ours), Python's gettext (the Plural-Forms formulas). Every language of the shipped content and of a copy
/// with a stale and a missing party name (<see cref="TranslationContent"/>).
/// </summary>
public sealed class TranslationsToolTests : IClassFixture<TranslationContent>
{
    private readonly TranslationContent _content;

    public TranslationsToolTests(TranslationContent content) => _content = content;

    private IEnumerable<(string Folder, string Language)> Exports() =>
        new[] { _content.Shipped, _content.Changed }.SelectMany(folder => TranslationContent.Languages(folder).Select(language => (folder, language)));

    /// <summary>Every translatable text of a folder, counted from its model: a message each.</summary>
    private static int Texts(string folder)
    {
        ContentAssembly assembly = ContentFolder.Load(folder).Assembly;
        return assembly.Statements.Sum(s => 2 + s.Paragraphs.Count + s.Groups.Sum(g => g.Parties.Count))
            + assembly.Strings.Strings.Count + assembly.Strings.Formats.Count;
    }

    [ToolsFact]
    public void Msgfmt_checks_every_exported_PO_and_counts_every_text()
    {
        ExternalTools.Require();
        foreach ((string folder, string language) in Exports())
        {
            string po = Export(folder, language, "po");
            var (code, _, error) = ExternalTools.Run("msgfmt", _content.Root, "--check", "--statistics", "-o", "/dev/null", po);
            Assert.True(code == 0, $"msgfmt --check {language} ({folder}): {error}");
            Match statistics = Regex.Match(error, @"(\d+) translated messages?(?:, (\d+) fuzzy translations?)?(?:, (\d+) untranslated messages?)?\.");
            Assert.True(statistics.Success, error);
            int translated = int.Parse(statistics.Groups[1].Value), fuzzy = Count(statistics.Groups[2]), untranslated = Count(statistics.Groups[3]);
            Assert.Equal(Texts(folder), translated + fuzzy + untranslated);
            bool changedRussian = folder == _content.Changed && language == "ru";
            Assert.Equal(changedRussian ? (1, 1) : (0, 0), (fuzzy, untranslated));
        }
    }

    [ToolsFact]
    public void A_changed_English_party_name_makes_its_entry_fuzzy_and_a_removed_translation_untranslated()
    {
        ExternalTools.Require();
        string po = Export(_content.Changed, "ru", "po");
        string staleKey = TranslationKeys.PartyName(_content.StatementId, _content.StaleParty.Id);
        string missingKey = TranslationKeys.PartyName(_content.StatementId, _content.MissingParty.Id);

        var (fuzzyCode, fuzzy, fuzzyError) = ExternalTools.Run("msgattrib", _content.Root, "--only-fuzzy", "--no-wrap", po);
        Assert.True(fuzzyCode == 0, fuzzyError);
        Assert.Equal(new[] { staleKey }, Contexts(fuzzy));
        Assert.Contains($"msgid \"{_content.ChangedEnglish}\"\nmsgstr \"{_content.StaleParty.Name.Get("ru")}\"", fuzzy, StringComparison.Ordinal);

        var (code, untranslated, error) = ExternalTools.Run("msgattrib", _content.Root, "--untranslated", "--no-wrap", po);
        Assert.True(code == 0, error);
        Assert.Equal(new[] { missingKey }, Contexts(untranslated));
    }

    [ToolsFact]
    public void Pofilter_reads_every_exported_PO()
    {
        ExternalTools.Require();
        foreach ((string folder, string language) in Exports())
        {
            string po = Export(folder, language, "po");
            string checkedPo = po + ".pofilter.po";
            var (code, output, error) = ExternalTools.Run("pofilter", _content.Root, "--progress=none", po, checkedPo);
            Assert.True(code == 0 && !error.Contains("Traceback", StringComparison.Ordinal), $"pofilter {language}: {output}{error}");
            Assert.True(File.Exists(checkedPo) || !error.Contains("ERROR", StringComparison.Ordinal), $"pofilter {language}: {error}");
        }
    }

    [ToolsFact]
    public void Po2xliff_and_xliff2po_carry_every_message_through()
    {
        ExternalTools.Require();
        foreach ((string folder, string language) in Exports())
        {
            string po = Export(folder, language, "po");
            var (toCode, _, toError) = ExternalTools.Run("po2xliff", _content.Root, "--progress=none", po, po + ".xlf");
            Assert.True(toCode == 0, toError);
            var (backCode, _, backError) = ExternalTools.Run("xliff2po", _content.Root, "--progress=none", po + ".xlf", po + ".back.po");
            Assert.True(backCode == 0, backError);
            Assert.Equal(Statistics(po), Statistics(po + ".back.po"));
        }
    }

    [ToolsFact]
    public void The_npm_xliff_reader_parses_the_XLIFF_export_with_a_unit_per_PO_message()
    {
        ExternalTools.Require();
        ExternalTools.EnsureNodePackages();
        foreach ((string folder, string language) in Exports())
        {
            string xliff = Export(folder, language, "xliff");
            var (code, output, error) = ExternalTools.Run("node", ExternalTools.NodeFolder, "units.js", xliff);
            Assert.True(code == 0, error);
            using JsonDocument read = JsonDocument.Parse(output);
            Assert.Equal("en", read.RootElement.GetProperty("srcLang").GetString());
            Assert.Equal(language, read.RootElement.GetProperty("trgLang").GetString());
            string[] units = read.RootElement.GetProperty("units").EnumerateObject().Select(u => u.Name).ToArray();
            Assert.Equal(Contexts(File.ReadAllText(Export(folder, language, "po"))), units);
            Assert.Equal(Texts(folder), units.Length);

            string stale = TranslationKeys.PartyName(_content.StatementId, _content.StaleParty.Id);
            JsonElement unit = read.RootElement.GetProperty("units").GetProperty(stale);
            Assert.Equal(folder == _content.Changed ? _content.ChangedEnglish : _content.StaleParty.Name.Get("en"), unit.GetProperty("source").GetString());
            if (language != "en")
            {
                Assert.Equal(_content.StaleParty.Name.Get(language), unit.GetProperty("target").GetString());
            }
        }
    }

    /// <summary>Python's gettext evaluates each Plural-Forms formula; for whole numbers it must pick the msgstr of the category the runtime's CLDR rules pick.</summary>
    [ToolsFact]
    public void Each_Plural_Forms_formula_picks_the_CLDR_category_of_the_runtime_rules()
    {
        ExternalTools.Require();
        long[] numbers = Enumerable.Range(0, 1201).Select(n => (long)n).Concat(new long[] { 1_000_000, 2_000_000, 1_000_001, 21_000_000 }).ToArray();
        foreach (string language in GettextPlurals.Languages)
        {
            string formula = Regex.Match(GettextPlurals.Header(language), "plural=(.*);$").Groups[1].Value;
            string script = $"import gettext,sys\nf=gettext.c2py(sys.argv[1])\nprint(' '.join(str(f(int(n))) for n in sys.argv[2:]))";
            var (code, output, error) = ExternalTools.Run("python3", _content.Root, new[] { "-c", script, formula }.Concat(numbers.Select(n => n.ToString())).ToArray());
            Assert.True(code == 0, $"{language}: {error}");
            int[] indexes = output.Trim().Split(' ').Select(int.Parse).ToArray();
            IReadOnlyList<string> categories = GettextPlurals.Categories(language);
            for (int i = 0; i < numbers.Length; i++)
            {
                string expected = PluralRules.Select(language, numbers[i]).ToString().ToLowerInvariant();
                Assert.True(categories[indexes[i]] == expected, $"{language}, n = {numbers[i]}: msgstr[{indexes[i]}] is '{categories[indexes[i]]}', the runtime picks '{expected}'");
            }

            Assert.Equal(int.Parse(Regex.Match(GettextPlurals.Header(language), "nplurals=(\\d+)").Groups[1].Value), categories.Count);
        }
    }

    /// <summary>The copy with a stale and a missing translation: export, no edits, import changes no byte (a fuzzy entry is imported as it is, an empty one stays missing).</summary>
    [Theory]
    [InlineData("po")]
    [InlineData("xliff")]
    public void A_round_trip_with_stale_and_missing_translations_changes_no_byte(string format)
    {
        string file = Export(_content.Changed, "ru", format);
        Dictionary<string, byte[]> before = Directory.GetFiles(_content.Changed, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        var (code, output, error) = CliTests.Run("translations", "import", file, _content.Changed);

        Assert.True(code == ExitCodes.Ok, error + output);
        Assert.All(before, f => Assert.True(f.Value.AsSpan().SequenceEqual(File.ReadAllBytes(f.Key)), $"{f.Key} changed"));
    }

    private string Export(string folder, string language, string format)
    {
        string file = Path.Combine(_content.Root, $"{Path.GetFileName(Path.GetDirectoryName(folder))}-{language}.{format}");
        var (code, _, error) = CliTests.Run("translations", "export", folder, "--language", language, "--format", format, "--output", file);
        Assert.True(code == ExitCodes.Ok, error);
        return file;
    }

    private static string[] Contexts(string po) => Regex.Matches(po, "^msgctxt \"(.*)\"$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();

    private string Statistics(string po)
    {
        var (code, _, error) = ExternalTools.Run("msgfmt", _content.Root, "--statistics", "-o", "/dev/null", po);
        Assert.True(code == 0, error);
        return error.Trim();
    }

    private static int Count(Group group) => group.Success ? int.Parse(group.Value) : 0;
}
