using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace ThreeDsContracts.Cli.Import;

/// <summary>What an import would write (or wrote) and what a refresh changed.</summary>
internal sealed record ImportResult(OpenApiSource Source, string Directory, IReadOnlyList<ImportedFile> Files, IReadOnlyList<ImportChange> Changes)
{
    public bool WouldChange => Files.Any(f => f.Status != ImportedFile.Unchanged);
}

/// <summary>
/// <c>threeds import openapi</c> without the command line: read the document, follow the named components, translate,
/// carry over the annotations of the files already in the folder, and serialize. Nothing is written until
/// <see cref="SchemaFileWriter.WriteAll"/>; every error is raised before that.
/// </summary>
internal static class OpenApiImporter
{
    public static ImportResult Plan(OpenApiSource source, IReadOnlyList<string> components, string directory, string typePrefix)
    {
        ImportPlan plan = ComponentWalker.Walk(source, components);
        IEnumerable<string> names = plan.Roots.Select(ImportLayout.FileName).Append(ImportLayout.CommonFile);
        Dictionary<string, JsonObject> existing = SchemaFileWriter.ReadExisting(directory, names);

        // First pass with default names finds which existing definitions the components stand for; the second uses their names.
        var defaults = ImportLayout.DefinitionNames(plan, new Dictionary<string, string>(StringComparer.Ordinal));
        IReadOnlyList<(string File, JsonObject Schema)> draft = ImportLayout.Build(source, plan, typePrefix, defaults);
        IReadOnlyDictionary<string, string> kept = DefinitionMatcher.Match(plan, draft, existing);
        IReadOnlyList<(string File, JsonObject Schema)> files = kept.Count == 0 ? draft : ImportLayout.Build(source, plan, typePrefix, ImportLayout.DefinitionNames(plan, kept));

        var merge = new AnnotationMerge();
        foreach ((string file, JsonObject schema) in files)
        {
            if (existing.TryGetValue(file, out JsonObject? old))
            {
                merge.MergeFile(file, schema, old);
            }
        }

        var prepared = files.Select(f => SchemaFileWriter.Prepare(directory, f.File, f.Schema)).ToList();
        return new ImportResult(source, directory, prepared, merge.Changes.Concat(BrandRulePaths.Check(files)).ToList());
    }

    /// <summary>The type prefix for a provider folder: <c>schemas/jpm-payments</c> → <c>JpmPayments</c>.</summary>
    public static string DefaultTypePrefix(string directory)
    {
        string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        return string.IsNullOrEmpty(name) ? string.Empty : ImportLayout.Pascal(name);
    }
}
