using StatementContent.Generators.Model;

namespace StatementContent.Generators.Lint;

/// <summary>lint.baseline: the acknowledged lint findings.</summary>
internal sealed record LintBaselineDoc(EquatableArray<BaselineEntry> Entries);

/// <param name="File">Relative to the baseline's folder, with '/'.</param>
/// <param name="Excerpt">The text around the finding, as <c>LintFinding.Excerpt</c>.</param>
internal sealed record BaselineEntry(string Id, string File, string Excerpt);
