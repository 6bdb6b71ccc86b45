using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Cli.Tests;

/// <summary>
/// The CLI's one command convention, checked rather than hoped for: every command <see cref="CliApp"/> registers is
/// <c>src/StatementContent.Cli/Commands/&lt;Name&gt;Command.cs</c>, a class <c>&lt;Name&gt;Command</c> whose
/// <c>Create</c> defines it beside its action; no command is defined anywhere else, and each answers <c>--help</c>.
/// The commands are read from the registry, so a new command is held to this without editing the test.
/// </summary>
public class CommandConventionTests
{
    private static readonly string CliFolder = RepoPaths.Combine("src", "StatementContent.Cli");

    private static Command[] Registered => CliApp.Build(new CliConsole(TextWriter.Null, TextWriter.Null, color: false)).Subcommands.ToArray();

    public static TheoryData<string> CommandNames => new(Registered.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Each_command_is_its_own_class_in_its_own_file_under_Commands(string name)
    {
        string className = ClassName(name);
        Type? type = typeof(CliApp).Assembly.GetType("StatementContent.Cli." + className);
        Assert.True(type is not null, $"'{name}' has no class {className}");
        MethodInfo? create = type!.GetMethod("Create", BindingFlags.Public | BindingFlags.Static, new[] { typeof(CliConsole) });
        Assert.True(create is not null && create.ReturnType == typeof(Command), $"{className} has no 'public static Command Create(CliConsole)'");
        Assert.Equal(name, ((Command)create!.Invoke(null, new object[] { new CliConsole(TextWriter.Null, TextWriter.Null, false) })!).Name);

        string file = Path.Combine(CliFolder, "Commands", className + ".cs");
        Assert.True(File.Exists(file), $"'{name}' is not defined in Commands/{className}.cs");
        string source = File.ReadAllText(file);
        Assert.Contains($"internal static class {className}", source, StringComparison.Ordinal);
        Assert.Contains($"new Command(\"{name}\"", source, StringComparison.Ordinal);
        Assert.Contains(".SetAction(", source, StringComparison.Ordinal); // the action beside the definition
    }

    [Fact]
    public void No_command_is_defined_outside_its_file_and_every_command_file_is_registered()
    {
        string[] registered = Registered.Select(c => ClassName(c.Name) + ".cs").Order(StringComparer.Ordinal).ToArray();
        var definitions = Directory.EnumerateFiles(CliFolder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path))
            .SelectMany(path => Regex.Matches(File.ReadAllText(path), @"new (Root)?Command\(").Select(match => (Path: Path.GetRelativePath(CliFolder, path).Replace('\\', '/'), match.Value)))
            .ToList();

        Assert.All(definitions.Where(d => d.Value != "new Command("), d => Assert.Equal("CliApp.cs", d.Path)); // the root, in the composition root
        Assert.Equal(
            registered.Select(file => "Commands/" + file),
            definitions.Where(d => d.Value == "new Command(").Select(d => d.Path).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(
            registered,
            Directory.EnumerateFiles(Path.Combine(CliFolder, "Commands"), "*Command.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Each_command_answers_help_with_its_usage_and_every_option(string name)
    {
        var (code, output, error) = CliTests.Run(name, "--help");

        Assert.True(code == ExitCodes.Ok, error);
        Assert.Matches($"Usage:\\n +\\S+ {name} ", output);
        Command command = Registered.Single(c => c.Name == name);
        Assert.All(command.Options.Where(o => o is not HelpOption), option => Assert.Contains(option.Name, output, StringComparison.Ordinal));
    }

    [Fact]
    public void Commands_return_the_named_exit_codes_only()
    {
        // 'return 2;' in a command would be an exit code beside ExitCodes, the one place the README's table is kept.
        var literal = new Regex(@"return\s+-?\d+\s*;");
        Assert.All(
            Directory.EnumerateFiles(Path.Combine(CliFolder, "Commands"), "*.cs").Append(Path.Combine(CliFolder, "CliApp.cs")),
            path => Assert.False(literal.IsMatch(File.ReadAllText(path)), $"{path} returns a literal exit code"));
    }

    /// <summary><c>validate</c> → <c>ValidateCommand</c>; a dashed name (<c>check-lock</c>) → <c>CheckLockCommand</c>.</summary>
    private static string ClassName(string command) =>
        string.Concat(command.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..])) + "Command";

    private static bool IsBuildOutput(string path)
    {
        string relative = Path.GetRelativePath(CliFolder, path).Replace('\\', '/');
        return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal);
    }
}
