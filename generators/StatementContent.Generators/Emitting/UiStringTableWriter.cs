using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Emitting;

/// <summary>
/// The UI strings' table, a private class nested in <c>UiStrings</c>: every key and text in one string literal
/// (<c>Data</c>), their lengths and languages in another (<c>Layout</c>), and constant-size code that makes a
/// string's <c>LocalizedText</c> on its first read (kept, one per string) and fills a format's parts.
/// </summary>
/// <remarks>
/// Why this shape: a literal costs the compiler a few operations per character, where a member, a statement, an
/// array element or a switch case costs it nodes to bind, analyse and emit, so the code the compiler binds and the
/// runtime compiles does not grow with the content (docs/benchmarks.md, UI strings at scale).
/// <c>Layout</c> is a list of numbers, each written as characters: a number below 0x4000 is one character,
/// 0x20 more than the number; a larger one starts with characters of 0x8000 and up, each carrying 14 bits, lowest
/// first. One record per string in content order, then one per format:
/// <list type="bullet">
/// <item>a string: its key's length, its number of languages, then per language: the language (its index in
/// <c>Languages</c>), flags (1: added by the project, 2: a stale translation) and the text's length. In <c>Data</c>
/// the key, then the texts;</item>
/// <item>a format: its key's length, its number of parameters and each one's name's length (in <c>Data</c> the key,
/// then the names, as declared), its number of languages, then per language: the language, its number of forms, and per form: the
/// plural category (an index in <c>Categories</c>), the number of parts and each part: an even number is a literal of
/// half that many characters (the literals follow one another in <c>Data</c>), an odd one the parameter
/// (number - 1) / 2: 0 the count, 1 and up the string arguments.</item>
/// </list>
/// <c>Order</c> lists the strings' numbers in the ordinal order of their keys, for <c>Find</c>'s binary search: two
/// characters each, the low 14 bits and the rest, each 0x20 more.
/// </remarks>
internal static class UiStringTableWriter
{
    /// <summary>Its name has an underscore, which no UI key can have, so it needs no reserving.</summary>
    public const string ClassName = "Strings_Table";

    private const int AddedFlag = 1;
    private const int StaleFlag = 2;

    /// <summary>The plural categories in the order the layout numbers them; <c>other</c> last.</summary>
    private static readonly string[] Categories = { "zero", "one", "two", "few", "many", "other" };

    public static void Write(SourceWriter w, UiStringsModel strings)
    {
        OutputOptions options = strings.Options;
        string text = GeneratedFile.Runtime + "LocalizedText";
        var data = new StringBuilder();
        var layout = new StringBuilder();
        var languages = new List<string>();
        int Language(string language)
        {
            int index = languages.IndexOf(language);
            if (index < 0)
            {
                languages.Add(language);
                index = languages.Count - 1;
            }

            return index;
        }

        foreach (UiStringModel entry in strings.Strings)
        {
            Record(entry, data, layout, Language);
        }

        foreach (UiFormatModel format in strings.Formats)
        {
            Record(format, data, layout, Language);
        }

        // Two characters a number, so Find reads the middle one at once: 14 bits in each, 0x20 more.
        var order = new StringBuilder();
        foreach (int index in Enumerable.Range(0, strings.Strings.Count).OrderBy(i => strings.Strings[i].Key, System.StringComparer.Ordinal))
        {
            order.Append((char)(0x20 + (index & 0x3FFF))).Append((char)(0x20 + (index >> 14)));
        }

        string nullableText = GeneratedFile.Nullable(options, text);
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open($"private static class {ClassName}");
        w.Line($"private const int StringCount = {Number(strings.Strings.Count)};");
        w.Line();
        w.Line($"private const int FormatCount = {Number(strings.Formats.Count)};");
        w.Line();
        w.StartLine("private static string Data => ").Literal(data.ToString()).EndLine(";");
        w.Line();
        w.StartLine("private static string Layout => ").Literal(layout.ToString()).EndLine(";");
        w.Line();
        w.StartLine("private static string Order => ").Literal(order.ToString()).EndLine(";");
        w.Line();
        w.Line($"private static readonly string[] Languages = {StatementEmitter.StringArray(languages)};");
        w.Line();
        w.Line($"private static readonly {GeneratedFile.Runtime}PluralCategory[] Categories = new {GeneratedFile.Runtime}PluralCategory[] {{ {string.Join(", ", Categories.Select(c => GeneratedFile.Runtime + "PluralCategory." + char.ToUpperInvariant(c[0]) + c.Substring(1)))} }};");
        w.Line();
        w.Line("// Per record (the strings', then the formats'): where it starts in Layout and where its text starts in Data.");
        w.Line("private static readonly int[] Starts = Scan();");
        w.Line();
        w.Line($"private static readonly {nullableText}[] Texts = new {nullableText}[StringCount];");
        w.Line();
        w.Line($"private static readonly {nullableText}[] FormatLanguages = new {nullableText}[FormatCount];");
        w.Line();
        w.Raw(Code(options, text, nullableText));
        w.Close();
    }

    /// <summary>
    /// The characters a string adds to the table's literals (its share of <c>Data</c>, <c>Layout</c> and <c>Order</c>):
    /// what the literal budget counts, from the same code that writes them.
    /// </summary>
    public static long Characters(UiStringModel entry)
    {
        var data = new StringBuilder();
        var layout = new StringBuilder();
        Record(entry, data, layout, _ => 0);
        return data.Length + layout.Length + 2;
    }

    /// <summary>The characters a format adds to the table's literals.</summary>
    public static long Characters(UiFormatModel format)
    {
        var data = new StringBuilder();
        var layout = new StringBuilder();
        Record(format, data, layout, _ => 0);
        return data.Length + layout.Length;
    }

    private static void Record(UiStringModel entry, StringBuilder data, StringBuilder layout, System.Func<string, int> language)
    {
        Number(layout, entry.Key.Length);
        Number(layout, entry.Text.Values.Count);
        data.Append(entry.Key);
        foreach (LocalizedValue value in entry.Text.Values)
        {
            Number(layout, language(value.Language));
            Number(layout, (value.AddedByProject ? AddedFlag : 0) | (value.Stale ? StaleFlag : 0));
            Number(layout, value.Text.Length);
            data.Append(value.Text);
        }
    }

    private static void Record(UiFormatModel format, StringBuilder data, StringBuilder layout, System.Func<string, int> language)
    {
        string[] others = format.Parameters.Where(p => p != UiFormatModel.CountParameter).ToArray();
        Number(layout, format.Key.Length);
        data.Append(format.Key);
        Number(layout, format.Parameters.Count);
        foreach (string parameter in format.Parameters)
        {
            Number(layout, parameter.Length);
            data.Append(parameter);
        }

        Number(layout, format.Languages.Count);
        foreach (LanguageFormsModel forms in format.Languages)
        {
            Number(layout, language(forms.Language));
            Number(layout, forms.Forms.Count);
            foreach (FormModel form in forms.Forms)
            {
                Number(layout, System.Array.IndexOf(Categories, form.Category));
                Number(layout, form.Parts.Count);
                foreach (PatternPart part in form.Parts)
                {
                    if (!part.IsParameter)
                    {
                        Number(layout, 2 * part.Text.Length);
                        data.Append(part.Text);
                    }
                    else
                    {
                        Number(layout, part.Text == UiFormatModel.CountParameter ? 1 : (2 * (System.Array.IndexOf(others, part.Text) + 1)) + 1);
                    }
                }
            }
        }
    }

    /// <summary>Appends <paramref name="value"/> (not negative) as <see cref="UiStringTableWriter"/> describes.</summary>
    private static void Number(StringBuilder layout, int value)
    {
        while (value >= 0x4000)
        {
            layout.Append((char)(0x8000 + (value & 0x3FFF)));
            value >>= 14;
        }

        layout.Append((char)(0x20 + value));
    }

    /// <summary>The table's code: the same for every content but for the names of its types.</summary>
    private static string Code(OutputOptions options, string text, string nullableText)
    {
        string code = """
            /// <summary>The string with this number (in content order), made on its first read and kept: two first readers may both make it, every reader gets the one kept.</summary>
            internal static TEXT Text(int index)
            {
                NULLABLE_TEXT text = Texts[index];
                if (text == null)
                {
                    TEXT made = Make(index);
                    text = global::System.Threading.Interlocked.CompareExchange(ref Texts[index], made, null) ?? made;
                }

                return text;
            }

            internal static NULLABLE_TEXT Find(string key)
            {
                if (key == null)
                {
                    return null;
                }

                string order = Order;
                int low = 0;
                int high = StringCount - 1;
                while (low <= high)
                {
                    int middle = low + ((high - low) >> 1);
                    int index = (order[2 * middle] - 0x20) | ((order[(2 * middle) + 1] - 0x20) << 14);
                    int compared = CompareKey(key, index);
                    if (compared == 0)
                    {
                        return Text(index);
                    }

                    if (compared < 0)
                    {
                        high = middle - 1;
                    }
                    else
                    {
                        low = middle + 1;
                    }
                }

                return null;
            }

            internal static DICTIONARY All => AllHolder.Value;

            /// <summary>The format with this number: its language by the fallback rule, its form by the plural rules, its parts joined.</summary>
            internal static string Format(int index, global::System.Globalization.CultureInfo culture, global::StatementContent.FormatNumber count, NULLABLE_ARGUMENTS arguments)
            {
                string layout = Layout;
                int position = Starts[2 * (StringCount + index)];
                int at = Starts[(2 * (StringCount + index)) + 1];
                SkipHeader(layout, ref position, ref at);
                string chosen = FormatLanguagesOf(index).Get(culture);
                int languageCount = Read(layout, ref position);
                int first = position;
                int firstAt = at;
                for (int l = 0; l < languageCount; l++)
                {
                    int start = position;
                    int startAt = at;
                    string language = Languages[Read(layout, ref position)];
                    int forms = Read(layout, ref position);
                    if (string.Equals(language, chosen, global::System.StringComparison.Ordinal))
                    {
                        return Fill(start, startAt, culture, count, arguments);
                    }

                    SkipForms(layout, forms, ref position, ref at);
                }

                return Fill(first, firstAt, culture, count, arguments);
            }

            /// <summary>The text of one language of a format: the form of the count's plural category, else its "other" form.</summary>
            private static string Fill(int position, int at, global::System.Globalization.CultureInfo culture, global::StatementContent.FormatNumber count, NULLABLE_ARGUMENTS arguments)
            {
                const int other = 5;
                string layout = Layout;
                string language = Languages[Read(layout, ref position)];
                int forms = Read(layout, ref position);
                int form = position;
                int formAt = at;
                if (forms > 1 || Read(layout, ref form) != other)
                {
                    global::StatementContent.PluralCategory category = count.CategoryIn(language);
                    int chosen = position;
                    int chosenAt = at;
                    bool found = false;
                    for (int f = 0; f < forms; f++)
                    {
                        int start = position;
                        int startAt = at;
                        int code = Read(layout, ref position);
                        if (Categories[code] == category)
                        {
                            chosen = start;
                            chosenAt = startAt;
                            break;
                        }

                        if (code == other && !found)
                        {
                            chosen = start;
                            chosenAt = startAt;
                            found = true;
                        }

                        position = start;
                        SkipForms(layout, 1, ref position, ref at);
                    }

                    form = chosen;
                    formAt = chosenAt;
                }
                else
                {
                    form = position;
                }

                Read(layout, ref form);
                int parts = Read(layout, ref form);
                string data = Data;
                var result = new global::System.Text.StringBuilder();
                for (int k = 0; k < parts; k++)
                {
                    int part = Read(layout, ref form);
                    if ((part & 1) == 0)
                    {
                        result.Append(data, formAt, part >> 1);
                        formAt += part >> 1;
                    }
                    else if (part == 1)
                    {
                        result.Append(count.ToString(culture)); // FormatNumber: the reader's number format, the digits the plural operands count
                    }
                    else
                    {
                        result.Append(ARGUMENTS[(part >> 1) - 1] ?? "");
                    }
                }

                return result.ToString();
            }

            /// <summary>Moves past a format's key and parameter names, in Layout and in Data.</summary>
            private static void SkipHeader(string layout, ref int position, ref int at)
            {
                at += Read(layout, ref position);
                int parameters = Read(layout, ref position);
                for (int p = 0; p < parameters; p++)
                {
                    at += Read(layout, ref position);
                }
            }

            /// <summary>Moves past <paramref name="forms"/> forms, and past their literals in Data.</summary>
            private static void SkipForms(string layout, int forms, ref int position, ref int at)
            {
                for (int f = 0; f < forms; f++)
                {
                    Read(layout, ref position);
                    int parts = Read(layout, ref position);
                    for (int k = 0; k < parts; k++)
                    {
                        int part = Read(layout, ref position);
                        at += (part & 1) == 0 ? part >> 1 : 0;
                    }
                }
            }

            /// <summary>A text whose texts are the format's languages: it picks one by the fallback rule, and remembers the answer per culture.</summary>
            private static TEXT FormatLanguagesOf(int index)
            {
                NULLABLE_TEXT languages = FormatLanguages[index];
                if (languages == null)
                {
                    string layout = Layout;
                    int position = Starts[2 * (StringCount + index)];
                    int ignored = 0;
                    SkipHeader(layout, ref position, ref ignored);
                    var names = new string[Read(layout, ref position)];
                    for (int l = 0; l < names.Length; l++)
                    {
                        names[l] = Languages[Read(layout, ref position)];
                        SkipForms(layout, Read(layout, ref position), ref position, ref ignored);
                    }

                    TEXT made = new TEXT(names, names, FALLBACKS);
                    languages = global::System.Threading.Interlocked.CompareExchange(ref FormatLanguages[index], made, null) ?? made;
                }

                return languages;
            }

            private static TEXT Make(int index)
            {
                string layout = Layout;
                string data = Data;
                int position = Starts[2 * index];
                int at = Starts[(2 * index) + 1] + Read(layout, ref position);
                int count = Read(layout, ref position);
                var languages = new string[count];
                var texts = new string[count];
                NULLABLE_LIST added = null;
                NULLABLE_LIST stale = null;
                for (int l = 0; l < count; l++)
                {
                    languages[l] = Languages[Read(layout, ref position)];
                    int flags = Read(layout, ref position);
                    int length = Read(layout, ref position);
                    texts[l] = data.Substring(at, length);
                    at += length;
                    if ((flags & 1) != 0)
                    {
                        (added = added ?? new global::System.Collections.Generic.List<string>()).Add(languages[l]);
                    }

                    if ((flags & 2) != 0)
                    {
                        (stale = stale ?? new global::System.Collections.Generic.List<string>()).Add(languages[l]);
                    }
                }

                return new TEXT(languages, texts, FALLBACKS, added == null ? null : added.ToArray(), stale == null ? null : stale.ToArray());
            }

            /// <summary>The key against the key of the string with this number, ordinally (as the generator sorted them).</summary>
            private static int CompareKey(string key, int index)
            {
                int position = Starts[2 * index];
                int length = Read(Layout, ref position);
                int start = Starts[(2 * index) + 1];
                string data = Data;
                int common = key.Length < length ? key.Length : length;
                for (int i = 0; i < common; i++)
                {
                    int difference = key[i] - data[start + i];
                    if (difference != 0)
                    {
                        return difference;
                    }
                }

                return key.Length - length;
            }

            /// <summary>The number at <paramref name="position"/> in a list of numbers (see Layout), moving past it.</summary>
            private static int Read(string numbers, ref int position)
            {
                int value = 0;
                int shift = 0;
                char c = numbers[position++];
                while (c >= (char)0x8000)
                {
                    value |= (c - 0x8000) << shift;
                    shift += 14;
                    c = numbers[position++];
                }

                return value | ((c - 0x20) << shift);
            }

            private static int[] Scan()
            {
                string layout = Layout;
                var starts = new int[2 * (StringCount + FormatCount)];
                int position = 0;
                int at = 0;
                for (int i = 0; i < StringCount + FormatCount; i++)
                {
                    starts[2 * i] = position;
                    starts[(2 * i) + 1] = at;
                    if (i < StringCount)
                    {
                        at += Read(layout, ref position);
                        int count = Read(layout, ref position);
                        for (int l = 0; l < count; l++)
                        {
                            Read(layout, ref position);
                            Read(layout, ref position);
                            at += Read(layout, ref position);
                        }
                    }
                    else
                    {
                        SkipHeader(layout, ref position, ref at);
                        int languages = Read(layout, ref position);
                        for (int l = 0; l < languages; l++)
                        {
                            Read(layout, ref position);
                            SkipForms(layout, Read(layout, ref position), ref position, ref at);
                        }
                    }
                }

                return starts;
            }

            internal static FORMATS Formats => FormatsHolder.Value;

            /// <summary>Built on first use of Formats: per format its key, parameters and pattern (each language's "other" form, written as in the content).</summary>
            private static class FormatsHolder
            {
                internal static readonly FORMATS Value = Build();

                private static FORMATS Build()
                {
                    string layout = Layout;
                    string data = Data;
                    var formats = new global::System.Collections.Generic.Dictionary<string, global::StatementContent.UiFormat>(FormatCount, global::System.StringComparer.Ordinal);
                    for (int i = 0; i < FormatCount; i++)
                    {
                        int position = Starts[2 * (StringCount + i)];
                        int at = Starts[(2 * (StringCount + i)) + 1];
                        int keyLength = Read(layout, ref position);
                        string key = data.Substring(at, keyLength);
                        at += keyLength;
                        var parameters = new string[Read(layout, ref position)];
                        var others = new global::System.Collections.Generic.List<string>();
                        for (int p = 0; p < parameters.Length; p++)
                        {
                            int length = Read(layout, ref position);
                            parameters[p] = data.Substring(at, length);
                            at += length;
                            if (parameters[p] != global::StatementContent.UiFormat.CountParameter)
                            {
                                others.Add(parameters[p]);
                            }
                        }

                        var languages = new string[Read(layout, ref position)];
                        var patterns = new string[languages.Length];
                        for (int l = 0; l < languages.Length; l++)
                        {
                            languages[l] = Languages[Read(layout, ref position)];
                            int forms = Read(layout, ref position);
                            for (int f = 0; f < forms; f++)
                            {
                                bool other = Read(layout, ref position) == 5;
                                var pattern = new global::System.Text.StringBuilder();
                                int parts = Read(layout, ref position);
                                for (int k = 0; k < parts; k++)
                                {
                                    int part = Read(layout, ref position);
                                    for (int c = 0; (part & 1) == 0 && c < part >> 1; c++)
                                    {
                                        char literal = data[at++];
                                        pattern.Append(literal);
                                        if (literal == '{' || literal == '}')
                                        {
                                            pattern.Append(literal); // written as the content writes a literal brace
                                        }
                                    }

                                    if ((part & 1) != 0)
                                    {
                                        pattern.Append('{').Append(part == 1 ? global::StatementContent.UiFormat.CountParameter : others[(part >> 1) - 1]).Append('}');
                                    }
                                }

                                if (other || patterns[l] == null)
                                {
                                    patterns[l] = pattern.ToString(); // the "other" form; a format has one
                                }
                            }
                        }

                        formats.Add(key, new Format_Entry(key, parameters, new TEXT(languages, patterns, FALLBACKS), i));
                    }

                    return new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, global::StatementContent.UiFormat>(formats);
                }
            }

            /// <summary>A format for a localizer: formats through the table, as the format's method does.</summary>
            private sealed class Format_Entry : global::StatementContent.UiFormat
            {
                private readonly int _index;

                internal Format_Entry(string key, string[] parameters, TEXT pattern, int index)
                    : base(key, parameters, pattern)
                {
                    _index = index;
                }

                public override string Format(global::System.Globalization.CultureInfo culture, global::StatementContent.FormatNumber count, NULLABLE_ARGUMENTS arguments) =>
                    Strings_Table.Format(_index, culture, count, arguments);
            }

            /// <summary>Built on first use of All, not with the table: reading one string makes one text.</summary>
            private static class AllHolder
            {
                internal static readonly DICTIONARY Value = Build();

                private static DICTIONARY Build()
                {
                    var all = new global::System.Collections.Generic.Dictionary<string, TEXT>(StringCount, global::System.StringComparer.Ordinal);
                    for (int i = 0; i < StringCount; i++)
                    {
                        int position = Starts[2 * i];
                        all.Add(Data.Substring(Starts[(2 * i) + 1], Read(Layout, ref position)), Text(i));
                    }

                    return new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, TEXT>(all);
                }
            }

            """;
        return Indented(code
            .Replace("NULLABLE_TEXT", nullableText)
            .Replace("NULLABLE_ARGUMENTS", GeneratedFile.Nullable(options, GeneratedFile.Nullable(options, "string") + "[]"))
            .Replace("NULLABLE_LIST", GeneratedFile.Nullable(options, "global::System.Collections.Generic.List<string>"))
            .Replace("FORMATS", $"global::System.Collections.Generic.IReadOnlyDictionary<string, {GeneratedFile.Runtime}UiFormat>")
            .Replace("DICTIONARY", $"global::System.Collections.Generic.IReadOnlyDictionary<string, {text}>")
            .Replace("FALLBACKS", ContentLanguagesEmitter.FallbacksReference(options))
            .Replace("ARGUMENTS", options.NullableAnnotations ? "arguments!" : "arguments")
            .Replace("TEXT", text), 3);
    }

    private static string Indented(string code, int levels)
    {
        string indent = new(' ', levels * 4);
        return string.Join("\n", code.Split('\n').Select(line => line.Length == 0 ? line : indent + line));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
