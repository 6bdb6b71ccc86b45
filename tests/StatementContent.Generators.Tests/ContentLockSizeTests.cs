using System.Linq;
using Microsoft.CodeAnalysis;
using StatementContent.Generators.Parsing;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>The content lock has its own size limit, so the lock of 50,000 UI strings (about 5.5 Mi characters) can be read (issue 19, item 6).</summary>
public class ContentLockSizeTests
{
    private const string Lock = "/c/content.lock";

    [Fact]
    public void A_lock_past_a_content_files_limit_is_read()
    {
        GeneratorRun run = new MiniContent().With(Lock, LockOf(3 * 1024 * 1024)).Run();
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "STC1106");
        Assert.Contains(run.Diagnostics, d => d.Id == "STC4001"); // read and compared: the content is not in it
    }

    [Fact]
    public void A_lock_past_its_own_limit_is_STC1106()
    {
        GeneratorRun run = new MiniContent().With(Lock, LockOf(ContentFileParser.MaxLockCharacters + 1)).Run();
        Diagnostic diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "STC1106");
        Assert.Equal(Lock, diagnostic.Location.GetLineSpan().Path);
        Assert.Contains(ContentFileParser.MaxLockCharacters.ToString(System.Globalization.CultureInfo.InvariantCulture), diagnostic.GetMessage());
    }

    /// <summary>A lock of at least <paramref name="characters"/> characters: its header, then comment lines.</summary>
    private static string LockOf(int characters)
    {
        var text = new System.Text.StringBuilder("# A lock padded with comments.\ncontent-lock 2\n");
        while (text.Length < characters)
        {
            text.Append("# ").Append('x', 97).Append('\n');
        }

        return text.ToString();
    }
}
