using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;

namespace StatementContent.Cli;

/// <summary>The arguments and options several commands share, defined once so they read and fail alike.</summary>
internal static class CommandOptions
{
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

    /// <summary>
    /// A file the command reads: an empty name is no file (the path APIs throw on it), and a name that looks like an
    /// option is a mistyped option, not a file called '--dry-rn'.
    /// </summary>
    public static Argument<string> FileArgument(string name, string description)
    {
        var file = new Argument<string>(name) { Description = description };
        file.Validators.Add(result => CheckFileName(result.Tokens.Count > 0 ? result.Tokens[0].Value : null, result.AddError, optionLike: true));
        return file;
    }

    /// <summary>An option naming a file the command writes (<c>--output</c>): its value may not be empty.</summary>
    public static Option<string?> FileOption(string name, string description)
    {
        var file = new Option<string?>(name) { Description = description };
        file.Validators.Add(result => CheckFileName(result.Tokens.Count > 0 ? result.Tokens[0].Value : null, result.AddError, optionLike: false));
        return file;
    }

    private static void CheckFileName(string? value, Action<string> error, bool optionLike)
    {
        if (value is { Length: 0 })
        {
            error("A file name cannot be empty.");
        }
        else if (optionLike && value is not null && value.StartsWith("-", StringComparison.Ordinal))
        {
            error($"Unknown option '{value}'.");
        }
    }

    public static Option<string> FormatOption(string @default, params string[] formats)
    {
        var option = new Option<string>("--format") { Description = "Output format: " + string.Join(", ", formats.Distinct()) + ".", DefaultValueFactory = _ => @default };
        option.AcceptOnlyFromAmong(formats.Distinct().ToArray());
        return option;
    }

    public static Option<string?> CultureOption() =>
        new("--culture") { Description = "A culture name such as en, ru or ru-KZ; default: the current UI culture." };

    public static Option<string?> StatementOption() =>
        new("--statement") { Description = "Only the statement with this id." };

    /// <summary>The culture a <c>--culture</c> value names (none: the current UI culture). Only real cultures count: 'xx-nonsense' is an error, not a silent fallback to English.</summary>
    public static bool TryCulture(string? name, CliConsole console, out CultureInfo culture)
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
}
