using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Newtonsoft.Json.Linq;
using ThreeDsContracts.Generator.Parsing;
using ThreeDsContracts.Testing;
using ThreeDsContracts.Testing.Snapshots;
using Xunit;

namespace ThreeDsContracts.Generator.Tests;

/// <summary>
/// docs/sources.md is generated from the x-source keywords of schemas/ (with the generator's own reader of the
/// keyword). The test fails when the page is stale; THREEDS_ACCEPT_SNAPSHOTS=1 rewrites it.
/// </summary>
public class SourcesPageTests
{
    private static string PagePath => Path.Combine(RepoPaths.Root, "docs", "sources.md");

    [Fact]
    public void Docs_sources_md_lists_every_x_source_of_the_schemas()
    {
        string expected = Render();
        string actual = File.Exists(PagePath) ? File.ReadAllText(PagePath).Replace("\r\n", "\n") : string.Empty;
        if (actual == expected)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(Snapshot.AcceptVariable) == "1"
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            File.WriteAllText(PagePath, expected);
            return;
        }

        Assert.Fail($"docs/sources.md is stale; regenerate it with {Snapshot.AcceptVariable}=1 dotnet test tests/ThreeDsContracts.Generator.Tests --filter SourcesPageTests");
    }

    [Fact]
    public void Every_x_source_of_the_schemas_is_well_formed_and_repository_references_name_a_commit()
    {
        var sites = Sites().ToList();
        Assert.All(sites.SelectMany(s => s.Site.References).Where(r => r.Repo is not null), r => Assert.Matches("^[0-9a-f]{7,40}$", r.Commit!));
    }

    [Theory]
    [InlineData("antom")]
    [InlineData("canonical")]
    [InlineData("ecommpay")]
    [InlineData("jpm-payments")]
    public void A_provider_whose_schemas_go_beyond_the_seeds_cites_a_published_document(string provider)
    {
        Assert.Contains(Sites(), s => s.SchemaId.StartsWith(provider + "/", StringComparison.Ordinal) && s.Site.References.Any(r => r.Repo is not null || r.Url is not null));
    }

    private static IEnumerable<(string SchemaId, SourceSite Site)> Sites()
    {
        foreach (string file in Directory.EnumerateFiles(RepoPaths.Schemas, "*.schema.json", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            string id = Path.GetRelativePath(RepoPaths.Schemas, file).Replace('\\', '/');
            id = id.Substring(0, id.Length - ".schema.json".Length);
            var errors = new List<string>();
            IReadOnlyList<SourceSite> sites = SourceReferences.Collect(JObject.Parse(File.ReadAllText(file)), (_, pointer, message) => errors.Add(pointer + ": " + message));
            Assert.True(errors.Count == 0, id + ": " + string.Join("; ", errors));
            foreach (SourceSite site in sites)
            {
                yield return (id, site);
            }
        }
    }

    private static string Render()
    {
        var page = new StringBuilder();
        page.Append("# Sources of the schemas\n\n")
            .Append("Where each field, code or rule that is not from the seed excerpts comes from: the `x-source` keywords of\n")
            .Append("`schemas/` ([schema-extensions.md](schema-extensions.md#sources)). Generated; do not edit. Regenerate with\n")
            .Append("`THREEDS_ACCEPT_SNAPSHOTS=1 dotnet test tests/ThreeDsContracts.Generator.Tests --filter SourcesPageTests`\n")
            .Append("(the test fails when this page is stale).\n");

        var cited = Sites().Select(s => s.SchemaId.Split('/')[0]).ToHashSet(StringComparer.Ordinal);
        string[] uncited = Directory.EnumerateDirectories(RepoPaths.Schemas).Select(Path.GetFileName).OfType<string>()
            .Where(p => !cited.Contains(p)).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        if (uncited.Length > 0)
        {
            page.Append("\nSchemas without any `x-source` (described from the seed excerpts only): ").Append(string.Join(", ", uncited)).Append(".\n");
        }

        foreach (IGrouping<string, (string SchemaId, SourceSite Site)> provider in Sites().GroupBy(s => s.SchemaId.Split('/')[0]))
        {
            var references = provider.SelectMany(s => s.Site.References).Select(Link).Distinct().OrderBy(r => r, StringComparer.Ordinal).ToList();
            page.Append("\n## ").Append(provider.Key).Append("\n\n");
            foreach (string reference in references)
            {
                page.Append("- ").Append(reference).Append('\n');
            }

            page.Append("\n| schema | location | sources |\n|---|---|---|\n");
            foreach ((string schemaId, SourceSite site) in provider)
            {
                page.Append("| ").Append(schemaId).Append(" | `").Append(site.Pointer).Append("` | ")
                    .Append(string.Join("<br>", site.References.Select(r => Short(r) + (r.Note is null ? string.Empty : " (" + Escape(r.Note) + ")"))))
                    .Append(" |\n");
            }
        }

        return page.ToString();
    }

    private static string Link(SourceReference r) =>
        r.Url is not null ? $"<{r.Url}>"
        : r.Repo is not null ? $"[{r.Repo}/{r.Path}@{r.Commit}](https://github.com/{r.Repo}/blob/{r.Commit}/{r.Path})"
        : Escape(r.Text!);

    private static string Short(SourceReference r) =>
        r.Url is not null ? r.Url : r.Repo is not null ? $"`{r.Repo}` `{r.Path}`@{r.Commit}" : Escape(r.Text!);

    private static string Escape(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
