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
    RuntimeModel Runtime,
    EquatableArray<DiagnosticInfo> Diagnostics);
