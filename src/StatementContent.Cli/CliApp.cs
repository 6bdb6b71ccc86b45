using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using StatementContent.Published;

namespace StatementContent.Cli;

/// <summary>
/// The <c>statement</c> command line (System.CommandLine): the commands, their options and help. Exit codes:
/// <see cref="Ok"/>, <see cref="ContentErrors"/> (the content has errors, a lint finding is new, the lock is behind,
/// a statement id is unknown), <see cref="Usage"/> (the command line is wrong).
/// </summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int NotFound = ContentErrors;
    public const int Usage = 2;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, bool color = false)
    {
        try
        {
            var console = new CliConsole(output, error, color);
            RootCommand root = Build(console);
            // No response files: '@path' would read any file (a named pipe: forever) before the file rule applies,
            // and '@{-1}' is a git revision.
            ParseResult parsed = root.Parse(args.ToArray(), new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parsed.Errors.Count > 0)
            {
                foreach (System.CommandLine.Parsing.ParseError parseError in parsed.Errors)
                {
                    error.WriteLine(parseError.Message);
                }

                error.WriteLine("Run 'statement --help' (or 'statement <command> --help') for usage.");
                return Usage;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            // The last resort, never the plan: every failure the tool knows of has its own message and exit code
            // (the property test in CliRobustnessTests fails on this line). A bug still ends as one line, not a stack trace.
            try
            {
                error.WriteLine($"statement: internal error: {ex.Message} ({ex.GetType().Name})");
            }
            catch (IOException)
            {
            }

            return ContentErrors;
        }
    }

    /// <summary>The tool's version and the version of the content compiled into it.</summary>
    public static string VersionText()
    {
        string tool = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        return $"statement {tool}\n{CarriedContentVersion()}";
    }

    /// <summary>The version of the content compiled into the tool, as <c>content version 3 (hash)</c>.</summary>
    public static string CarriedContentVersion()
    {
        ContentVersionAttribute? content = typeof(Statement).Assembly.GetCustomAttribute<ContentVersionAttribute>();
        return $"content version {content?.Version ?? "unknown"} ({content?.ContentHash ?? "no hash"})";
    }

    /// <summary>What show, list and export say on stderr when they show the statements the tool carries.</summary>
    public static string CarriedContentNote() =>
        $"No content folder given, and no content in ./content: showing the statements this tool carries ({CarriedContentVersion()}).";

    private static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand(
            "statement — read, check and compare statement content (content/ folders of StatementContent).\n" +
            "Exit codes: 0 ok, 1 content errors (or a new lint finding, a lock behind, an unknown id), 2 usage.");
        foreach (Option option in root.Options.Where(o => o is VersionOption).ToList())
        {
            root.Options.Remove(option);
        }

        var version = new Option<bool>("--version") { Description = "Print the tool's version and the version of the content it carries." };
        root.Options.Add(version);
        root.SetAction(result =>
        {
            if (result.GetValue(version))
            {
                console.Out.WriteLine(VersionText());
                return Ok;
            }

            console.Error.WriteLine("Name a command; run 'statement --help' for the list.");
            return Usage;
        });

        root.Subcommands.Add(ShowCommand(console));
        root.Subcommands.Add(ListCommand(console));
        root.Subcommands.Add(ValidateCommand(console));
        root.Subcommands.Add(LintCommand.Create(console));
        root.Subcommands.Add(DiffCommand.Create(console));
        root.Subcommands.Add(ExportCommand(console));
        root.Subcommands.Add(LockCommand.Create(console));
        return root;
    }

    private static Command ShowCommand(CliConsole console)
    {
        Argument<string?> folder = FolderArgument("The content folder to show; default: ./content if it has content, else the statement this tool carries.");
        Option<string?> culture = CultureOption();
        Option<string?> statement = StatementOption();
        var command = new Command("show", "Print the title, every paragraph and the signatories, in a culture (by the fallback rule: ru-KZ → ru → en).") { folder, culture, statement };
        command.SetAction(result =>
        {
            if (!TryCulture(result.GetValue(culture), console, out CultureInfo selected))
            {
                return Usage;
            }

            if (LoadStatements(result.GetValue(folder), result.GetValue(statement), console, out IReadOnlyList<Statement> statements) is int failed)
            {
                return failed;
            }

            foreach (Statement each in statements.Where(s => s.Title.IsFallbackFor(selected)))
            {
                console.Error.WriteLine($"Statement '{each.Id}' has no text in '{selected.Name}'; showing '{each.Title.ResolveLanguage(selected)}'.");
            }

            console.Out.Write(StatementRenderers.ToText(statements, selected));
            return Ok;
        });
        return command;
    }

    private static Command ListCommand(CliConsole console)
    {
        Argument<string?> folder = FolderArgument("The content folder to list; default: ./content if it has content, else the statement this tool carries.");
        Option<string?> culture = CultureOption();
        var command = new Command("list", "List the statements: id, publication date, title (in --culture, default English) and the number of parties.") { folder, culture };
        command.SetAction(result =>
        {
            if (!TryCulture(result.GetValue(culture) ?? "en", console, out CultureInfo selected))
            {
                return Usage;
            }

            if (LoadStatements(result.GetValue(folder), null, console, out IReadOnlyList<Statement> statements) is int failed)
            {
                return failed;
            }

            foreach (Statement statement in statements)
            {
                console.Out.WriteLine($"{statement.Id}  {statement.Published:yyyy-MM-dd}  {statement.Title.Get(selected)}  ({statement.SignatoryCount})");
            }

            return Ok;
        });
        return command;
    }

    private static Command ValidateCommand(CliConsole console)
    {
        Argument<string?> folder = FolderArgument("The content folder (default: content).");
        Option<string> format = FormatOption("text", "json");
        var strict = new Option<bool>("--warnings-as-errors") { Description = "Report every warning as an error (exit 1 when there is any), as a build with TreatWarningsAsErrors." };
        var command = new Command("validate", "Check a content folder as a build would (the generator's own parser), printing path(line,col): severity ID: message. Exit 1 on errors.") { folder, format, strict };
        command.SetAction(result =>
        {
            if (!TryFolder(result.GetValue(folder) ?? "content", console, out ContentFolder? content))
            {
                return Usage;
            }

            bool warningsAsErrors = result.GetValue(strict);
            var findings = content.Diagnostics
                .Select(d => Finding.From(content, d))
                .Select(f => warningsAsErrors && f.Severity == "warning" ? f with { Severity = "error" } : f)
                .ToList();
            int errors = findings.Count(f => f.Severity == "error");
            if (result.GetValue(format) == "json")
            {
                console.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(findings.ToArray(), CliJson.Default.FindingArray));
            }
            else
            {
                findings.ForEach(f => console.WriteFinding(f));
                console.Out.WriteLine(errors == 0
                    ? $"{content.Display(content.Root)}: no errors ({findings.Count} other diagnostic(s))."
                    : $"{content.Display(content.Root)}: {errors} error(s).");
            }

            return errors > 0 ? ContentErrors : Ok;
        });
        return command;
    }

    private static Command ExportCommand(CliConsole console)
    {
        Argument<string?> folder = FolderArgument("The content folder to export; default: ./content if it has content, else the statement this tool carries.");
        var formatOption = new Option<string>("--format") { Description = "Output format: json, md, html or txt. Several statements make one document: a JSON array, one HTML page, Markdown or text with a rule between them.", Required = true };
        formatOption.AcceptOnlyFromAmong("json", "md", "html", "txt");
        Option<string?> culture = CultureOption();
        Option<string?> statement = StatementOption();
        var command = new Command("export", "Write a statement as JSON, Markdown, HTML or plain text through the library's renderers (StatementRenderers).") { folder, formatOption, culture, statement };
        command.SetAction(result =>
        {
            if (!TryCulture(result.GetValue(culture), console, out CultureInfo selected))
            {
                return Usage;
            }

            if (LoadStatements(result.GetValue(folder), result.GetValue(statement), console, out IReadOnlyList<Statement> statements) is int failed)
            {
                return failed;
            }

            // One statement as the renderers write it; several as one document of the format (a JSON array, one page).
            string format = result.GetValue(formatOption)!;
            console.Out.Write(statements.Count == 1
                ? format switch
                {
                    "json" => StatementRenderers.ToJson(statements[0], selected),
                    "md" => StatementRenderers.ToMarkdown(statements[0], selected),
                    "html" => StatementRenderers.ToHtml(statements[0], selected),
                    _ => StatementRenderers.ToText(statements[0], selected),
                }
                : format switch
                {
                    "json" => StatementRenderers.ToJson(statements, selected),
                    "md" => StatementRenderers.ToMarkdown(statements, selected),
                    "html" => StatementRenderers.ToHtml(statements, selected),
                    _ => StatementRenderers.ToText(statements, selected),
                });
            return Ok;
        });
        return command;
    }

    public static Argument<string?> FolderArgument(string description)
    {
        var folder = new Argument<string?>("folder") { Description = description, Arity = ArgumentArity.ZeroOrOne };
        // Without this, a mistyped option ('--colour') would be taken for a folder name.
        folder.Validators.Add(result =>
        {
            string? value = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (value is not null && value.StartsWith("-", StringComparison.Ordinal))
            {
                result.AddError($"Unknown option '{value}'.");
            }
        });
        return folder;
    }

    public static Option<string> FormatOption(string @default, params string[] formats)
    {
        var option = new Option<string>("--format") { Description = "Output format: " + string.Join(", ", formats.Distinct()) + ".", DefaultValueFactory = _ => @default };
        option.AcceptOnlyFromAmong(formats.Distinct().ToArray());
        return option;
    }

    private static Option<string?> CultureOption() =>
        new("--culture") { Description = "A culture name such as en, ru or ru-KZ; default: the current UI culture." };

    private static Option<string?> StatementOption() =>
        new("--statement") { Description = "Only the statement with this id." };

    public static bool TryFolder(string path, CliConsole console, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ContentFolder? content)
    {
        content = null;
        if (!Directory.Exists(path))
        {
            console.Error.WriteLine($"No content folder '{path}'.");
            return false;
        }

        content = ContentFolder.Load(path);
        if (content.TooLarge)
        {
            console.Error.WriteLine($"'{path}' holds more than {SafeFiles.MaxWalkEntries} files and folders, more than a content folder has; the tool does not read it. Name the content folder itself.");
            content = null;
            return false;
        }

        if (!content.HasContent)
        {
            console.Error.WriteLine($"'{path}' has no content files (statement.json, <language>.md, signatories.json, strings.json).");
            content = null;
            return false;
        }

        return true;
    }

    /// <summary>Only real cultures count: 'xx-nonsense' is an error, not a silent fallback to English.</summary>
    private static bool TryCulture(string? name, CliConsole console, out CultureInfo culture)
    {
        culture = CultureInfo.CurrentUICulture;
        if (name is null)
        {
            return true;
        }

        try
        {
            culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            if (culture.Name.Length > 0)
            {
                return true;
            }
        }
        catch (CultureNotFoundException)
        {
        }

        console.Error.WriteLine($"Unknown culture '{name}'. Use a culture name such as 'en', 'ru' or 'ru-KZ'.");
        return false;
    }

    /// <summary>
    /// The statements to show: a folder's (built with the generator's code; its errors are printed and fail the
    /// command), else ./content when it has content, else the statements compiled into this tool.
    /// </summary>
    /// <returns>Null when loaded; else the exit code: <see cref="Usage"/> for a missing folder, <see cref="ContentErrors"/> for content errors or an unknown id.</returns>
    private static int? LoadStatements(string? folder, string? id, CliConsole console, out IReadOnlyList<Statement> statements)
    {
        statements = Statements.All;
        ContentFolder? content = folder is null && Directory.Exists("content") ? ContentFolder.Load("content") : null;
        if (folder is null && content?.HasContent != true)
        {
            console.Error.WriteLine(CarriedContentNote());
        }
        else
        {
            if (content is null && !TryFolder(folder!, console, out content))
            {
                return Usage;
            }

            if (content.HasErrors)
            {
                console.WriteErrors(content);
                return ContentErrors;
            }

            statements = content.Statements;
        }

        if (id is not null)
        {
            Statement? found = statements.FirstOrDefault(s => s.Id == id);
            if (found is null)
            {
                console.Error.WriteLine($"No statement has the id '{id}'. Run 'statement list' to see the ids.");
                return ContentErrors;
            }

            statements = new[] { found };
        }

        return null;
    }
}
