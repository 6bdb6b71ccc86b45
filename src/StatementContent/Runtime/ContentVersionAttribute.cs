using System;

namespace StatementContent
{
    /// <summary>
    /// Which content an assembly was compiled from, stamped by the generator: the content version (the count of
    /// reviewed changes recorded in the content lock, <c>content/content.lock</c>; <c>unlocked</c> without one) and
    /// the hash of all its statements and UI strings. Read it with
    /// <c>typeof(Statements).Assembly.GetCustomAttribute&lt;ContentVersionAttribute&gt;()</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
    public sealed class ContentVersionAttribute : Attribute
    {
        /// <summary>Creates the attribute. The generator writes it; applications read it.</summary>
        public ContentVersionAttribute(string version, string contentHash)
        {
            Version = version;
            ContentHash = contentHash;
        }

        /// <summary>The content lock's version, e.g. <c>3</c>: it goes up by one each time a reviewed change is locked.</summary>
        public string Version { get; }

        /// <summary><c>sha256:</c> and 64 hex digits over every item of the content (docs/content-lock.md).</summary>
        public string ContentHash { get; }
    }
}
