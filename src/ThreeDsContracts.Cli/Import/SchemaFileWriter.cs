using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThreeDsContracts.Cli.Infrastructure;

namespace ThreeDsContracts.Cli.Import;

/// <summary>One schema file of an import: its bytes and whether they differ from what is on disk.</summary>
internal sealed record ImportedFile(string Name, string Path, byte[] Bytes, string Status)
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Unchanged = "unchanged";
}

/// <summary>
/// Serializes imported schemas deterministically (two-space indentation, <c>\n</c> line ends, UTF-8 without BOM,
/// non-ASCII kept, one final newline) and writes them atomically: every file goes to a temporary file beside its
/// target first, and only when all of them are written are they moved over the targets.
/// </summary>
internal static class SchemaFileWriter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Serialize(JsonObject schema) => new UTF8Encoding(false).GetBytes(schema.ToJsonString(Options) + "\n");

    public static ImportedFile Prepare(string directory, string name, JsonObject schema)
    {
        string path = System.IO.Path.Combine(directory, name);
        byte[] bytes = Serialize(schema);
        string status = !File.Exists(path) ? ImportedFile.Created : File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes) ? ImportedFile.Unchanged : ImportedFile.Updated;
        return new ImportedFile(name, path, bytes, status);
    }

    public static void WriteAll(string directory, IReadOnlyList<ImportedFile> files)
    {
        var temporary = new List<(string Temp, string Target)>();
        try
        {
            Directory.CreateDirectory(directory);
            foreach (ImportedFile file in files)
            {
                if (file.Status == ImportedFile.Unchanged)
                {
                    continue;
                }

                string temp = System.IO.Path.Combine(directory, "." + file.Name + "." + Guid.NewGuid().ToString("N") + ".tmp");
                File.WriteAllBytes(temp, file.Bytes);
                temporary.Add((temp, file.Path));
            }

            foreach ((string temp, string target) in temporary)
            {
                File.Move(temp, target, overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach ((string temp, _) in temporary)
            {
                try
                {
                    File.Delete(temp);
                }
                catch (IOException)
                {
                }
            }

            throw new CliUsageException($"--into: cannot write to '{directory}': {e.GetType().Name}");
        }
    }

    /// <summary>The existing schema files of the folder that an import would write (parsed), for the annotation merge.</summary>
    public static Dictionary<string, JsonObject> ReadExisting(string directory, IEnumerable<string> names)
    {
        var existing = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (string name in names)
        {
            string path = System.IO.Path.Combine(directory, name);
            if (!File.Exists(path))
            {
                continue;
            }

            try
            {
                existing[name] = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                    ?? throw new CliUsageException($"{path}: the existing schema is not a JSON object");
            }
            catch (JsonException e)
            {
                throw new CliUsageException($"{path}: the existing schema is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliUsageException($"{path}: cannot read the existing schema ({e.GetType().Name})");
            }
        }

        return existing;
    }
}
