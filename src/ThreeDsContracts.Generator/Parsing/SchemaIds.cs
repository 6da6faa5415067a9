using System;
using System.Collections.Generic;

namespace ThreeDsContracts.Generator.Parsing;

/// <summary>Schema ids (path under the schema root without .schema.json) and relative $ref targets.</summary>
internal static class SchemaIds
{
    public const string Suffix = ".schema.json";

    /// <summary>Id of a file: relative to <paramref name="basePath"/> when under it, else its file name.</summary>
    public static string FromPath(string path, string? basePath, string? projectDirectory)
    {
        string normalized = Normalize(path);
        string? root = Root(basePath) ?? Root(projectDirectory);
        string relative = root is not null && normalized.StartsWith(root, StringComparison.OrdinalIgnoreCase)
            ? normalized.Substring(root.Length)
            : FileName(normalized);
        if (relative.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
        {
            relative = relative.Substring(0, relative.Length - Suffix.Length);
        }

        return relative;
    }

    /// <summary>The provider folder of an id ("antom/notify-payment" → "antom"), or empty.</summary>
    public static string Folder(string id)
    {
        int slash = id.LastIndexOf('/');
        return slash < 0 ? string.Empty : id.Substring(0, id.IndexOf('/'));
    }

    /// <summary>The last segment of an id.</summary>
    public static string Name(string id)
    {
        int slash = id.LastIndexOf('/');
        return slash < 0 ? id : id.Substring(slash + 1);
    }

    /// <summary>
    /// Resolves a $ref relative to the referencing schema id. Returns false for references that cannot be
    /// served from the schema set (absolute URLs, files that are not .schema.json).
    /// </summary>
    public static bool TryResolve(string fromId, string reference, out string targetId, out string pointer, out string? error)
    {
        error = null;
        int hash = reference.IndexOf('#');
        string file = hash < 0 ? reference : reference.Substring(0, hash);
        pointer = hash < 0 ? "#" : "#" + reference.Substring(hash + 1);
        if (pointer == "#/")
        {
            pointer = "#";
        }

        if (file.Length == 0)
        {
            targetId = fromId;
            return true;
        }

        if (file.Contains("://") || file.StartsWith("//", StringComparison.Ordinal))
        {
            targetId = string.Empty;
            error = "remote references are not fetched; add the schema to the project instead";
            return false;
        }

        if (!file.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
        {
            targetId = string.Empty;
            error = "only other *.schema.json files can be referenced";
            return false;
        }

        file = file.Substring(0, file.Length - Suffix.Length).Replace('\\', '/');
        var segments = new List<string>();
        if (!file.StartsWith("/", StringComparison.Ordinal))
        {
            int slash = fromId.LastIndexOf('/');
            if (slash >= 0)
            {
                segments.AddRange(fromId.Substring(0, slash).Split('/'));
            }
        }

        foreach (string segment in file.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    targetId = string.Empty;
                    error = "the path leaves the schema root";
                    return false;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        targetId = string.Join("/", segments);
        return true;
    }

    private static string Normalize(string path) => path.Replace('\\', '/');

    private static string? Root(string? directory)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            return null;
        }

        string normalized = Normalize(directory!.Trim());
        return normalized.EndsWith("/", StringComparison.Ordinal) ? normalized : normalized + "/";
    }

    private static string FileName(string path)
    {
        int slash = path.LastIndexOf('/');
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
