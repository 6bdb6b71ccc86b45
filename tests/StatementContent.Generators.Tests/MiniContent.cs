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
}
