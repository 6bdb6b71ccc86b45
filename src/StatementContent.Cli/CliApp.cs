using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Reflection;

namespace StatementContent.Cli;

/// <summary>
/// The <c>statement</c> command line (System.CommandLine), composed: the root command with <c>--version</c>, and
/// the commands of <see cref="Commands"/>, each defined beside its action in <c>Commands/&lt;Name&gt;Command.cs</c>.
/// Exit codes are <see cref="ExitCodes"/>; content is read through <see cref="ContentLoading"/>.
/// </summary>
internal static class CliApp
{
    /// <summary>Every command, in the order help lists them. A new command is a file in Commands/ and a line here.</summary>
    public static readonly IReadOnlyList<Func<CliConsole, Command>> Commands = new Func<CliConsole, Command>[]
    {
        ShowCommand.Create,
        ListCommand.Create,
        ValidateCommand.Create,
        LintCommand.Create,
        DiffCommand.Create,
        ExportCommand.Create,
        LockCommand.Create,
        TranslationsCommand.Create,
    };

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
                return ExitCodes.Usage;
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

            return ExitCodes.ContentErrors;
        }
    }

    /// <summary>The tool's version and the version of the content compiled into it.</summary>
    public static string VersionText()
    {
        string tool = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        return $"statement {tool}\n{ContentLoading.CarriedContentVersion()}";
    }

    /// <summary>The root command: <c>--version</c>, and every command of <see cref="Commands"/> writing to <paramref name="console"/>.</summary>
    public static RootCommand Build(CliConsole console)
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
                return ExitCodes.Ok;
            }

            console.Error.WriteLine("Name a command; run 'statement --help' for the list.");
            return ExitCodes.Usage;
        });

        foreach (Func<CliConsole, Command> create in Commands)
        {
            root.Subcommands.Add(create(console));
        }

        return root;
    }
}
