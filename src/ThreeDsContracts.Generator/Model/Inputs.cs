namespace ThreeDsContracts.Generator.Model;

/// <summary>Where a schema comes from.</summary>
internal enum SchemaOrigin
{
    /// <summary>A schema of the project being compiled: its types are generated here.</summary>
    Project,

    /// <summary>A schema built into the package: its types already live in ThreeDsContracts.dll.</summary>
    BuiltIn,
}

/// <summary>One schema file as the compiler hands it over (AdditionalFiles).</summary>
internal sealed record SchemaFile(string Id, string Path, SchemaOrigin Origin, string Text);

/// <summary>The MSBuild options of the generator.</summary>
internal sealed record GeneratorOptions(string RootNamespace, bool IsPublic, EquatableArray<string> Include)
{
    public static readonly GeneratorOptions Default = new("ThreeDsContracts.Generated", false, EquatableArray<string>.Empty);

    /// <summary>True when a project schema id is selected for generation.</summary>
    public bool Includes(string schemaId)
    {
        if (Include.Count == 0)
        {
            return true;
        }

        foreach (string pattern in Include)
        {
            if (pattern.EndsWith("*", System.StringComparison.Ordinal)
                ? schemaId.StartsWith(pattern.Substring(0, pattern.Length - 1), System.StringComparison.Ordinal)
                : string.Equals(schemaId, pattern, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
