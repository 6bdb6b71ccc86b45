using System.Text;

namespace StatementContent.Generators.Emitting;

/// <summary>
/// One statement's texts as one block of UTF-8 data: a <c>u8</c> literal that the holder class exposes as a
/// <c>ReadOnlySpan&lt;byte&gt;</c>, and each text an expression decoding its slice when the text is made. One block
/// per statement, not one literal per text: each <c>u8</c> literal becomes a field of the assembly's
/// <c>&lt;PrivateImplementationDetails&gt;</c> class, and the runtime refuses a class with more than 65,535 fields
/// ("Internal limitation: too many fields"), which 1,000 statements × 10 languages would pass.
/// </summary>
internal sealed class Utf8TextData
{
    private const string Property = "Utf8";
    private const string Decoder = "Utf8Text";

    private readonly StringBuilder _texts = new();
    private int _bytes;

    /// <summary>An expression whose value is exactly <paramref name="text"/>: its slice of the block, or a string literal for text with no UTF-8 form.</summary>
    public string Add(string text)
    {
        if (!CSharpText.IsUtf8Encodable(text))
        {
            return CSharpText.Literal(text);
        }

        int length = Encoding.UTF8.GetByteCount(text);
        string expression = $"{Decoder}({_bytes}, {length})";
        _texts.Append(text);
        _bytes += length;
        return expression;
    }

    /// <summary>The block and its decoder, as members of the holder class; nothing when no text was added.</summary>
    public void WriteMembers(SourceWriter w)
    {
        if (_bytes == 0)
        {
            return;
        }

        w.Line();
        w.Line($"private static global::System.ReadOnlySpan<byte> {Property} => {CSharpText.Utf8Literal(_texts.ToString())};");
        w.Line();
        w.Line($"private static string {Decoder}(int start, int length) => global::System.Text.Encoding.UTF8.GetString({Property}.Slice(start, length));");
    }
}
