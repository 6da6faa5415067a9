using System;
using System.Collections.Generic;
using System.Text.Json;
using ThreeDsContracts.Cli.Schemas;
using ThreeDsContracts;
using ThreeDsContracts.Serialization;

namespace ThreeDsContracts.Cli.Validation;

/// <summary>Callbacks of <see cref="PayloadWalker"/>.</summary>
internal abstract class PayloadVisitor : IDisposable
{
    private readonly List<IDisposable> _kept = new();

    /// <summary>False to skip everything under a value (nothing of interest below); asked after <see cref="Value"/>.</summary>
    public virtual bool ShouldDescend(SchemaField field) => true;

    /// <summary>Every value that has a schema.</summary>
    public virtual void Value(SchemaField field, JsonElement value, string path)
    {
    }

    /// <summary>A value whose schema is the root of a schema document (where its x-brand-rules apply).</summary>
    public virtual void DocumentRoot(SchemaNode root, JsonElement value, string path)
    {
    }

    /// <summary>A Base64-JSON string decoded; the walk continues inside it with the same path.</summary>
    public virtual void Content(SchemaField field, SchemaField content, byte[] json, string path)
    {
    }

    /// <summary>A Base64-JSON string that does not decode to JSON.</summary>
    public virtual void ContentError(SchemaField field, string path, string reason)
    {
    }

    /// <summary>A property the schema does not describe.</summary>
    public virtual void Unknown(string path, JsonElement value)
    {
    }

    /// <summary>Keeps a decoded document alive until the visitor is disposed (its elements may be held).</summary>
    public void Keep(IDisposable disposable) => _kept.Add(disposable);

    public void Dispose()
    {
        foreach (IDisposable disposable in _kept)
        {
            disposable.Dispose();
        }

        _kept.Clear();
    }
}

/// <summary>
/// Walks a payload beside its schema: properties (and aliases), additional properties, array items, and the
/// JSON inside Base64-JSON strings (<c>contentEncoding: base64</c> + <c>x-content-schema</c>), decoded
/// tolerantly (standard or URL-safe alphabet, missing or excess padding, whitespace).
/// </summary>
internal static class PayloadWalker
{
    private const int MaxDepth = 256;

    public static void Walk(SchemaField field, JsonElement value, string path, PayloadVisitor visitor) => Walk(field, value, path, visitor, 0);

    private static void Walk(SchemaField field, JsonElement value, string path, PayloadVisitor visitor, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        visitor.Value(field, value, path);
        if (!visitor.ShouldDescend(field))
        {
            return;
        }

        SchemaNode? lastRoot = null;
        foreach (SchemaNode node in field.Chain)
        {
            if (node.IsDocumentRoot && (lastRoot is null || lastRoot.Value.DocumentId != node.DocumentId))
            {
                visitor.DocumentRoot(node, value, path);
                lastRoot = node;
            }
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String when field.ContentSchema is { } content:
                if (!Base64Json.TryDecode(value.GetString()!, out byte[] json, out string? reason))
                {
                    visitor.ContentError(field, path, reason!);
                    return;
                }

                JsonDocument decoded;
                try
                {
                    decoded = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
                }
                catch (JsonException)
                {
                    visitor.ContentError(field, path, "the decoded Base64 is not JSON");
                    return;
                }

                visitor.Keep(decoded);
                visitor.Content(field, content, json, path);
                Walk(content, decoded.RootElement, path, visitor, depth + 1);
                break;

            case JsonValueKind.Object:
                foreach (JsonProperty property in value.EnumerateObject())
                {
                    string childPath = Paths.Property(path, property.Name);
                    if (field.Property(property.Name) is { } child)
                    {
                        Walk(child, property.Value, childPath, visitor, depth + 1);
                    }
                    else
                    {
                        visitor.Unknown(childPath, property.Value);
                    }
                }

                break;

            case JsonValueKind.Array when field.Items is { } items:
                int index = 0;
                foreach (JsonElement item in value.EnumerateArray())
                {
                    Walk(items, item, Paths.Index(path, index++), visitor, depth + 1);
                }

                break;
        }
    }
}

/// <summary>Tolerant Base64-JSON decoding, the runtime's reading rules.</summary>
internal static class Base64Json
{
    public static bool TryDecode(string text, out byte[] json, out string? reason)
    {
        string trimmed = text.Trim();
        if (trimmed.Length >= 2 && trimmed[0] == '"' && trimmed[^1] == '"')
        {
            trimmed = trimmed.Substring(1, trimmed.Length - 2);
        }

        byte[]? bytes = trimmed.Length == 0 ? null : ContractJson.DecodeBase64(trimmed);
        if (bytes is null)
        {
            json = Array.Empty<byte>();
            reason = trimmed.Length == 0 ? "the Base64 text is empty" : "the text is not valid Base64 (standard or URL-safe)";
            return false;
        }

        json = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes.AsSpan(3).ToArray() : bytes;
        reason = null;
        return true;
    }
}
