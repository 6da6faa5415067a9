using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace ThreeDsContracts.Cli.Conversion;

/// <summary>
/// The canonical documents a conversion carries, by canonical schema id (<c>canonical/authentication-result</c>,
/// <c>canonical/request-context</c>), with where each value came from and whether the target used it.
/// </summary>
internal sealed class CanonicalBundle
{
    private readonly Dictionary<string, JsonObject> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _origins = new(StringComparer.Ordinal);
    private readonly HashSet<string> _consumed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _consumedDocuments = new(StringComparer.Ordinal);

    public IEnumerable<string> Ids => _documents.Keys.OrderBy(k => k, StringComparer.Ordinal);

    public JsonObject? Document(string id) => _documents.TryGetValue(id, out JsonObject? document) ? document : null;

    /// <summary>Sets a value at a dotted path; false when the path already holds one.</summary>
    public bool TrySet(string id, string dottedPath, JsonNode value, string origin)
    {
        if (!_documents.TryGetValue(id, out JsonObject? current))
        {
            current = new JsonObject();
            _documents[id] = current;
        }

        string[] steps = dottedPath.Split('.');
        for (int i = 0; i < steps.Length - 1; i++)
        {
            if (current[steps[i]] is not JsonObject next)
            {
                if (current[steps[i]] is not null)
                {
                    return false;
                }

                next = new JsonObject();
                current[steps[i]] = next;
            }

            current = next;
        }

        if (current.ContainsKey(steps[^1]))
        {
            return false;
        }

        current[steps[^1]] = value;
        _origins[Key(id, dottedPath)] = origin;
        return true;
    }

    /// <summary>Adds a whole canonical document (the source is itself canonical).</summary>
    public void SetDocument(string id, JsonObject document, string origin)
    {
        _documents[id] = document;
        foreach (string path in Leaves(document, string.Empty))
        {
            _origins[Key(id, path)] = origin + "." + path;
        }
    }

    public JsonNode? Get(string id, string dottedPath)
    {
        JsonNode? current = Document(id);
        foreach (string step in dottedPath.Split('.'))
        {
            current = current is JsonObject obj && obj.TryGetPropertyValue(step, out JsonNode? next) ? next : null;
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    public string? Origin(string id, string dottedPath) => _origins.TryGetValue(Key(id, dottedPath), out string? origin) ? origin : null;

    /// <summary>Marks a canonical value (and everything under it) as used by the target.</summary>
    public void Consume(string id, string dottedPath) => _consumed.Add(Key(id, dottedPath));

    /// <summary>Marks a whole canonical document as used (the target is that canonical schema).</summary>
    public void ConsumeDocument(string id) => _consumedDocuments.Add(id);

    /// <summary>Canonical values the target did not use: (id, dotted path, origin).</summary>
    public IEnumerable<(string Id, string Path, string? Origin)> Unconsumed()
    {
        foreach (string id in Ids)
        {
            if (_consumedDocuments.Contains(id))
            {
                continue;
            }

            foreach (string path in Leaves(_documents[id], string.Empty))
            {
                if (!IsConsumed(id, path))
                {
                    yield return (id, path, Origin(id, path));
                }
            }
        }
    }

    private bool IsConsumed(string id, string path)
    {
        string key = Key(id, path);
        while (true)
        {
            if (_consumed.Contains(key))
            {
                return true;
            }

            int dot = key.LastIndexOf('.');
            int hash = key.IndexOf('#');
            if (dot <= hash)
            {
                return false;
            }

            key = key.Substring(0, dot);
        }
    }

    private static IEnumerable<string> Leaves(JsonObject obj, string prefix)
    {
        foreach (KeyValuePair<string, JsonNode?> property in obj)
        {
            string path = prefix.Length == 0 ? property.Key : prefix + "." + property.Key;
            if (property.Value is JsonObject inner && inner.Count > 0)
            {
                foreach (string leaf in Leaves(inner, path))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    private static string Key(string id, string path) => id + "#" + path;
}
