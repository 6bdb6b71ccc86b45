namespace StatementContent.Generators.Model;

/// <summary>
/// The assembly stage's result: what each emit step needs, plus every diagnostic so far (parse, settings and
/// cross-file). When the content or the settings have an error that generated code would only repeat as
/// compiler errors (an invalid namespace, a literal budget past the compiler's limit), the emit models are empty.
/// </summary>
internal sealed record ContentAssembly(
    EquatableArray<StatementModel> Statements,
    StatementIndexModel Index,
    UiStringsModel Strings,
    LanguagesModel Languages,
    ContentHashesModel Hashes,
    RuntimeModel Runtime,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Nothing to emit: only the diagnostics.</summary>
    public static ContentAssembly Nothing(OutputOptions options, EquatableArray<DiagnosticInfo> diagnostics) => new(
        EquatableArray<StatementModel>.Empty,
        new StatementIndexModel(options, EquatableArray<StatementIndexEntry>.Empty),
        new UiStringsModel(options, EquatableArray<UiStringModel>.Empty, EquatableArray<UiFormatModel>.Empty),
        new LanguagesModel(options, EquatableArray<string>.Empty, EquatableArray<FallbackModel>.Empty),
        new ContentHashesModel(options, "", "", EquatableArray<HashConstant>.Empty, 0),
        new RuntimeModel(false, options),
        diagnostics);
}
