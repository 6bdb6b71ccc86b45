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

    [Theory]
    [InlineData("https://github.com/acme/statements", "https://github.com/acme/statements/blob/HEAD/docs/diagnostics.md#stc1001")]
    [InlineData("https://github.com/acme/statements.git", "https://github.com/acme/statements/blob/HEAD/docs/diagnostics.md#stc1001")]
    [InlineData("https://gitlab.example/acme/statements/", "https://gitlab.example/acme/statements/blob/HEAD/docs/diagnostics.md#stc1001")]
    [InlineData("/work/main", "")]
    [InlineData("git@github.com:acme/statements.git", "")]
    [InlineData(null, "")]
    public void Help_links_point_at_the_ID_section_of_the_repositorys_docs_or_nowhere(string? repository, string expected) =>
        Assert.Equal(expected, DiagnosticDescriptors.HelpLink("STC1001", repository));

    [Fact]
    public void Built_help_links_use_the_stamped_repository_or_are_empty()
    {
        string? stamped = typeof(DiagnosticDescriptors).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value;
        foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
        {
            Assert.Equal(DiagnosticDescriptors.HelpLink(descriptor.Id, stamped), descriptor.HelpLinkUri);
        }
    }

    [Fact]
    public void Every_descriptor_is_documented_with_its_severity()
    {
        string docs = File.ReadAllText(RepoPaths.Combine("docs", "diagnostics.md"));
        foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
        {
            string severity = descriptor.DefaultSeverity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "info" };
            Assert.Matches($@"\| {descriptor.Id} \| {severity} \|", docs);
            Assert.Matches($@"(?m)^<a id=""{descriptor.Id.ToLowerInvariant()}""></a>\n\n## {descriptor.Id} — ", docs);
        }
    }
}
