using System.IO;
using System.Linq;
using System.Text.Json;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Tests;

/// <summary>Editors validate content through its "$schema": every link must resolve to a schema that parses.</summary>
public class SchemaTests
{
    private static readonly string ContentRoot = RepoPaths.Combine("content");

    public static TheoryData<string> ContentJson => new(
        Directory.GetFiles(ContentRoot, "*.json", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".schema.json", System.StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(ContentRoot, f).Replace('\\', '/'))
            .OrderBy(f => f, System.StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ContentJson))]
    public void Content_file_links_a_schema_that_exists_and_parses(string relativePath)
    {
        string path = Path.Combine(ContentRoot, relativePath);
        using JsonDocument content = JsonDocument.Parse(File.ReadAllText(path));
        string schema = content.RootElement.GetProperty("$schema").GetString()!;
        string schemaPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, schema));
        Assert.True(File.Exists(schemaPath), relativePath + " → " + schema);
        using JsonDocument parsed = JsonDocument.Parse(File.ReadAllText(schemaPath));
        Assert.Equal(Path.GetFileName(schemaPath), parsed.RootElement.GetProperty("$id").GetString());
    }
}
