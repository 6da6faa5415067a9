using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using ThreeDsContracts.Cli.Infrastructure;
using ThreeDsContracts.Generator.Parsing;

namespace ThreeDsContracts.Cli.Schemas;

/// <summary>One schema object inside a document of a <see cref="SchemaSet"/>, located by JSON pointer.</summary>
internal readonly struct SchemaNode
{
    private const int MaxReferenceDepth = 64;

    public SchemaNode(SchemaSet set, string documentId, string pointer, JObject json)
    {
        Set = set;
        DocumentId = documentId;
        Pointer = pointer;
        Json = json;
    }

    public SchemaSet Set { get; }

    public string DocumentId { get; }

    /// <summary>JSON pointer inside the document, <c>#</c> for its root.</summary>
    public string Pointer { get; }

    public JObject Json { get; }

    public bool IsDocumentRoot => Pointer == "#";

    /// <summary>Where the node is, for messages: <c>id#/definitions/X</c>.</summary>
    public string Location => IsDocumentRoot ? DocumentId : DocumentId + Pointer;

    public string? Reference => Json["$ref"] is JValue { Type: JTokenType.String } value ? (string?)value : null;

    /// <summary>The node at a pointer of a document.</summary>
    public static SchemaNode At(SchemaSet set, string documentId, string pointer)
    {
        JToken current = set.Get(documentId).Root;
        if (pointer != "#")
        {
            if (!pointer.StartsWith("#/", StringComparison.Ordinal))
            {
                throw new CliUsageException($"'{pointer}' is not a JSON pointer (#/definitions/Name)");
            }

            foreach (string raw in pointer.Substring(2).Split('/'))
            {
                string segment = Uri.UnescapeDataString(raw).Replace("~1", "/").Replace("~0", "~");
                JToken? next = current is JObject obj ? obj[segment]
                    : current is JArray array && int.TryParse(segment, out int index) && index >= 0 && index < array.Count ? array[index]
                    : null;
                current = next ?? throw new CliUsageException($"{documentId}{pointer} does not exist");
            }
        }

        return current is JObject node
            ? new SchemaNode(set, documentId, pointer, node)
            : throw new CliUsageException($"{documentId}{pointer} is not a schema object");
    }

    /// <summary>Resolves a <c>$ref</c> written in this node's document.</summary>
    public SchemaNode Follow(string reference)
    {
        if (!SchemaIds.TryResolve(DocumentId, reference, out string targetId, out string pointer, out string? error))
        {
            throw new CliUsageException($"{Location}: $ref '{reference}' cannot be resolved: {error}");
        }

        if (!Set.TryGet(targetId, out _))
        {
            throw new CliUsageException($"{Location}: $ref '{reference}' names {targetId}, which is not among the schemas");
        }

        return At(Set, targetId, pointer);
    }

    /// <summary>The node itself, then every node its <c>$ref</c> chain leads to.</summary>
    public IReadOnlyList<SchemaNode> Chain()
    {
        var chain = new List<SchemaNode> { this };
        SchemaNode current = this;
        while (current.Reference is { } reference)
        {
            if (chain.Count > MaxReferenceDepth)
            {
                throw new CliUsageException($"{Location}: $ref chain is too deep or circular");
            }

            current = current.Follow(reference);
            chain.Add(current);
        }

        return chain;
    }

    /// <summary>The end of the <c>$ref</c> chain.</summary>
    public SchemaNode Resolve() => Chain()[^1];

    public SchemaNode Child(string keyword, JObject json) => new(Set, DocumentId, Pointer + "/" + keyword, json);

    public override string ToString() => Location;
}

/// <summary>
/// A property (or item, or root) schema as declared, with its <c>$ref</c> chain: keywords beside a <c>$ref</c>
/// (<c>description</c>, <c>x-canonical-field</c>, <c>x-sensitive</c>) are read from the declaration first.
/// </summary>
internal sealed class SchemaField
{
    private readonly IReadOnlyList<SchemaNode> _chain;
    private Dictionary<string, SchemaField?>? _properties;
    private SchemaField? _items;
    private SchemaField? _content;
    private bool _itemsDone;
    private bool _contentDone;

    public SchemaField(SchemaNode declared)
    {
        Declared = declared;
        _chain = declared.Chain();
    }

    public SchemaNode Declared { get; }

    public SchemaNode Resolved => _chain[^1];

    public IReadOnlyList<SchemaNode> Chain => _chain;

    /// <summary>The first value of a keyword along the chain (declaration first).</summary>
    public JToken? Find(string keyword)
    {
        foreach (SchemaNode node in _chain)
        {
            if (node.Json[keyword] is { } value)
            {
                return value;
            }
        }

        return null;
    }

    public string? FindString(string keyword) => Find(keyword) is JValue { Type: JTokenType.String } value ? (string?)value : null;

    /// <summary>The <c>x-sensitive</c> kind, or null.</summary>
    public string? Sensitive => FindString("x-sensitive");

    /// <summary>The <c>x-canonical-field</c> link, or null.</summary>
    public string? CanonicalField => FindString("x-canonical-field");

    /// <summary>The schema of a Base64-JSON string (<c>x-content-schema</c>), or null.</summary>
    public SchemaField? ContentSchema
    {
        get
        {
            if (!_contentDone)
            {
                _content = FindContentSchema();
                _contentDone = true;
            }

            return _content;
        }
    }

    private SchemaField? FindContentSchema()
    {
        {
            foreach (SchemaNode node in _chain)
            {
                if (node.Json["x-content-schema"] is JObject content)
                {
                    return new SchemaField(node.Child("x-content-schema", content));
                }
            }

            return null;
        }
    }

    /// <summary>JSON types the resolved schema allows (empty when it does not say).</summary>
    public IReadOnlyList<string> Types
    {
        get
        {
            JToken? type = Find("type");
            return type switch
            {
                JValue { Type: JTokenType.String } single => new[] { (string)single! },
                JArray many => many.Select(t => (string?)t).Where(t => t is not null).Select(t => t!).ToArray(),
                _ => Array.Empty<string>(),
            };
        }
    }

    /// <summary>The properties of the resolved object schema, by wire name, with their other accepted names.</summary>
    public IEnumerable<(string Name, SchemaField Field)> Properties()
    {
        if (Resolved.Json["properties"] is not JObject properties)
        {
            yield break;
        }

        foreach (JProperty property in properties.Properties())
        {
            if (property.Value is JObject json)
            {
                yield return (property.Name, Property(property.Name)!);
            }
        }
    }

    /// <summary>The schema of a property by wire name or alias, else of <c>additionalProperties</c>, else null.</summary>
    public SchemaField? Property(string name)
    {
        _properties ??= new Dictionary<string, SchemaField?>(StringComparer.Ordinal);
        if (!_properties.TryGetValue(name, out SchemaField? field))
        {
            field = FindProperty(name);
            _properties[name] = field;
        }

        return field;
    }

    private SchemaField? FindProperty(string name)
    {
        if (Resolved.Json["properties"] is JObject properties)
        {
            if (properties[name] is JObject direct)
            {
                return new SchemaField(Resolved.Child("properties/" + Escape(name), direct));
            }

            foreach (JProperty property in properties.Properties())
            {
                if (property.Value is JObject json && json["x-aliases"] is JArray aliases && aliases.Any(a => (string?)a == name))
                {
                    return new SchemaField(Resolved.Child("properties/" + Escape(property.Name), json));
                }
            }
        }

        return Resolved.Json["additionalProperties"] is JObject additional
            ? new SchemaField(Resolved.Child("additionalProperties", additional))
            : null;
    }

    /// <summary>The schema of array items, or null.</summary>
    public SchemaField? Items
    {
        get
        {
            if (!_itemsDone)
            {
                _items = Resolved.Json["items"] is JObject items ? new SchemaField(Resolved.Child("items", items)) : null;
                _itemsDone = true;
            }

            return _items;
        }
    }

    /// <summary>The code list of the resolved schema (<c>enum</c>), or null.</summary>
    public IReadOnlyList<string?>? Enum => Find("enum") is JArray values
        ? values.Select(v => v.Type switch
        {
            JTokenType.Null => null,
            JTokenType.String => (string?)v,
            _ => v.ToString(Newtonsoft.Json.Formatting.None),
        }).ToArray()
        : null;

    public static string Escape(string name) => name.Replace("~", "~0").Replace("/", "~1");
}
