using System;
using System.Globalization;
using System.IO;
using System.Linq;
using StatementContent.Cli;
using StatementContent.Published;
using StatementContent.Testing;
using StatementContent.Tests;
using Xunit;

namespace StatementContent.Cli.Tests;

public class CliTests
{
    private static readonly PublishedSource Source = PublishedSource.Instance;

    [Fact]
    public void Show_en_renders_the_statement() => Snapshot.Verify(RunOk("show", "--culture", "en"));

    [Fact]
    public void Show_ru_renders_the_statement() => Snapshot.Verify(RunOk("show", "--culture", "ru"));

    [Fact]
    public void Show_en_has_every_paragraph_and_all_parties_under_their_headings()
    {
        string[] lines = Lines(RunOk("show", "--culture", "en"));
        Assert.Equal(Source.EnglishTitle, lines[0]);
        AssertParagraphsInOrder(lines, Source.EnglishParagraphs.ToArray());

        // Every party of the content (the published ones, checked against the source in ContentTests, and any added since).
        foreach (SignatoryGroup group in Statements.CentralAsiaIdeologyBan.SignatoryGroups)
        {
            AssertListUnder(lines, group.Heading.En, group.Signatories.Select(s => s.Name.En).ToArray());
        }

        Assert.Equal(PublishedSource.ClosingLine, lines.Last());
    }

    [Fact]
    public void Show_ru_has_every_paragraph_and_all_parties_under_their_headings()
    {
        string[] lines = Lines(RunOk("show", "--culture", "ru"));
        Statement statement = Statements.CentralAsiaIdeologyBan;
        Assert.Equal(Source.RussianTitle, lines[0]);
        AssertParagraphsInOrder(lines, Source.RussianParagraphs.ToArray());
        foreach (SignatoryGroup group in statement.SignatoryGroups)
        {
            AssertListUnder(lines, group.Heading.Ru, group.Signatories.Select(s => s.Name.Ru).ToArray());
        }

        Assert.Equal(UiStrings.OpenForFurtherSubscriptions.Ru, lines.Last());
    }

    [Fact]
    public void Unknown_culture_is_an_error_with_a_clear_message()
    {
        var (code, output, error) = Run("show", "--culture", "xx-nonsense");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Empty(output);
        Assert.Contains("Unknown culture 'xx-nonsense'", error);
    }

    [Fact]
    public void A_culture_without_text_falls_back_to_English_and_says_so()
    {
        var (code, output, error) = Run("show", "--culture", "de-DE");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(RunOk("show", "--culture", "en"), output);
        Assert.Contains("no text in 'de-DE'; showing 'en'", error);
    }

    [Fact]
    public void A_specific_culture_uses_its_parent_language_silently()
    {
        var (code, output, error) = Run("show", "--culture=ru-KZ");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(RunOk("show", "--culture", "ru"), output);
        Assert.Equal(CarriedNote, error); // nothing about the culture
    }

    [Fact]
    public void Without_culture_the_current_UI_culture_is_used()
    {
        CultureInfo saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru-RU");
            Assert.Equal(RunOk("show", "--culture", "ru"), RunOk("show"));
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            (int code, string output, string error) = Run("show");
            Assert.Equal((ExitCodes.Ok, RunOk("show", "--culture", "en"), CarriedNote), (code, output, error)); // English, with nothing about the culture (LANG=C.UTF-8)
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("kk-KZ");
            Assert.Equal((ExitCodes.Ok, RunOk("show", "--culture", "ru"), CarriedNote), Run("show")); // the configured kk → ru, with nothing about the culture
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void Statement_option_selects_by_id_and_reports_unknown_ids()
    {
        Assert.Equal(RunOk("show", "--culture", "en"), RunOk("show", "--culture", "en", "--statement", "central-asia-ideology-ban"));
        var (code, output, error) = Run("show", "--statement", "nope");
        Assert.Equal(ExitCodes.NotFound, code);
        Assert.Empty(output);
        Assert.Contains("'nope'", error);
    }

    [Fact]
    public void List_prints_id_date_title_in_the_culture_and_party_count()
    {
        Statement statement = Statements.CentralAsiaIdeologyBan;
        Assert.Equal($"{statement.Id}  2024-09-18  {Source.EnglishTitle}  ({statement.SignatoryCount})\n", RunOk("list"));
        Assert.Equal($"{statement.Id}  2024-09-18  {Source.RussianTitle}  ({statement.SignatoryCount})\n", RunOk("list", "--culture", "ru"));
    }

    [Theory]
    [InlineData("Unrecognized command or argument 'frobnicate'", "frobnicate")]
    [InlineData("Unknown option '--colour'", "show", "--colour", "en")]
    [InlineData("Required argument missing for option: '--culture'", "show", "--culture")]
    [InlineData("Option '--format' is required", "export")]
    [InlineData("Argument 'pdf' not recognized", "export", "--format", "pdf")]
    [InlineData("Name a command", new string[0])]
    [InlineData("A file name cannot be empty", "translations", "import", "", "content")] // the path APIs throw on ""
    [InlineData("Unknown option '--dry-rn'", "translations", "import", "--dry-rn", "content")]
    [InlineData("A file name cannot be empty", "translations", "export", "content", "--language", "ru", "--format", "po", "--output", "")]
    public void Usage_errors_exit_2_with_a_message_on_stderr(string message, params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal((ExitCodes.Usage, ""), (code, output));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("show", "--culture", "--statement")]
    [InlineData("list", "--culture")]
    [InlineData("validate", "--format", "--warnings-as-errors")]
    [InlineData("lint", "--format")]
    [InlineData("diff", "--path", "--format", "--exit-code")]
    [InlineData("export", "--format", "--culture", "--statement")]
    [InlineData("lock", "--check", "--confirm-translations", "--confirm", "--confirm-language")]
    public void Every_command_has_help_naming_its_options(string command, params string[] options)
    {
        var (code, output, _) = Run(command, "--help");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Matches($"Usage:\\n +\\S+ {command} ", output); // the program's name differs under the test host
        Assert.All(options, option => Assert.Contains(option, output, StringComparison.Ordinal));
    }

    [Fact]
    public void Help_lists_every_command_and_the_exit_codes()
    {
        string help = RunOk("--help");
        Assert.All(new[] { "show", "list", "validate", "lint", "diff", "export", "lock" }, command => Assert.Contains("  " + command + " ", help, StringComparison.Ordinal));
        Assert.Contains("0 ok, 1 content errors", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_names_the_tool_and_the_content_it_carries()
    {
        string version = RunOk("--version");
        Assert.StartsWith("statement 0.", version, StringComparison.Ordinal);
        Assert.Contains($"content version {ContentHashes.Content_Version} ({ContentHashes.Content_Hash})", version, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("txt")]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("json")]
    public void Export_writes_the_library_renderers_output(string format)
    {
        Statement statement = Statements.CentralAsiaIdeologyBan;
        CultureInfo ru = CultureInfo.GetCultureInfo("ru");
        string expected = Render(format, statement, ru);
        Assert.Equal(expected, RunOk("export", "--format", format, "--culture", "ru"));
    }

    private static void AssertParagraphsInOrder(string[] lines, string[] paragraphs)
    {
        int previous = -1;
        foreach (string paragraph in paragraphs)
        {
            int index = Array.IndexOf(lines, paragraph);
            Assert.True(index > previous, "Paragraph missing or out of order: " + paragraph[..40]);
            previous = index;
        }
    }

    /// <summary>The heading line, a blank line, then exactly the numbered items, in order.</summary>
    private static void AssertListUnder(string[] lines, string heading, string[] items)
    {
        int at = Array.IndexOf(lines, heading);
        Assert.True(at >= 0, "Heading missing: " + heading);
        Assert.Equal("", lines[at + 1]);
        for (int i = 0; i < items.Length; i++)
        {
            Assert.Equal($"  {i + 1}. {items[i]}", lines[at + 2 + i]);
        }

        Assert.True(at + 2 + items.Length == lines.Length || !lines[at + 2 + items.Length].StartsWith($"  {items.Length + 1}. ", StringComparison.Ordinal), "more items than the content has under " + heading);

        Assert.Equal("", lines[at + 2 + items.Length]);
    }

    /// <summary>What stderr says when no folder is given and there is no ./content (ExportCommandTests checks its words).</summary>
    private static string CarriedNote => ContentLoading.CarriedContentNote() + "\n";

    private static string[] Lines(string output) => output.TrimEnd('\n').Split('\n');

    private static string RunOk(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.True(code == ExitCodes.Ok, error);
        return output;
    }

    /// <summary>What the library's renderer for an export format writes.</summary>
    internal static string Render(string format, Statement statement, CultureInfo culture) => format switch
    {
        "md" => StatementRenderers.ToMarkdown(statement, culture),
        "html" => StatementRenderers.ToHtml(statement, culture),
        "json" => StatementRenderers.ToJson(statement, culture),
        _ => StatementRenderers.ToText(statement, culture),
    };

    internal static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
