using System.Globalization;
using System.Resources;
using BenchmarkDotNet.Attributes;

namespace StatementContent.Benchmarks;

/// <summary>
/// A web app's requests switch cultures all the time: each operation reads the same three strings (title, first
/// paragraph, a party name) in en, ru and ru-KZ in turn, nine reads, so no read finds the culture the text was
/// last read in. Baseline: ResourceManager with the same explicit cultures.
/// </summary>
[MemoryDiagnoser]
public class AlternatingCultureBenchmarks
{
    private readonly CultureInfo[] _cultures = { CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("ru"), CultureInfo.GetCultureInfo("ru-KZ") };
    private ResourceManager _resources = null!;
    private LocalizedText _title = null!, _paragraph = null!, _party = null!;

    [GlobalSetup]
    public void Setup()
    {
        foreach (CultureInfo culture in _cultures)
        {
            Approaches.VerifySameStrings(culture);
        }

        _resources = Approaches.CreateResourceManager();
        (_title, _paragraph, _party) = (Approaches.Title, Approaches.FirstParagraph, Approaches.Party);
    }

    [Benchmark(Baseline = true)]
    public int ResourceManager_alternating()
    {
        int length = 0;
        foreach (CultureInfo culture in _cultures)
        {
            length += _resources.GetString("Title", culture)!.Length + _resources.GetString("Paragraph1", culture)!.Length + _resources.GetString("PartyName", culture)!.Length;
        }

        return length;
    }

    [Benchmark]
    public int Generated_alternating()
    {
        int length = 0;
        foreach (CultureInfo culture in _cultures)
        {
            length += _title.Get(culture).Length + _paragraph.Get(culture).Length + _party.Get(culture).Length;
        }

        return length;
    }
}
