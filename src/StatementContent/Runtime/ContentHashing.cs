using System;
using System.Security.Cryptography;
using System.Text;

namespace StatementContent
{
    /// <summary>
    /// How content is hashed, one rule for the generator (the constants of <c>ContentHashes</c>, the content lock)
    /// and the runtime (<see cref="Statement.ContentHash"/>, <see cref="Signatory.ContentHash"/>,
    /// <see cref="LocalizedText.GetContentHash"/>): SHA-256 of the UTF-8 of a canonical text, written
    /// <c>sha256:</c> and 64 lower-case hex digits. Texts are hashed exactly as compiled (line endings already LF).
    /// </summary>
    internal static class ContentHashing
    {
        public const string Prefix = "sha256:";

        /// <summary>How many hex digits the content lock keeps of an item's hash (64 bits: a changed text is never missed in practice).</summary>
        public const int ShortLength = 16;

        // One hasher per thread: creating one costs more than hashing a paragraph, and the generator hashes thousands.
        [ThreadStatic]
        private static SHA256? t_sha;

        public static string Of(string canonical)
        {
            SHA256 sha = t_sha ?? (t_sha = SHA256.Create());
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(canonical));

            var hex = new StringBuilder(Prefix, Prefix.Length + (2 * hash.Length));
            foreach (byte b in hash)
            {
                hex.Append("0123456789abcdef"[b >> 4]).Append("0123456789abcdef"[b & 0xF]);
            }

            return hex.ToString();
        }

        /// <summary>The first <see cref="ShortLength"/> hex digits of a hash made by <see cref="Of"/>, without the prefix.</summary>
        public static string Short(string hash) => hash.Substring(Prefix.Length, ShortLength);
    }
}
