using System;
using System.IO;

namespace ThreeDsContracts.Testing;

/// <summary>Locations in the repository (tests run from bin/; the root holds ThreeDsContracts.sln).</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory, "ThreeDsContracts.sln")))
            {
                return directory;
            }

            directory = Path.GetDirectoryName(directory);
        }

        throw new InvalidOperationException("ThreeDsContracts.sln was not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Schemas => Path.Combine(Root, "schemas");

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    /// <summary>The file of a schema id, e.g. antom/notify-payment.</summary>
    public static string Schema(string id) => Path.Combine(Schemas, id.Replace('/', Path.DirectorySeparatorChar) + ".schema.json");
}
