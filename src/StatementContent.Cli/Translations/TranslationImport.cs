namespace StatementContent.Cli.Translations;

internal static class TranslationImport
{
    public static int Run(string path, ContentFolder content, CliConsole console)
    {
        console.Error.WriteLine("not yet");
        return ExitCodes.Usage;
    }
}
