using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using ThreeDsContracts.Testing;

namespace ThreeDsContracts.Schemas.Tests;

/// <summary>
/// Walks the raw schema JSON by dotted wire paths the way a payload is shaped: through $ref (local and
/// cross-file), x-aliases, array items ([]), and Base64-JSON content (x-content-schema).
/// </summary>
internal static class SchemaWalker
{
    private static readonly Dictionary<string, JObject> Documents = new(StringComparer.Ordinal);

    public static (string Id, JObject Node) Root(string id) => (id, Document(id));

    /// <summary>The schema node at a dotted path from a schema id's root, or null when the path is not described.</summary>
    public static JObject? Find(string schemaId, string path)
    {
        int hash = schemaId.IndexOf('#');
        (string id, JObject node) = hash < 0
            ? Resolve(schemaId, Document(schemaId))
            : Resolve(schemaId[..hash], new JObject { ["$ref"] = schemaId[hash..] });
        if (path.Length == 0)
        {
            return node;
        }

        foreach (string rawStep in path.Split('.'))
        {
            bool each = rawStep.EndsWith("[]", StringComparison.Ordinal);
            string step = each ? rawStep[..^2] : rawStep;
            (id, node) = Content(id, node);
            JObject? next = null;
            if (node["properties"] is JObject properties)
            {
                next = properties[step] as JObject
                    ?? properties.Properties().Select(p => p.Value).OfType<JObject>()
                        .FirstOrDefault(p => p["x-aliases"] is JArray aliases && aliases.Any(a => a.ToString() == step));
            }

            if (next is null)
            {
                return null;
            }

            (id, node) = Resolve(id, next);
            if (each)
            {
                if (node["items"] is not JObject items)
                {
                    return null;
                }

                (id, node) = Resolve(id, items);
            }
        }

        return Content(id, node).Node;
    }

    /// <summary>Every schema node reachable from a schema id (through $ref and nesting).</summary>
    public static IEnumerable<JObject> Reachable(string schemaId)
    {
        var seen = new HashSet<JObject>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(string, JToken)>();
        int hash = schemaId.IndexOf('#');
        string rootId = hash < 0 ? schemaId : schemaId[..hash];
        stack.Push((rootId, hash < 0 ? Document(rootId) : Resolve(rootId, new JObject { ["$ref"] = schemaId[hash..] }).Node));
        while (stack.Count > 0)
        {
            (string id, JToken token) = stack.Pop();
            if (token is JObject obj)
            {
                if (!seen.Add(obj))
                {
                    continue;
                }

                yield return obj;
                if (obj["$ref"] is JValue)
                {
                    (string target, JObject resolved) = Resolve(id, obj);
                    stack.Push((target, resolved));
                }

                foreach (JProperty property in obj.Properties())
                {
                    stack.Push((id, property.Value));
                }
            }
            else if (token is JArray array)
            {
                foreach (JToken item in array)
                {
                    stack.Push((id, item));
                }
            }
        }
    }

    private static (string Id, JObject Node) Content(string id, JObject node) =>
        node["x-content-schema"] is JObject content ? Resolve(id, content) : (id, node);

    private static (string Id, JObject Node) Resolve(string id, JObject node)
    {
        for (int guard = 0; node["$ref"] is JValue reference && guard < 32; guard++)
        {
            string text = reference.ToString();
            int hash = text.IndexOf('#');
            string file = hash < 0 ? text : text[..hash];
            string pointer = hash < 0 ? string.Empty : text[(hash + 1)..];
            if (file.Length > 0)
            {
                string directory = Path.GetDirectoryName(id.Replace('/', Path.DirectorySeparatorChar)) ?? string.Empty;
                string combined = Path.GetFullPath(Path.Combine(RepoPaths.Schemas, directory, file));
                id = Path.GetRelativePath(RepoPaths.Schemas, combined).Replace('\\', '/')[..^".schema.json".Length];
            }

            JToken target = Document(id);
            foreach (string step in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                target = target[step.Replace("~1", "/").Replace("~0", "~")] ?? throw new InvalidOperationException($"Dangling $ref {text} in {id}");
            }

            node = (JObject)target;
        }

        return (id, node);
    }

    private static JObject Document(string id)
    {
        lock (Documents)
        {
            if (!Documents.TryGetValue(id, out JObject? document))
            {
                document = JObject.Parse(File.ReadAllText(RepoPaths.Schema(id)));
                Documents[id] = document;
            }

            return document;
        }
    }
}
