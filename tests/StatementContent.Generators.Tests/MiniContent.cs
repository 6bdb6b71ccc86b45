using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace StatementContent.Generators.Tests;

/// <summary>
/// A small valid content set (one statement in en + ru, one group, one UI string) that a test breaks in one
/// place. Paths are rooted at /c so locations in assertions read like build output.
/// </summary>
internal sealed class MiniContent
{
    public const string Metadata = "/c/s1/statement.json";
    public const string English = "/c/s1/en.md";
    public const string Russian = "/c/s1/ru.md";
    public const string Signatories = "/c/s1/signatories.json";
    public const string Strings = "/c/strings.json";

    private readonly SortedDictionary<string, string> _files = new(System.StringComparer.Ordinal)
    {
        [Metadata] = """
            {
              "id": "s-one",
              "published": "2024-01-02",
              "publisher": { "en": "Publisher", "ru": "Издатель" }
            }
            """,
        [English] = "# Title\n\nParagraph one.\n\nParagraph two.\n",
        [Russian] = "# Заголовок\n\nАбзац один.\n\nАбзац два.\n",
        [Signatories] = """
            {
              "groups": [
                {
                  "id": "g",
                  "heading": "Others",
                  "parties": [
                    { "id": "a", "name": { "en": "A", "ru": "А" }, "country": "KZ" },
                    { "id": "b", "name": { "en": "B", "ru": "Б" } }
                  ]
                }
              ]
            }
            """,
        [Strings] = """
            {
              "strings": {
                "Others": { "en": "Others", "ru": "Другие" }
              }
            }
            """,
    };

    public MiniContent With(string path, string text)
    {
        _files[path] = text;
        return this;
    }

    public string Text(string path) => _files[path];

    public MiniContent Without(string path)
    {
        _files.Remove(path);
        return this;
    }

    public IEnumerable<AdditionalText> Files => _files.Select(f => GeneratorHarness.File(f.Key, f.Value));

    public GeneratorRun Run() => GeneratorHarness.Run(Files);

    /// <summary>Where the <paramref name="occurrence"/>-th <paramref name="needle"/> starts in <paramref name="text"/>: 1-based line and column, as a build prints them.</summary>
    public static (int Line, int Column) At(string text, string needle, int occurrence = 1)
    {
        int index = -1;
        for (int i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, System.StringComparison.Ordinal);
            Xunit.Assert.True(index >= 0, $"'{needle}' occurs fewer than {occurrence} times");
        }

        int lineStart = text.LastIndexOf('\n', System.Math.Max(0, index - 1)) + 1;
        return (text.Take(index).Count(c => c == '\n') + 1, index - lineStart + 1);
    }

    /// <summary>A diagnostic's file and 1-based start, for comparing with <see cref="At"/>.</summary>
    public static (string Path, int Line, int Column) Where(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        return (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }
}
