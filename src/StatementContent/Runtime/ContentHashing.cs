using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace StatementContent
{
    /// <summary>
    /// How content is hashed, one rule for the generator (the constants of <c>ContentHashes</c>, the content lock)
    /// and the runtime (<see cref="Statement.ContentHash"/>, <see cref="Signatory.ContentHash"/>,
    /// <see cref="LocalizedText.GetContentHash"/>, <see cref="LocalizedText.ContentHash"/>): SHA-256 of the UTF-8 of a canonical text, written
    /// <c>sha256:</c> and 64 lower-case hex digits. Texts are hashed exactly as compiled (line endings already LF).
    /// </summary>
    internal static class ContentHashing
    {
        public const string Prefix = "sha256:";

        /// <summary>How many hex digits the content lock keeps of an item's hash (64 bits: a changed text is never missed in practice).</summary>
        public const int ShortLength = 16;

        private const string HexDigits = "0123456789abcdef";

        // One hasher, one UTF-8 buffer and one hex buffer per thread: creating a hasher costs more than hashing a paragraph, and the
        // generator hashes tens of thousands of texts (docs/benchmarks.md §3). A text past BufferLimit bytes gets a
        // buffer of its own, so a thread never keeps a large one alive.
        [ThreadStatic]
        private static SHA256? t_sha;

        [ThreadStatic]
        private static byte[]? t_buffer;

        [ThreadStatic]
        private static char[]? t_hex;

        private const int BufferLimit = 64 * 1024;

        public static string Of(string canonical)
        {
            SHA256 sha = t_sha ?? (t_sha = SHA256.Create());
            int most = Encoding.UTF8.GetMaxByteCount(canonical.Length);
            byte[]? buffer = t_buffer;
            if (buffer == null || buffer.Length < most)
            {
                buffer = new byte[Math.Max(most, 1024)];
                if (buffer.Length <= BufferLimit)
                {
                    t_buffer = buffer;
                }
            }

            int length = Encoding.UTF8.GetBytes(canonical, 0, canonical.Length, buffer, 0);
            return Hex(sha.ComputeHash(buffer, 0, length));
        }

        /// <summary>
        /// <see cref="Of(string)"/> of the builder's text, without making the string: read and encoded a block at a time
        /// (an encoder keeps a surrogate pair split by a block's end whole), so the bytes hashed are the same.
        /// </summary>
        public static string Of(StringBuilder canonical)
        {
            // A hasher of its own, reset first: a hash cut off by an exception leaves nothing in the next one, here
            // or in Of(string). HashAlgorithm's blocks, not IncrementalHash (not on .NET Framework before 4.7).
            SHA256 sha = t_blockSha ?? (t_blockSha = SHA256.Create());
            sha.Initialize();
            char[] chars = t_chars ?? (t_chars = new char[BlockChars]);
            byte[] bytes = t_blockBytes ?? (t_blockBytes = new byte[Encoding.UTF8.GetMaxByteCount(BlockChars)]);
            Encoder encoder = Encoding.UTF8.GetEncoder();
            for (int at = 0; at < canonical.Length;)
            {
                int count = Math.Min(BlockChars, canonical.Length - at);
                canonical.CopyTo(at, chars, 0, count);
                at += count;
                int length = encoder.GetBytes(chars, 0, count, bytes, 0, flush: at == canonical.Length);
                sha.TransformBlock(bytes, 0, length, null, 0);
            }

            sha.TransformFinalBlock(bytes, 0, 0);
            byte[] hash = sha.Hash!;
            sha.Initialize();
            return Hex(hash);
        }

        private const int BlockChars = 4096;

        [ThreadStatic]
        private static SHA256? t_blockSha;

        [ThreadStatic]
        private static char[]? t_chars;

        [ThreadStatic]
        private static byte[]? t_blockBytes;

        private static string Hex(byte[] hash)
        {
            char[] hex = t_hex ?? (t_hex = new char[Prefix.Length + (2 * 32)]);
            Prefix.CopyTo(0, hex, 0, Prefix.Length);
            for (int i = 0; i < hash.Length; i++)
            {
                hex[Prefix.Length + (2 * i)] = HexDigits[hash[i] >> 4];
                hex[Prefix.Length + (2 * i) + 1] = HexDigits[hash[i] & 0xF];
            }

            return new string(hex, 0, Prefix.Length + (2 * hash.Length));
        }

        /// <summary>
        /// The hash of a localized text's value (<see cref="LocalizedText.ContentHash"/>): a canonical form of exactly
        /// what <see cref="LocalizedText.Equals(LocalizedText)"/> compares — languages in ordinal order, each with its
        /// text and whether the project added it, then the fallbacks in ordinal order — every name and text written
        /// with its length first, so no two values share a form.
        /// </summary>
        public static string Of(LocalizedText value)
        {
            var form = new StringBuilder("localized-text 1\n");
            LanguageTable table = value.Table;
            foreach (int i in OrdinalOrder(table.Languages))
            {
                string text = value.TextAt(i, out bool added);
                Counted(form, table.Languages[i]).Append(added ? " added " : " published ");
                Counted(form, text).Append('\n');
            }

            LanguageFallbacks fallbacks = table.Fallbacks;
            var languages = new string[fallbacks.Languages.Count];
            for (int i = 0; i < languages.Length; i++)
            {
                languages[i] = fallbacks.Languages[i];
            }

            foreach (int i in OrdinalOrder(languages))
            {
                Counted(form.Append("fallback "), languages[i]);
                foreach (string next in fallbacks.Of(languages[i]))
                {
                    Counted(form.Append(' '), next);
                }

                form.Append('\n');
            }

            return Of(form.ToString());
        }

        /// <summary>The first <see cref="ShortLength"/> hex digits of a hash made by <see cref="Of(string)"/>, without the prefix.</summary>
        public static string Short(string hash) => hash.Substring(Prefix.Length, ShortLength);

        private static StringBuilder Counted(StringBuilder form, string part) => form.Append(part.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(part);

        private static int[] OrdinalOrder(string[] names)
        {
            var keys = new string[names.Length];
            var order = new int[names.Length];
            for (int i = 0; i < names.Length; i++)
            {
                keys[i] = names[i];
                order[i] = i;
            }

            Array.Sort(keys, order, StringComparer.Ordinal);
            return order;
        }
    }
}
