namespace StatementContent.Cli;

/// <summary>
/// The tool's exit codes, for every command (the README's table and <c>statement --help</c> name them):
/// <see cref="Ok"/>, <see cref="ContentErrors"/> (the content has errors, a lint finding is new, the lock is behind,
/// a statement id is unknown, a file the tool will not write, changes under <c>diff --exit-code</c>),
/// <see cref="Usage"/> (the command line is wrong: an unknown option, a folder that is not there, a revision git does not know).
/// </summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int ContentErrors = 1;

    /// <summary>An unknown statement id, a lock that does not record the content: content errors too.</summary>
    public const int NotFound = ContentErrors;

    public const int Usage = 2;
}
