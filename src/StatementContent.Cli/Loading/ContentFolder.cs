using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using StatementContent.Generators.Assembling;
using StatementContent.Generators.Diagnostics;
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
    private ContentFolder(string root, ImmutableArray<ParsedFile> files, ContentAssembly assembly, AssemblyWork? work, bool tooLarge)
    {
        Root = root;
        TooLarge = tooLarge;
        Files = files;
        Assembly = assembly;
        Work = work;
        Lock = work?.Lock;
    }

    public string Root { get; }

    /// <summary>The walk stopped at <see cref="SafeFiles.MaxWalkEntries"/>: not a content folder (its one diagnostic says so).</summary>
    public bool TooLarge { get; }

    /// <summary>The parsed files (content, lock, lint baseline, .editorconfig files).</summary>
    public ImmutableArray<ParsedFile> Files { get; }

    public ContentAssembly Assembly { get; }

    /// <summary>What the assembly was made from: the statements with their sources, the lock; null when the folder has no content.</summary>
    public AssemblyWork? Work { get; }

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

    /// <summary>
    /// Reads and assembles a folder by the tool's file rule (<see cref="SafeFiles"/>): what it refuses — a link
    /// leading out, a named pipe, a file past the size limit — is an error at that file, as a build reports its
    /// content errors. A folder without any content file is not a content folder, so what the walk refused in it
    /// (the links of /proc/self, say) is not reported; a walk stopped at its limit is.
    /// </summary>
    /// <param name="settings">The build's settings to read the folder with (default: a developer's build, <see cref="BuildSettings.Default"/>).</param>
    public static ContentFolder Load(string folder, BuildSettings? settings = null)
    {
        string root = Path.GetFullPath(folder);
        ContentWalk walk = SafeFiles.Walk(root);
        List<ParsedFile> files = walk.Files
            .Where(path => ContentFileParser.IsContentFile(Path.GetRelativePath(root, path)))
            .Select(path => Read(path, walk.RealRoot))
            .ToList();
        if (files.Count > 0 || walk.Stopped)
        {
            files.AddRange(walk.Refused.Select(Refused));
        }

        files.AddRange(EditorConfigsAbove(root));
        ImmutableArray<ParsedFile> parsed = files.OrderBy(file => file.Path, StringComparer.Ordinal).ToImmutableArray();
        ContentAssembly assembly = ContentAssembler.Assemble(parsed, settings ?? BuildSettings.Default, out AssemblyWork? work);
        return new ContentFolder(root, parsed, assembly, work, walk.Stopped);
    }

    /// <summary>
    /// This folder as it would be with some files' texts replaced (full path → text; a path not read yet adds a file):
    /// parsed and assembled by the same code, nothing written. What a command checks before it writes.
    /// </summary>
    public ContentFolder WithTexts(IReadOnlyDictionary<string, string> texts)
    {
        var files = Files.Where(file => !texts.ContainsKey(file.Path)).ToList();
        files.AddRange(texts.Select(text => ContentFileParser.Parse(text.Key, SourceText.From(text.Value), CancellationToken.None)));
        ImmutableArray<ParsedFile> parsed = files.OrderBy(file => file.Path, StringComparer.Ordinal).ToImmutableArray();
        ContentAssembly assembly = ContentAssembler.Assemble(parsed, BuildSettings.Default, out AssemblyWork? work);
        return new ContentFolder(Root, parsed, assembly, work, TooLarge);
    }

    /// <summary>A path relative to the folder's parent, as a reader of the repository would name it (<c>content/strings.json</c>).</summary>
    public string Display(string path) => (Path.GetDirectoryName(Root) is { } parent ? Path.GetRelativePath(parent, path) : path).Replace('\\', '/');

    /// <summary>The .editorconfig files of the folders above the content, up to the first with <c>root = true</c>, as a build passes them.</summary>
    private static IEnumerable<ParsedFile> EditorConfigsAbove(string root)
    {
        for (DirectoryInfo? folder = new DirectoryInfo(root).Parent; folder is not null; folder = folder.Parent)
        {
            string config = Path.Combine(folder.FullName, EditorConfigParser.FileName);
            if (File.Exists(config))
            {
                ParsedFile parsed = Read(config, realFolder: null);
                yield return parsed;
                if (parsed.EditorConfig?.Root == true)
                {
                    yield break;
                }
            }
        }
    }

    /// <summary>
    /// One file parsed by the generator's parser, or its refusal as the parser reports a file it could not read.
    /// A name the generator does not know is reported (STC1103) without reading the file.
    /// </summary>
    private static ParsedFile Read(string path, string? realFolder)
    {
        if (ContentFileParser.KindOf(path, out _) == ContentFileKind.Unrecognized)
        {
            return ContentFileParser.Parse(path, null, CancellationToken.None);
        }

        SourceText? text = SafeFiles.Read(path, realFolder, out Refusal? refusal);
        return text is null ? Refused(refusal!) : ContentFileParser.Parse(path, text, CancellationToken.None);
    }

    private static ParsedFile Refused(Refusal refusal)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.Report(refusal.Descriptor, refusal.Path, FileSpan.FileStart, refusal.Arguments);
        return new ParsedFile(refusal.Path, Path.GetDirectoryName(refusal.Path) ?? "", ContentFileParser.KindOf(refusal.Path, out _),
            null, null, null, null, null, null, null, null, diagnostics.ToEquatableArray());
    }
}
