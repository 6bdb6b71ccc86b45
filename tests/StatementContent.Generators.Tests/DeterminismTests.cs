using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>Same content → byte-identical output, whatever the line endings or the order of the files.</summary>
public class DeterminismTests
{
    private static readonly ImmutableArray<AdditionalText> Content = GeneratorHarness.RealContent();

    [Fact]
    public void Two_runs_produce_identical_source() =>
        Assert.Equal(GeneratorHarness.Run(Content).SnapshotText(), GeneratorHarness.Run(Content).SnapshotText());

    [Fact]
    public void CRLF_content_produces_the_same_source_as_LF()
    {
        var crlf = Content.Select(t => GeneratorHarness.File(t.Path, t.GetText()!.ToString().Replace("\n", "\r\n")));
        GeneratorRun run = GeneratorHarness.Run(crlf);
        Assert.Empty(run.Diagnostics);
        Assert.Equal(GeneratorHarness.Run(Content).SnapshotText(), run.SnapshotText());
    }

    [Fact]
    public void File_order_does_not_matter() =>
        Assert.Equal(GeneratorHarness.Run(Content).SnapshotText(), GeneratorHarness.Run(Content.Reverse()).SnapshotText());

    [Fact]
    public void No_content_files_emit_nothing_and_report_nothing()
    {
        GeneratorRun run = GeneratorHarness.Run(Enumerable.Empty<AdditionalText>());
        Assert.Empty(run.Sources);
        Assert.Empty(run.Diagnostics);
    }
}
