using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using ThreeDsContracts.Metadata;

namespace ThreeDsContracts.Adapters.Tests;

/// <summary>The repository's schemas and fixtures, read as data.</summary>
internal static class Repo
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "ThreeDsContracts.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("ThreeDsContracts.sln was not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Fixture(string provider, string file) => File.ReadAllText(Path.Combine(Root, "tests", "fixtures", provider, file));

    public static T Read<T>(string provider, string file) => JsonSerializer.Deserialize<T>(Fixture(provider, file))!;

    public static JsonElement Schema(string id) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "schemas", id.Replace('/', Path.DirectorySeparatorChar) + ".schema.json"))).RootElement;

    public static IEnumerable<string> SchemaIds() =>
        Directory.GetFiles(Path.Combine(Root, "schemas"), "*.schema.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Path.Combine(Root, "schemas"), path).Replace(Path.DirectorySeparatorChar, '/'))
            .Select(relative => relative.Substring(0, relative.Length - ".schema.json".Length))
            .OrderBy(id => id, StringComparer.Ordinal);

    /// <summary>The valid fixtures of a provider's manifest: (file, schema).</summary>
    public static IEnumerable<(string File, string Schema)> ValidFixtures(string provider)
    {
        using JsonDocument manifest = JsonDocument.Parse(Fixture(provider, "manifest.json"));
        foreach (JsonElement entry in manifest.RootElement.GetProperty("fixtures").EnumerateArray())
        {
            if (entry.TryGetProperty("invalid", out JsonElement invalid) && invalid.GetBoolean())
            {
                continue;
            }

            yield return (entry.GetProperty("file").GetString()!, entry.GetProperty("schema").GetString()!);
        }
    }

    /// <summary>Every code list of the schemas: (schema id, JSON pointer, node).</summary>
    public static IEnumerable<(string SchemaId, string Pointer, JsonElement Node)> CodeLists()
    {
        foreach (string id in SchemaIds())
        {
            foreach ((string pointer, JsonElement node) in Walk(Schema(id), "#"))
            {
                if (node.TryGetProperty("enum", out JsonElement values) && values.ValueKind == JsonValueKind.Array
                    && values.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) && values.GetArrayLength() > 0)
                {
                    yield return (id, pointer, node);
                }
            }
        }
    }

    private static IEnumerable<(string, JsonElement)> Walk(JsonElement node, string pointer)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        yield return (pointer, node);
        foreach (JsonProperty property in node.EnumerateObject())
        {
            if (property.Name.StartsWith("x-", StringComparison.Ordinal) && property.Name != "x-content-schema")
            {
                continue;
            }

            string child = pointer + "/" + property.Name.Replace("~", "~0").Replace("/", "~1");
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach ((string, JsonElement) inner in Walk(property.Value, child))
                {
                    yield return inner;
                }
            }
            else if (property.Value.ValueKind == JsonValueKind.Array)
            {
                int i = 0;
                foreach (JsonElement item in property.Value.EnumerateArray())
                {
                    foreach ((string, JsonElement) inner in Walk(item, child + "/" + i++))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }
}

/// <summary>The generated code lists of the runtime assembly, reached through their schema id and pointer.</summary>
internal static class CodeList
{
    private static readonly Assembly Runtime = typeof(Code<>).Assembly;

    private static readonly Lazy<Dictionary<string, Type>> BySchema = new(() =>
        Runtime.GetTypes()
            .Where(t => t.IsEnum && t.GetCustomAttribute<ThreeDsSchemaAttribute>() is not null)
            .ToDictionary(t => Key(t.GetCustomAttribute<ThreeDsSchemaAttribute>()!.SchemaId, t.GetCustomAttribute<ThreeDsSchemaAttribute>()!.Pointer), t => t));

    private static string Key(string schemaId, string pointer) => schemaId + " " + pointer;

    public static Type? Find(string schemaId, string pointer) => BySchema.Value.TryGetValue(Key(schemaId, pointer), out Type? type) ? type : null;

    public static Type Of(string schemaId, string pointer) => Find(schemaId, pointer) ?? throw new InvalidOperationException($"no code list generated for {schemaId} {pointer}");

    public static Type? Companion(Type enumType, string suffix) => Runtime.GetType(enumType.FullName + suffix);

    public static object Parse(Type enumType, string wire) =>
        Companion(enumType, "Extensions")!.GetMethod("ParseWireValue")!.Invoke(null, new object[] { wire })!;

    public static string Wire(object value) =>
        (string)Companion(value.GetType(), "Extensions")!.GetMethod("ToWireValue")!.Invoke(null, new[] { value })!;

    public static IEnumerable<object> Members(Type enumType) =>
        ((System.Collections.IEnumerable)Companion(enumType, "Extensions")!.GetProperty("Members")!.GetValue(null)!).Cast<object>();
}
