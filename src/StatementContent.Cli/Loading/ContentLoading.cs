using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using StatementContent.Published;

namespace StatementContent.Cli;

/// <summary>
/// How a command gets its content, with the messages and exit codes every command shares: a content folder read
/// as a build reads it (<see cref="ContentFolder"/>), or the statements this tool carries.
/// </summary>
internal static class ContentLoading
{
    /// <summary>The version of the content compiled into the tool, as <c>content version 3 (hash)</c>.</summary>
    public static string CarriedContentVersion()
    {
        ContentVersionAttribute? content = typeof(Statement).Assembly.GetCustomAttribute<ContentVersionAttribute>();
        return $"content version {content?.Version ?? "unknown"} ({content?.ContentHash ?? "no hash"})";
    }

    /// <summary>What show, list and export say on stderr when they show the statements the tool carries.</summary>
    public static string CarriedContentNote() =>
        $"No content folder given, and no content in ./content: showing the statements this tool carries ({CarriedContentVersion()}).";

    /// <summary>Whether <paramref name="path"/> is a folder; if not, says so on <paramref name="error"/> (a usage error).</summary>
    public static bool IsFolder(string path, TextWriter error)
    {
        if (Directory.Exists(path))
        {
            return true;
        }

        error.WriteLine($"No content folder '{path}'.");
        return false;
    }

    /// <summary>
    /// A content folder read by the tool's file rule; false (the reason on stderr, a usage error) when it is not
    /// there, is too large to be a content folder, or has no content file. Its content errors are the caller's to report.
    /// </summary>
    public static bool TryFolder(string path, CliConsole console, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ContentFolder? content)
    {
        content = null;
        if (!IsFolder(path, console.Error))
        {
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

    /// <summary>
    /// The statements to show: a folder's (built with the generator's code; its errors are printed and fail the
    /// command), else ./content when it has content, else the statements compiled into this tool.
    /// </summary>
    /// <returns>Null when loaded; else the exit code: <see cref="ExitCodes.Usage"/> for a missing folder, <see cref="ExitCodes.ContentErrors"/> for content errors or an unknown id.</returns>
    public static int? LoadStatements(string? folder, string? id, CliConsole console, out IReadOnlyList<Statement> statements)
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
                return ExitCodes.Usage;
            }

            if (content.HasErrors)
            {
                console.WriteErrors(content);
                return ExitCodes.ContentErrors;
            }

            statements = content.Statements;
        }

        if (id is not null)
        {
            Statement? found = statements.FirstOrDefault(s => s.Id == id);
            if (found is null)
            {
                console.Error.WriteLine($"No statement has the id '{id}'. Run 'statement list' to see the ids.");
                return ExitCodes.NotFound;
            }

            statements = new[] { found };
        }

        return null;
    }
}
