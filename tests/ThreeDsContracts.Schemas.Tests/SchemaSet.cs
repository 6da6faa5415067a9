using System.Collections.Concurrent;
using NJsonSchema;
using ThreeDsContracts.Testing;

namespace ThreeDsContracts.Schemas.Tests;

/// <summary>The repository schemas loaded with NJsonSchema (the validator the CLI uses), cached per id + pointer.</summary>
internal static class SchemaSet
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Cache = new();

    public static JsonSchema Load(string id, string pointer = "#") => Cache.GetOrAdd(id + pointer, _ =>
    {
        JsonSchema root = JsonSchema.FromFileAsync(RepoPaths.Schema(id)).GetAwaiter().GetResult();
        if (pointer == "#")
        {
            return root;
        }

        string[] steps = pointer.TrimStart('#', '/').Split('/');
        if (steps.Length == 2 && steps[0] == "definitions")
        {
            JsonSchema definition = root.Definitions[steps[1]];
            return definition.HasReference ? definition.Reference! : definition;
        }

        throw new System.NotSupportedException("Fixture pointers name a definition: " + pointer);
    });
}
