using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using StatementContent.Generators.Diagnostics;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>The diagnostic catalog, its release tracking and its documentation agree.</summary>
public class CatalogTests
{
    [Fact]
    public void Ids_are_unique_prefixed_and_well_formed()
    {
        Assert.Equal(DiagnosticDescriptors.All.Count, DiagnosticDescriptors.All.Select(d => d.Id).Distinct().Count());
        Assert.All(DiagnosticDescriptors.All, d => Assert.Matches("^STC[0-9]{4}$", d.Id));
    }

    [Fact]
    public void Every_descriptor_is_tracked_in_the_unshipped_release_with_its_category_and_severity()
    {
        string releases = File.ReadAllText(RepoPaths.Combine("generators", "StatementContent.Generators", "AnalyzerReleases.Unshipped.md"));
        var rows = Regex.Matches(releases, @"^(STC\d{4}) \| (\S+) \| (\w+) \|", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => (Category: m.Groups[2].Value, Severity: m.Groups[3].Value));
        Assert.Equal(DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(i => i), rows.Keys.OrderBy(i => i));
        foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
        {
            Assert.Equal((descriptor.Category, descriptor.DefaultSeverity.ToString()), rows[descriptor.Id]);
        }
    }

    [Fact]
    public void Every_descriptor_is_documented_with_its_severity()
    {
        string docs = File.ReadAllText(RepoPaths.Combine("docs", "diagnostics.md"));
        foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
        {
            string severity = descriptor.DefaultSeverity == DiagnosticSeverity.Error ? "error" : "warning";
            Assert.Matches($@"\| {descriptor.Id} \| {severity} \|", docs);
            Assert.Matches($@"(?m)^## {descriptor.Id} — ", docs);
        }
    }
}
