using System.Collections.Generic;
using System.Globalization;
using System.Resources;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.Localization;

namespace StatementContent.Benchmarks;

/// <summary>
/// Reading three localized strings (title, first paragraph, a party name) per operation, by each approach.
/// Culture "ru-KZ" is the fallback case (ru-KZ → ru). Baseline in each category: ResourceManager.
/// IStringLocalizer has no per-call culture, so it appears only in the CurrentUICulture category.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LocalizedReadBenchmarks
{
    private CultureInfo _culture = CultureInfo.InvariantCulture;
    private ResourceManager _resources = null!;
    private IStringLocalizer _localizer = null!;
    private JsonStatement _json = null!;
    private LocalizedText _title = null!, _paragraph = null!, _party = null!;
    private Dictionary<string, string> _jsonTitle = null!, _jsonParagraph = null!, _jsonParty = null!;
    private string _literalTitle = "", _literalParagraph = "", _literalParty = "";

    [Params("en", "ru", "ru-KZ")]
    public string Culture { get; set; } = "ru";

    [GlobalSetup]
    public void Setup()
    {
        _culture = CultureInfo.GetCultureInfo(Culture);
        CultureInfo.CurrentUICulture = _culture;
        Approaches.VerifySameStrings(_culture);
        _resources = Approaches.CreateResourceManager();
        _localizer = Approaches.CreateLocalizer();
        _json = Approaches.ParseJson(Approaches.ExportJson());
        (_jsonTitle, _jsonParagraph, _jsonParty) = (_json.Title, _json.Paragraphs[0], _json.Parties[18]);
        (_title, _paragraph, _party) = (Approaches.Title, Approaches.FirstParagraph, Approaches.Party);
        (_literalTitle, _literalParagraph, _literalParty) = (_title.Get(_culture), _paragraph.Get(_culture), _party.Get(_culture));
    }

    [Benchmark(Baseline = true), BenchmarkCategory("explicit culture")]
    public int ResourceManager_explicit() =>
        _resources.GetString("Title", _culture)!.Length + _resources.GetString("Paragraph1", _culture)!.Length + _resources.GetString("PartyName", _culture)!.Length;

    [Benchmark, BenchmarkCategory("explicit culture")]
    public int Generated_explicit() => _title.Get(_culture).Length + _paragraph.Get(_culture).Length + _party.Get(_culture).Length;

    [Benchmark, BenchmarkCategory("explicit culture")]
    public int Json_explicit() =>
        Approaches.Lookup(_jsonTitle, _culture).Length + Approaches.Lookup(_jsonParagraph, _culture).Length + Approaches.Lookup(_jsonParty, _culture).Length;

    /// <summary>The floor: three string fields, no lookup at all.</summary>
    [Benchmark, BenchmarkCategory("explicit culture")]
    public int FieldRead_floor() => _literalTitle.Length + _literalParagraph.Length + _literalParty.Length;

    [Benchmark(Baseline = true), BenchmarkCategory("CurrentUICulture")]
    public int ResourceManager_current() =>
        _resources.GetString("Title")!.Length + _resources.GetString("Paragraph1")!.Length + _resources.GetString("PartyName")!.Length;

    [Benchmark, BenchmarkCategory("CurrentUICulture")]
    public int Generated_current() =>
        _title.Get(CultureInfo.CurrentUICulture).Length + _paragraph.Get(CultureInfo.CurrentUICulture).Length + _party.Get(CultureInfo.CurrentUICulture).Length;

    [Benchmark, BenchmarkCategory("CurrentUICulture")]
    public int StringLocalizer_current() => _localizer["Title"].Value.Length + _localizer["Paragraph1"].Value.Length + _localizer["PartyName"].Value.Length;

    [Benchmark, BenchmarkCategory("CurrentUICulture")]
    public int Json_current() =>
        Approaches.Lookup(_jsonTitle, CultureInfo.CurrentUICulture).Length + Approaches.Lookup(_jsonParagraph, CultureInfo.CurrentUICulture).Length
        + Approaches.Lookup(_jsonParty, CultureInfo.CurrentUICulture).Length;
}
