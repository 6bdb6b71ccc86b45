namespace StatementContent.Cli.Translations;

/// <summary>
/// The stable key of each translatable text: PO <c>msgctxt</c> and XLIFF <c>unit id</c> alike. Built from the
/// ids the content already has (statement, party and UI string ids, a paragraph's number), never from a position
/// in a file, so a key survives reformatting and parties moving between groups. The parts are joined with '.',
/// not '/': an XLIFF 2.0 id is an XML NMTOKEN, which has no '/', and no content id has a '.'.
/// </summary>
internal static class TranslationKeys
{
    public static string Title(string statement) => $"statement.{statement}.title";

    public static string Publisher(string statement) => $"statement.{statement}.publisher";

    /// <param name="number">One-based, as the lock and the diagnostics count paragraphs.</param>
    public static string Paragraph(string statement, int number) => $"statement.{statement}.paragraph.{number}";

    /// <summary>A party's name: by the party's id within its statement, not its group (a move keeps the key).</summary>
    public static string PartyName(string statement, string party) => $"statement.{statement}.party.{party}.name";

    public static string UiString(string key) => $"string.{key}";
}
