using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using ThreeDsContracts.Generator.Diagnostics;
using ThreeDsContracts.Generator.Model;

namespace ThreeDsContracts.Generator.Parsing;

/// <summary>One reference of an <c>x-source</c>: a file of a repository at a commit, a URL, or a citation in words.</summary>
internal sealed record SourceReference(string? Repo, string? Path, string? Commit, string? Url, string? Text, string? Note)
{
    /// <summary>The reference as one line of Markdown-free text (repo/path@commit, the URL, or the citation).</summary>
    public string Display =>
        Url ?? (Repo is not null ? Repo + "/" + Path + "@" + Commit : Text ?? string.Empty);
}

/// <summary>An <c>x-source</c> keyword of a schema: the JSON pointer of the schema that carries it and its references.</summary>
internal sealed record SourceSite(string Pointer, EquatableArray<SourceReference> References);

/// <summary>
/// The <c>x-source</c> keyword (docs/schema-extensions.md, "Sources"): where a field, code or rule taken from a
/// provider's published specification comes from. Allowed on any schema (root, definition, property, items,
/// branches, <c>x-content-schema</c>). The value is a citation string or an array of references, each a string,
/// <c>{ "repo": "owner/name", "path": "…", "commit": "&lt;7–40 hex&gt;" }</c> or <c>{ "url": "https://…" }</c>, with an
/// optional <c>note</c>. A malformed value is TDS0008 at its line; the references feed docs/sources.md.
/// </summary>
internal static class SourceReferences
{
    public const string Keyword = "x-source";

    private const string Shape = "x-source must be a citation string or an array of references: strings, { \"repo\": \"owner/name\", \"path\": \"…\", \"commit\": \"<7–40 hex digits>\" } or { \"url\": \"https://…\" }, each with an optional \"note\"";
    private static readonly Regex RepoPattern = new("^[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$", RegexOptions.CultureInvariant);
    private static readonly Regex CommitPattern = new("^[0-9a-f]{7,40}$", RegexOptions.CultureInvariant);
    private static readonly string[] SchemaMaps = { "properties", "definitions", "$defs" };
    private static readonly string[] SchemaLists = { "allOf", "anyOf", "oneOf" };
    private static readonly string[] SchemaSlots = { "additionalProperties", "not", "if", "then", "else", "x-content-schema" };

    /// <summary>Every x-source of the document (schema positions only: a wire property named x-source is a property).</summary>
    public static IReadOnlyList<SourceSite> Collect(JObject root, Action<JToken, string, string> reportInvalid)
    {
        var sites = new List<SourceSite>();
        Walk(root, "#", sites, reportInvalid);
        return sites;
    }

    /// <summary>Checks every x-source of the parsed document and adds a TDS0008 for each malformed one.</summary>
    public static void Validate(JObject root, SchemaFile file, LineMap lines, List<DiagnosticInfo> into) =>
        Collect(root, (token, pointer, message) =>
        {
            int line = 1;
            int column = 1;
            if (token is Newtonsoft.Json.IJsonLineInfo info && info.HasLineInfo())
            {
                line = info.LineNumber;
                column = info.LinePosition;
            }

            into.Add(lines.Create(DiagnosticDescriptors.InvalidExtension.Id, file.Path, line, column, new[] { file.Id, pointer, message }));
        });

    private static void Walk(JObject schema, string pointer, List<SourceSite> sites, Action<JToken, string, string> reportInvalid)
    {
        if (schema[Keyword] is JToken value)
        {
            List<SourceReference>? references = Read(value, pointer + "/" + Keyword, reportInvalid);
            if (references is not null)
            {
                sites.Add(new SourceSite(pointer, references.ToEquatableArray()));
            }
        }

        foreach (string map in SchemaMaps)
        {
            if (schema[map] is JObject children)
            {
                foreach (JProperty child in children.Properties())
                {
                    if (child.Value is JObject childSchema)
                    {
                        Walk(childSchema, pointer + "/" + map + "/" + Escape(child.Name), sites, reportInvalid);
                    }
                }
            }
        }

        foreach (string list in SchemaLists)
        {
            if (schema[list] is JArray branches)
            {
                for (int i = 0; i < branches.Count; i++)
                {
                    if (branches[i] is JObject branch)
                    {
                        Walk(branch, pointer + "/" + list + "/" + i.ToString(CultureInfo.InvariantCulture), sites, reportInvalid);
                    }
                }
            }
        }

        foreach (string slot in SchemaSlots)
        {
            if (schema[slot] is JObject child)
            {
                Walk(child, pointer + "/" + slot, sites, reportInvalid);
            }
        }

        if (schema["items"] is JObject items)
        {
            Walk(items, pointer + "/items", sites, reportInvalid);
        }
        else if (schema["items"] is JArray tuple)
        {
            for (int i = 0; i < tuple.Count; i++)
            {
                if (tuple[i] is JObject item)
                {
                    Walk(item, pointer + "/items/" + i.ToString(CultureInfo.InvariantCulture), sites, reportInvalid);
                }
            }
        }
    }

    private static List<SourceReference>? Read(JToken value, string pointer, Action<JToken, string, string> reportInvalid)
    {
        if (value.Type == JTokenType.String)
        {
            if (string.IsNullOrWhiteSpace(value.ToString()))
            {
                reportInvalid(value, pointer, "x-source must not be empty");
                return null;
            }

            return new List<SourceReference> { new(null, null, null, null, value.ToString().Trim(), null) };
        }

        if (value is not JArray array || array.Count == 0)
        {
            reportInvalid(value, pointer, Shape);
            return null;
        }

        var references = new List<SourceReference>();
        for (int i = 0; i < array.Count; i++)
        {
            string itemPointer = pointer + "/" + i.ToString(CultureInfo.InvariantCulture);
            string? error = null;
            SourceReference? reference = array[i] switch
            {
                { Type: JTokenType.String } text when !string.IsNullOrWhiteSpace(text.ToString()) => new SourceReference(null, null, null, null, text.ToString().Trim(), null),
                JObject entry => ReadEntry(entry, out error),
                _ => null,
            };

            if (reference is null)
            {
                reportInvalid(array[i], itemPointer, error ?? Shape);
                return null;
            }

            references.Add(reference);
        }

        return references;
    }

    private static SourceReference? ReadEntry(JObject entry, out string? error)
    {
        error = null;
        foreach (JProperty member in entry.Properties())
        {
            if (member.Name is not ("repo" or "path" or "commit" or "url" or "note"))
            {
                error = $"x-source: unknown member '{member.Name}' (use repo, path, commit, url, note)";
                return null;
            }

            if (member.Value.Type != JTokenType.String || string.IsNullOrWhiteSpace(member.Value.ToString()))
            {
                error = $"x-source: '{member.Name}' must be a non-empty string";
                return null;
            }
        }

        string? note = entry["note"]?.ToString();
        if (entry["url"] is JToken url)
        {
            if (entry["repo"] is not null || entry["path"] is not null || entry["commit"] is not null)
            {
                error = "x-source: a reference is either { url } or { repo, path, commit }, not both";
                return null;
            }

            if (!Uri.TryCreate(url.ToString(), UriKind.Absolute, out Uri? uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
            {
                error = $"x-source: url '{url}' must be an absolute http(s) URL";
                return null;
            }

            return new SourceReference(null, null, null, url.ToString(), null, note);
        }

        string? repo = entry["repo"]?.ToString();
        string? path = entry["path"]?.ToString();
        string? commit = entry["commit"]?.ToString();
        if (repo is null || path is null || commit is null)
        {
            error = "x-source: a repository reference needs repo, path and commit";
            return null;
        }

        if (!RepoPattern.IsMatch(repo))
        {
            error = $"x-source: repo '{repo}' must be owner/name";
            return null;
        }

        if (!CommitPattern.IsMatch(commit))
        {
            error = $"x-source: commit '{commit}' must be 7 to 40 lower-case hex digits";
            return null;
        }

        return new SourceReference(repo, path.TrimStart('/'), commit, null, null, note);
    }

    private static string Escape(string name) => name.Replace("~", "~0").Replace("/", "~1");
}
