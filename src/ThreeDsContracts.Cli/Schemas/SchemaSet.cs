using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ThreeDsContracts.Cli.Infrastructure;
using ThreeDsContracts.Generator.Parsing;

namespace ThreeDsContracts.Cli.Schemas;

/// <summary>
/// The schemas the tool works with, by id: the built-in schemas that ship beside the tool, overridden or
/// extended by <c>--schemas</c> folders. Every <c>$ref</c> is served from this set, never from elsewhere on
/// disk or from the network.
/// </summary>
internal sealed class SchemaSet
{
    public const string Suffix = SchemaIds.Suffix;

    private readonly Dictionary<string, SchemaDocument> _documents;
    private Dictionary<string, string>? _texts;
    private JsonSchemaCache? _validators;

    private SchemaSet(Dictionary<string, SchemaDocument> documents) => _documents = documents;

    /// <summary>The folder of the built-in schemas (copied beside the tool).</summary>
    public static string BuiltInDirectory => Path.Combine(AppContext.BaseDirectory, "schemas");

    /// <summary>Every schema, ordered by id.</summary>
    public IEnumerable<SchemaDocument> Documents => _documents.Values.OrderBy(d => d.Id, StringComparer.Ordinal);

    /// <summary>Schema text by id (what NJsonSchema's resolver serves).</summary>
    public IReadOnlyDictionary<string, string> Texts => _texts ??= _documents.ToDictionary(p => p.Key, p => p.Value.Text, StringComparer.Ordinal);

    /// <summary>NJsonSchema documents of this set, loaded once each.</summary>
    public JsonSchemaCache Validators => _validators ??= new JsonSchemaCache(this);

    /// <summary>The built-in schemas, then each extra folder over them.</summary>
    public static SchemaSet Load(IEnumerable<string>? extraDirectories)
    {
        var documents = new Dictionary<string, SchemaDocument>(StringComparer.Ordinal);
        if (Directory.Exists(BuiltInDirectory))
        {
            AddDirectory(documents, BuiltInDirectory, "built-in", recursive: true, idPrefix: null);
        }

        foreach (string directory in extraDirectories ?? Array.Empty<string>())
        {
            if (!Directory.Exists(directory))
            {
                throw new CliUsageException($"--schemas: the folder '{directory}' does not exist");
            }

            AddDirectory(documents, directory, "--schemas", recursive: true, idPrefix: null);
        }

        return new SchemaSet(documents);
    }

    /// <summary>A set made of the given documents only (tests, diff of in-memory schemas).</summary>
    public static SchemaSet FromDocuments(IEnumerable<SchemaDocument> documents) =>
        new(documents.ToDictionary(d => d.Id, d => d, StringComparer.Ordinal));

    public bool TryGet(string id, out SchemaDocument document) => _documents.TryGetValue(id, out document!);

    public SchemaDocument Get(string id) => _documents.TryGetValue(id, out SchemaDocument? document)
        ? document
        : throw new CliUsageException($"unknown schema '{id}'; run 'threeds schemas' for the list");

    /// <summary>
    /// Resolves a command-line schema argument: a schema id (<c>antom/notify-payment</c>), an id with a JSON
    /// pointer (<c>gateway/authorize-request#/definitions/BrowserInfo</c>), or a schema file. A file gets the id
    /// <c>&lt;folder&gt;/&lt;name&gt;</c>; the other schemas of its folder are laid over this set so that its relative
    /// <c>$ref</c>s resolve to them (and, when its parent folder holds a <c>canonical</c> folder, that whole tree).
    /// </summary>
    public SchemaTarget Resolve(string argument)
    {
        if (string.IsNullOrWhiteSpace(argument))
        {
            throw new CliUsageException("a schema id or file is required");
        }

        int hash = argument.IndexOf('#');
        string head = hash < 0 ? argument : argument.Substring(0, hash);
        string pointer = hash < 0 ? "#" : NormalizePointer(argument.Substring(hash));
        if (_documents.ContainsKey(head))
        {
            return Target(this, head, pointer);
        }

        bool looksLikeFile = head.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || head.Contains(Path.DirectorySeparatorChar) && File.Exists(head);
        if (looksLikeFile)
        {
            if (!File.Exists(head))
            {
                throw new CliUsageException($"the schema file '{head}' does not exist");
            }

            return ResolveFile(head, pointer);
        }

        throw new CliUsageException($"unknown schema '{head}'; run 'threeds schemas' for the list");
    }

    private SchemaTarget ResolveFile(string file, string pointer)
    {
        string full = Path.GetFullPath(file);
        string directory = Path.GetDirectoryName(full)!;
        string folder = Path.GetFileName(directory);
        var documents = new Dictionary<string, SchemaDocument>(_documents, StringComparer.Ordinal);
        string? parent = Path.GetDirectoryName(directory);
        if (parent is not null && Directory.Exists(Path.Combine(parent, "canonical")) && Directory.EnumerateFiles(Path.Combine(parent, "canonical"), "*" + Suffix).Any())
        {
            AddDirectory(documents, parent, "file", recursive: true, idPrefix: null);
        }
        else
        {
            AddDirectory(documents, directory, "file", recursive: false, idPrefix: folder);
        }

        string name = Path.GetFileName(full);
        string id = folder + "/" + (name.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase)
            ? name.Substring(0, name.Length - Suffix.Length)
            : Path.GetFileNameWithoutExtension(name));
        documents[id] = new SchemaDocument(id, full, "file", ReadText(full));
        return Target(new SchemaSet(documents), id, pointer);
    }

    private static SchemaTarget Target(SchemaSet set, string id, string pointer)
    {
        var target = new SchemaTarget(set, id, pointer);
        _ = target.Node; // fails early on a pointer that leads nowhere
        return target;
    }

    private static string NormalizePointer(string pointer) => pointer is "#" or "#/" ? "#" : pointer.TrimEnd('/');

    private static void AddDirectory(Dictionary<string, SchemaDocument> documents, string directory, string origin, bool recursive, string? idPrefix)
    {
        IEnumerable<string> files = Directory.EnumerateFiles(directory, "*" + Suffix, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .OrderBy(f => f, StringComparer.Ordinal);
        foreach (string file in files)
        {
            string relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
            string id = relative.Substring(0, relative.Length - Suffix.Length);
            if (idPrefix is not null)
            {
                id = idPrefix + "/" + id;
            }

            documents[id] = new SchemaDocument(id, file, origin, ReadText(file));
        }
    }

    private static string ReadText(string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read the schema file '{file}': {e.GetType().Name}");
        }
    }
}

/// <summary>A schema (or a definition inside one) chosen on the command line.</summary>
internal readonly record struct SchemaTarget(SchemaSet Set, string Id, string Pointer)
{
    /// <summary>The id as the user wrote it (with the pointer when there is one).</summary>
    public string Display => Pointer == "#" ? Id : Id + Pointer;

    /// <summary>The schema node the target points at.</summary>
    public SchemaNode Node => SchemaNode.At(Set, Id, Pointer);

    public SchemaDocument Document => Set.Get(Id);
}
