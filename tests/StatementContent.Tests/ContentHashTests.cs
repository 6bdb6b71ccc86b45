using System;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using CsCheck;
using StatementContent.Published;
using Xunit;

namespace StatementContent.Tests;

/// <summary>
/// The hashes the generator wrote as constants (ContentHashes, [assembly: ContentVersion]) are the ones the runtime
/// API computes from the compiled content, item by item, and follow the documented canonical forms.
/// </summary>
public class ContentHashTests
{
    private static readonly Statement Real = Statements.CentralAsiaIdeologyBan;

    /// <summary>
    /// A text hashed from a builder (a block at a time, no string made) is hashed as the string is: the SHA-256 of its
    /// UTF-8 — also with a surrogate pair split by a block's end, lone surrogates (each one U+FFFD's bytes) and texts
    /// built in many chunks.
    /// </summary>
    [Fact]
    public void A_builder_is_hashed_as_its_text()
    {
        Gen<char> chars = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['\u0400', '\u04FF'], Gen.Char['\uD800', '\uDBFF'], Gen.Char['\uDC00', '\uDFFF'], Gen.Const('\n'));
        Gen.Select(chars.Array[0, 9000], Gen.Int[1, 700]).Sample((text, piece) =>
        {
            var builder = new StringBuilder();
            for (int at = 0; at < text.Length; at += piece)
            {
                builder.Append(text, at, Math.Min(piece, text.Length - at));
            }

            string expected = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(new string(text))));
            Assert.Equal(expected, ContentHashing.Of(builder));
            Assert.Equal(expected, ContentHashing.Of(new string(text)));
        }, iter: 300);

        string split = new string('a', 4095) + "\U0001F600" + new string('b', 5000);
        Assert.Equal(ContentHashing.Of(split), ContentHashing.Of(new StringBuilder(split)));
        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(Array.Empty<byte>())), ContentHashing.Of(new StringBuilder()));
    }

    [Fact]
    public void The_statement_constant_is_the_runtime_content_hash_of_its_canonical_text()
    {
        Assert.Equal(ContentHashes.CentralAsiaIdeologyBan, Real.ContentHash);
        string canonical = string.Join("\n", Real.ToSnapshotText().Split('\n').Where(line => !line.StartsWith("content-hash: ", StringComparison.Ordinal)));
        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))), Real.ContentHash);
    }

    [Fact]
    public void Every_paragraph_title_and_publisher_constant_is_the_runtime_hash_of_that_text()
    {
        foreach (string language in Real.Languages)
        {
            Assert.Equal(Constant("Title_" + Pascal(language)), Real.Title.GetContentHash(language));
            Assert.Equal(Constant("Publisher_" + Pascal(language)), Real.Publisher.GetContentHash(language));
            for (int i = 0; i < Real.Paragraphs.Count; i++)
            {
                Real.Paragraphs[i].TryGetExact(language, out string text);
                Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), Real.Paragraphs[i].GetContentHash(language));
                Assert.Equal(Constant("Paragraph" + (i + 1) + "_" + Pascal(language)), Real.Paragraphs[i].GetContentHash(language));
            }
        }

        Assert.Null(Real.Title.GetContentHash("de"));
    }

    [Fact]
    public void Every_party_constant_is_the_runtime_hash_of_that_party()
    {
        Signatory[] parties = Real.SignatoryGroups.SelectMany(g => g.Signatories).ToArray();
        Assert.All(parties, party => Assert.Equal(Constant("Party_" + Pascal(party.Id)), party.ContentHash));
        Assert.Equal(parties.Length, parties.Select(p => p.ContentHash).Distinct().Count());
    }

    [Fact]
    public void The_assembly_carries_the_content_version_and_hash()
    {
        ContentVersionAttribute attribute = typeof(Statements).Assembly.GetCustomAttribute<ContentVersionAttribute>()!;
        Assert.Equal((ContentHashes.Content_Version, ContentHashes.Content_Hash), (attribute.Version, attribute.ContentHash));
        Assert.Matches("^[1-9][0-9]*$", attribute.Version); // the shipped content has a lock
        Assert.Matches("^sha256:[0-9a-f]{64}$", attribute.ContentHash);
    }

    [Fact]
    public void Published_text_is_never_stale_and_the_shipped_translations_are_current()
    {
        LocalizedText[] texts = new[] { Real.Title, Real.Publisher }
            .Concat(Real.Paragraphs)
            .Concat(Real.SignatoryGroups.Select(g => g.Heading))
            .Concat(Real.SignatoryGroups.SelectMany(g => g.Signatories).Select(p => p.Name))
            .ToArray();
        Assert.All(texts, text => Assert.All(text.Languages, language => Assert.False(text.IsStale(language))));
    }

    private static string Constant(string suffix) =>
        (string)typeof(ContentHashes).GetField("CentralAsiaIdeologyBan_" + suffix, BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!;

    private static string Pascal(string id) => string.Concat(id.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
