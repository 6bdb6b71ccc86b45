using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Localization;
using StatementContent.Extensions.Localization;

namespace StatementContent.Benchmarks;

/// <summary>
/// IStringLocalizer lookups of three strings (title, first paragraph, a party name) in CurrentUICulture: ours over
/// the compiled texts against ResourceManagerStringLocalizer over a .resx with the same strings (the baseline).
/// </summary>
[MemoryDiagnoser]
public class LocalizerBenchmarks
{
    private IStringLocalizer _standard = null!;
    private IStringLocalizer _ours = null!;

    [Params("en", "ru", "ru-KZ")]
    public string Culture { get; set; } = "ru";

    [GlobalSetup]
    public void Setup()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Culture);
        _standard = Approaches.CreateLocalizer();
        _ours = new StatementStringLocalizer(
            new Dictionary<string, LocalizedText> { ["Title"] = Approaches.Title, ["Paragraph1"] = Approaches.FirstParagraph, ["PartyName"] = Approaches.Party },
            "Benchmark");
        foreach (string key in new[] { "Title", "Paragraph1", "PartyName" })
        {
            if (_ours[key].Value != _standard[key].Value)
            {
                throw new System.InvalidOperationException($"'{key}' differs between the localizers in {Culture}");
            }
        }
    }

    [Benchmark(Baseline = true)]
    public int ResourceManagerStringLocalizer() => _standard["Title"].Value.Length + _standard["Paragraph1"].Value.Length + _standard["PartyName"].Value.Length;

    [Benchmark]
    public int StatementStringLocalizer() => _ours["Title"].Value.Length + _ours["Paragraph1"].Value.Length + _ours["PartyName"].Value.Length;
}
