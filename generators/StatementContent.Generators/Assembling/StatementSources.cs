using System.Collections.Generic;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Assembling;

/// <summary>A statement's emit model, and where its id is declared (for diagnostics about the whole statement).</summary>
/// <param name="Sources">The parsed files it was made from, for diagnostics that point into them (the content lock's).</param>
internal sealed record AssembledStatement(StatementModel Model, string Path, FileSpan IdSpan, StatementSources Sources);

/// <summary>The parsed files of one statement folder: where each text, party and name is.</summary>
/// <param name="Texts">The language files, English first, then by language.</param>
internal sealed record StatementSources(
    string MetadataPath,
    MetadataDoc Metadata,
    IReadOnlyList<(string Path, TextDoc Doc)> Texts,
    string? SignatoriesPath,
    SignatoriesDoc? Signatories);
