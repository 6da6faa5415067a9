using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ThreeDsContracts.Testing;

/// <summary>One entry of a tests/fixtures/&lt;provider&gt;/manifest.json.</summary>
public sealed record Fixture(
    string Provider,
    string File,
    string Path,
    string SchemaId,
    string Pointer,
    bool Invalid,
    string? ExpectPath,
    string? Verbatim,
    IReadOnlyList<string> ExpectRules,
    string Source)
{
    /// <summary>Readable name for test output.</summary>
    public override string ToString() => Provider + "/" + File;

    public string Text => System.IO.File.ReadAllText(Path);
}

/// <summary>The seed fixtures and their manifests.</summary>
public static class Fixtures
{
    private static readonly Lazy<IReadOnlyList<Fixture>> AllFixtures = new(Load);

    public static IReadOnlyList<Fixture> All => AllFixtures.Value;

    public static IEnumerable<Fixture> Valid => All.Where(f => !f.Invalid);

    public static IEnumerable<Fixture> Invalid => All.Where(f => f.Invalid);

    /// <summary>xunit MemberData rows.</summary>
    public static IEnumerable<object[]> Rows(IEnumerable<Fixture> fixtures) => fixtures.Select(f => new object[] { f.ToString() });

    public static Fixture Named(string name) => All.Single(f => f.ToString() == name);

    private static IReadOnlyList<Fixture> Load()
    {
        var list = new List<Fixture>();
        foreach (string manifest in Directory.EnumerateFiles(RepoPaths.Fixtures, "manifest.json", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            string directory = System.IO.Path.GetDirectoryName(manifest)!;
            string provider = System.IO.Path.GetFileName(directory);
            using JsonDocument document = JsonDocument.Parse(System.IO.File.ReadAllText(manifest));
            foreach (JsonElement entry in document.RootElement.GetProperty("fixtures").EnumerateArray())
            {
                string schema = entry.GetProperty("schema").GetString()!;
                int hash = schema.IndexOf('#');
                string file = entry.GetProperty("file").GetString()!;
                list.Add(new Fixture(
                    provider,
                    file,
                    System.IO.Path.Combine(directory, file),
                    hash < 0 ? schema : schema.Substring(0, hash),
                    hash < 0 ? "#" : schema.Substring(hash),
                    entry.TryGetProperty("invalid", out JsonElement invalid) && invalid.GetBoolean(),
                    entry.TryGetProperty("expectPath", out JsonElement path) ? path.GetString() : null,
                    entry.TryGetProperty("verbatim", out JsonElement verbatim) ? verbatim.GetString() : null,
                    entry.TryGetProperty("expectRules", out JsonElement rules) ? rules.EnumerateArray().Select(r => r.ValueKind == JsonValueKind.String ? r.GetString()! : r.GetProperty("rule").GetString()!).ToList() : Array.Empty<string>(),
                    entry.TryGetProperty("source", out JsonElement source) ? source.GetString() ?? string.Empty : string.Empty));
            }
        }

        return list;
    }
}
