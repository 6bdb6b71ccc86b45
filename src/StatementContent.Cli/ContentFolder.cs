using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using StatementContent.Generators.Assembling;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace StatementContent.Cli;

/// <summary>
/// A content folder read the way a build reads it: the files the generator reads
/// (<see cref="ContentFileParser.IsContentFile"/>) and the .editorconfig files above it, parsed and assembled by the
/// generator's own code.
/// </summary>
internal sealed class ContentFolder
{
    private ContentFolder(string root, ImmutableArray<ParsedFile> files, ContentAssembly assembly, ContentLock? contentLock)
    {
        Root = root;
        Files = files;
        Assembly = assembly;
        Lock = contentLock;
    }

    public string Root { get; }

    /// <summary>The parsed files (content, lock, lint baseline, .editorconfig files).</summary>
    public ImmutableArray<ParsedFile> Files { get; }

    public ContentAssembly Assembly { get; }

    /// <summary>The content against its lock; null when the folder has no content.</summary>
    public ContentLock? Lock { get; }

    /// <summary>Whether the folder has any content file.</summary>
    public bool HasContent => Lock is not null;

    /// <summary>Every diagnostic a build would report, in file and position order.</summary>
    public IReadOnlyList<DiagnosticInfo> Diagnostics => Assembly.Diagnostics
        .OrderBy(d => d.FilePath, StringComparer.Ordinal)
        .ThenBy(d => d.Span.StartLine)
        .ThenBy(d => d.Span.StartColumn)
        .ToList();

    public bool HasErrors => Assembly.Diagnostics.HasErrors();

    /// <summary>The statements as the runtime types (with the content's fallbacks), as a build of this folder would have them.</summary>
    public IReadOnlyList<Statement> Statements
    {
        get
        {
            LanguageFallbacks fallbacks = RuntimeMirror.Fallbacks(Assembly.Languages);
            return Assembly.Statements.Select(model => RuntimeMirror.ToRuntime(model, fallbacks)).ToList();
        }
    }

    public string LockPath => Path.Combine(Root, ContentLockParser.FileName);

    /// <param name="settings">The build's settings to read the folder with (default: a developer's build, <see cref="BuildSettings.Default"/>).</param>
    public static ContentFolder Load(string folder, BuildSettings? settings = null)
    {
        string root = Path.GetFullPath(folder);
        ImmutableArray<ParsedFile> files = Directory
            .EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(path => ContentFileParser.IsContentFile(Path.GetRelativePath(root, path)))
            .Concat(EditorConfigsAbove(root))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path =>
            {
                using FileStream stream = File.OpenRead(path);
                return ContentFileParser.Parse(path, SourceText.From(stream), CancellationToken.None);
            })
            .ToImmutableArray();
        ContentAssembly assembly = ContentAssembler.Assemble(files, settings ?? BuildSettings.Default, out ContentLock? contentLock);
        return new ContentFolder(root, files, assembly, contentLock);
    }

    /// <summary>A path relative to the folder's parent, as a reader of the repository would name it (<c>content/strings.json</c>).</summary>
    public string Display(string path) => Path.GetRelativePath(Path.GetDirectoryName(Root) ?? Root, path).Replace('\\', '/');

    /// <summary>The .editorconfig files of the folders above the content, up to the first with <c>root = true</c>, as a build passes them.</summary>
    private static IEnumerable<string> EditorConfigsAbove(string root)
    {
        for (DirectoryInfo? folder = new DirectoryInfo(root).Parent; folder is not null; folder = folder.Parent)
        {
            string config = Path.Combine(folder.FullName, EditorConfigParser.FileName);
            if (File.Exists(config))
            {
                yield return config;
                if (EditorConfigParser.Read(File.ReadAllText(config)).Root)
                {
                    yield break;
                }
            }
        }
    }
}
