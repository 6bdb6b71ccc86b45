using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using StatementContent.Cli;
using StatementContent.Published;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Cli.Tests;

/// <summary>
/// <c>statement export</c> of a folder with two statements: one valid document per format. And what show, list
/// and export say when they fall back to the statements the tool carries.
/// </summary>
public sealed class ExportCommandTests : IDisposable
{
    private const string SecondId = "second-statement";
    private readonly string _content = Path.Combine(Directory.CreateTempSubdirectory("export-command").FullName, "content");

    public ExportCommandTests()
    {
        // The shipped statement twice: the second a copy under another id.
        LockCommandTests.Copy(RepoPaths.Combine("content"), _content);
        string second = Path.Combine(_content, "statements", SecondId);
        LockCommandTests.Copy(Path.Combine(_content, "statements", HostileContent.StatementId), second);
        string metadata = Path.Combine(second, "statement.json");
        File.WriteAllText(metadata, File.ReadAllText(metadata).Replace($"\"{HostileContent.StatementId}\"", $"\"{SecondId}\""));
    }

    private static string[] Ids => new[] { HostileContent.StatementId, SecondId }.Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Json_of_two_statements_is_one_array_of_both()
    {
        using JsonDocument json = JsonDocument.Parse(RunOk("export", _content, "--format", "json", "--culture", "ru"));

        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal(Ids, json.RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetString()).Order(StringComparer.Ordinal).ToArray());
        Assert.All(json.RootElement.EnumerateArray(), s => Assert.Equal("ru", s.GetProperty("language").GetString()));
    }

    [Fact]
    public void Html_of_two_statements_is_one_page_with_an_article_each()
    {
        string page = RunOk("export", _content, "--format", "html", "--culture", "en");

        Assert.Single(Regex.Matches(page, "<html[ >]"));
        Assert.Single(Regex.Matches(page, "<head>"));
        Assert.Single(Regex.Matches(page, "<body>"));
        Assert.Equal(2, Regex.Matches(page, "<article[ >]").Count);
        Assert.Equal(2, Regex.Matches(page, "</article>").Count);
        Assert.StartsWith("<!DOCTYPE html>\n", page, StringComparison.Ordinal);
        Assert.EndsWith("</article>\n</body>\n</html>\n", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("md", "\n---\n\n")]
    [InlineData("txt", "\n------------------------------------------------------------------------\n\n")]
    public void Markdown_and_text_of_two_statements_are_both_with_a_separator_between(string format, string separator)
    {
        CultureInfo en = CultureInfo.GetCultureInfo("en");
        string one = format == "md" ? StatementRenderers.ToMarkdown(Statements.CentralAsiaIdeologyBan, en) : StatementRenderers.ToText(Statements.CentralAsiaIdeologyBan, en);

        Assert.Equal(one + separator + one, RunOk("export", _content, "--format", format, "--culture", "en")); // the copy reads the same
    }

    [Theory]
    [InlineData("json")]
    [InlineData("html")]
    [InlineData("md")]
    [InlineData("txt")]
    public void One_statement_of_a_folder_is_exported_as_the_renderer_writes_it(string format)
    {
        Statement statement = Statements.CentralAsiaIdeologyBan;
        CultureInfo ru = CultureInfo.GetCultureInfo("ru");
        string expected = CliTests.Render(format, statement, ru);

        Assert.Equal(expected, RunOk("export", _content, "--format", format, "--culture", "ru", "--statement", HostileContent.StatementId));
    }

    [Theory]
    [InlineData("show")]
    [InlineData("list")]
    [InlineData("export", "--format", "txt")]
    public void Without_a_content_folder_the_carried_statements_are_shown_and_stderr_says_so(params string[] args)
    {
        Assert.False(Directory.Exists("content"), "the tests run where there is no ./content");

        var (code, output, error) = CliTests.Run(args);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.NotEqual("", output);
        Assert.Equal($"No content folder given, and no content in ./content: showing the statements this tool carries (content version {ContentHashes.Content_Version} ({ContentHashes.Content_Hash})).\n", error);
        var (givenCode, _, givenError) = CliTests.Run(args.Concat(new[] { _content, "--culture", "en" }).ToArray());
        Assert.Equal((ExitCodes.Ok, ""), (givenCode, givenError)); // a folder given: nothing to say
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_content)!, recursive: true);

    private static string RunOk(params string[] args)
    {
        var (code, output, error) = CliTests.Run(args);
        Assert.True(code == ExitCodes.Ok, error);
        return output;
    }
}
