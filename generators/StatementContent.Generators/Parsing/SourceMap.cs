using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Parsing;

/// <summary>
/// Maps positions in one content file to <see cref="FileSpan"/>s. JSON positions arrive as UTF-8 byte
/// offsets; Roslyn wants UTF-16 character offsets and line/column as an editor counts them.
/// Lives only inside the parse step: it holds a <see cref="SourceText"/>, so it never enters a model.
/// </summary>
internal sealed class SourceMap
{
    private readonly SourceText _text;
    private readonly List<int> _lineStartBytes = new() { 0 };
    private readonly List<int> _lineStartChars = new() { 0 };

    public SourceMap(string path, SourceText text, string content)
    {
        Path = path;
        _text = text;
        Content = content;
        Utf8 = Encoding.UTF8.GetBytes(content);
        int charIndex = 0;
        for (int i = 0; i < Utf8.Length; i++)
        {
            byte b = Utf8[i];
            if ((b & 0xC0) != 0x80)
            {
                // A lead byte starts a character: 4-byte sequences are two UTF-16 chars.
                charIndex += b >= 0xF0 ? 2 : 1;
            }

            if (b == (byte)'\n')
            {
                _lineStartBytes.Add(i + 1);
                _lineStartChars.Add(charIndex);
            }
        }
    }

    public string Path { get; }

    public string Content { get; }

    public byte[] Utf8 { get; }

    public int CharOffsetOfByte(int byteOffset)
    {
        byteOffset = Math.Max(0, Math.Min(byteOffset, Utf8.Length));
        int line = _lineStartBytes.BinarySearch(byteOffset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return CharOffsetInLine(line, byteOffset - _lineStartBytes[line]);
    }

    /// <summary>Converts System.Text.Json's (line, byte in line) pair, both zero-based.</summary>
    public int CharOffsetOfLineByte(long line, long bytePositionInLine)
    {
        int l = (int)Math.Max(0, Math.Min(line, _lineStartBytes.Count - 1));
        int available = (l + 1 < _lineStartBytes.Count ? _lineStartBytes[l + 1] : Utf8.Length) - _lineStartBytes[l];
        return CharOffsetInLine(l, (int)Math.Max(0, Math.Min(bytePositionInLine, available)));
    }

    public FileSpan SpanOfBytes(int startByte, int endByte) => SpanOfChars(CharOffsetOfByte(startByte), CharOffsetOfByte(endByte));

    public FileSpan SpanOfChars(int start, int end)
    {
        start = Math.Max(0, Math.Min(start, _text.Length));
        end = Math.Max(start, Math.Min(end, _text.Length));
        LinePositionSpan lines = _text.Lines.GetLinePositionSpan(new TextSpan(start, end - start));
        return new FileSpan(start, end - start, lines.Start.Line, lines.Start.Character, lines.End.Line, lines.End.Character);
    }

    private int CharOffsetInLine(int line, int bytesIntoLine) =>
        _lineStartChars[line] + Encoding.UTF8.GetCharCount(Utf8, _lineStartBytes[line], bytesIntoLine);
}
