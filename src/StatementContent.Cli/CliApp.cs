using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace StatementContent.Cli;

/// <summary>The command line: <c>show</c>, <c>list</c>, <c>lock</c>, <c>help</c>. Returns the process exit code.</summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int NotFound = 1;
    public const int Usage = 2;

    private const string HelpText =
        """
        statement — the compiled joint statements, in your language

        Usage:
          statement show [--culture <name>] [--statement <id>]
              Prints the title, every paragraph and the signatories. Without --culture, the current
              UI culture is used; a culture with no text falls back to its parent, then English.
          statement list
              Lists the statements: id, publication date, English title.
          statement lock [folder] [--check] [--confirm-translations]
              Records the content (default folder: content) as reviewed in content.lock, printing
              what changed since the lock was written; --check only reports (exit 1 when the lock
              is not up to date); --confirm-translations marks stale translations as checked.
          statement help

        Examples:
          statement show --culture ru
          statement show --culture ru-KZ --statement central-asia-ideology-ban
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 0 || args[0] is "help" or "--help" or "-h" or "-?")
        {
            output.WriteLine(HelpText);
            return args.Count == 0 ? Usage : Ok;
        }

        if (args[0] == "lock")
        {
            return LockCommand.Run(args.Skip(1).ToList(), output, error);
        }

        if (!TryReadOptions(args, error, out Dictionary<string, string> options))
        {
            return Usage;
        }

        switch (args[0])
        {
            case "show":
                return Show(options, output, error);
            case "list" when options.Count == 0:
                foreach (Statement statement in Statements.All)
                {
                    output.WriteLine($"{statement.Id}  {statement.Published:yyyy-MM-dd}  {statement.Title.En}");
                }

                return Ok;
            case "list":
                error.WriteLine("'list' takes no options. Run 'statement help' for usage.");
                return Usage;
            default:
                error.WriteLine($"Unknown command '{args[0]}'. Run 'statement help' for usage.");
                return Usage;
        }
    }

    private static int Show(Dictionary<string, string> options, TextWriter output, TextWriter error)
    {
        CultureInfo culture = CultureInfo.CurrentUICulture;
        if (options.TryGetValue("--culture", out string? name) && !TryGetCulture(name, out culture))
        {
            error.WriteLine($"Unknown culture '{name}'. Use a culture name such as 'en', 'ru' or 'ru-KZ'.");
            return Usage;
        }

        IReadOnlyList<Statement> statements = Statements.All;
        if (options.TryGetValue("--statement", out string? id))
        {
            Statement? found = Statements.Find(id);
            if (found is null)
            {
                error.WriteLine($"No statement has the id '{id}'. Run 'statement list' to see the ids.");
                return NotFound;
            }

            statements = new[] { found };
        }

        for (int i = 0; i < statements.Count; i++)
        {
            if (i > 0)
            {
                output.WriteLine();
                output.WriteLine(new string('-', 72));
                output.WriteLine();
            }

            if (statements[i].Title.IsFallbackFor(culture))
            {
                error.WriteLine($"Statement '{statements[i].Id}' has no text in '{culture.Name}'; showing '{statements[i].Title.ResolveLanguage(culture)}'.");
            }

            StatementRenderer.Render(statements[i], culture, output);
        }

        return Ok;
    }

    private static bool TryReadOptions(IReadOnlyList<string> args, TextWriter error, out Dictionary<string, string> options)
    {
        options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 1; i < args.Count; i++)
        {
            string arg = args[i];
            string? value = null;
            int equals = arg.IndexOf('=');
            if (equals > 0)
            {
                value = arg.Substring(equals + 1);
                arg = arg.Substring(0, equals);
            }

            if (arg is not ("--culture" or "--statement"))
            {
                error.WriteLine($"Unknown option '{args[i]}'. Run 'statement help' for usage.");
                return false;
            }

            if (value is null)
            {
                if (i + 1 >= args.Count)
                {
                    error.WriteLine($"Option '{arg}' needs a value.");
                    return false;
                }

                value = args[++i];
            }

            options[arg] = value;
        }

        return true;
    }

    /// <summary>Only real cultures count: 'xx-nonsense' is an error, not a silent fallback to English.</summary>
    private static bool TryGetCulture(string name, out CultureInfo culture)
    {
        culture = CultureInfo.InvariantCulture;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        try
        {
            culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            return culture.Name.Length > 0;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
