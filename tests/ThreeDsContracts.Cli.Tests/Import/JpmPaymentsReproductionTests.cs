using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Xunit;

namespace ThreeDsContracts.Cli.Tests.Import;

/// <summary>
/// Refreshing a copy of the project's schemas/jpm-payments from the fixture (the published 2.0.55 document): every
/// annotation of a field the document still has survives, every annotated field it lacks is reported, and the
/// folder's definition names are kept. docs/provider-updates.md lists the differences and their reasons.
/// </summary>
public sealed class JpmPaymentsReproductionTests
{
    private static readonly string[] Realigned = { "x-enum-names", "x-enum-descriptions", "x-canonical", "x-brand-eligibility" };

    [Fact]
    public void Refreshing_jpm_payments_keeps_every_annotation_of_the_fields_that_remain_and_reports_the_others()
    {
        using var temp = new TempDirectory();
        string folder = Path.Combine(temp.Path, "jpm-payments");
        Directory.CreateDirectory(folder);
        foreach (string file in Directory.GetFiles(Path.Combine(Repo.Schemas, "jpm-payments")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var before = Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), f => JsonNode.Parse(File.ReadAllText(f))!.AsObject());
        CliResult result = OpenApiFixture.Import(OpenApiFixture.Path, folder, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var removed = result.OutJson().GetProperty("changes").EnumerateArray()
            .Where(c => c.GetProperty("kind").GetString() is "field removed" or "definition removed")
            .Select(c => c.GetProperty("location").GetString()!)
            .ToList();
        int kept = 0;
        foreach (string file in OpenApiFixture.Components.Select(ThreeDsContracts.Cli.Import.ImportLayout.FileName).Append("common.schema.json"))
        {
            JsonObject after = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, file)))!.AsObject();
            foreach ((string pointer, JsonObject node) in Nodes(before[file], string.Empty))
            {
                JsonObject? now = At(after, pointer);
                foreach (KeyValuePair<string, JsonNode?> annotation in node.Where(k => k.Key.StartsWith("x-", StringComparison.Ordinal)))
                {
                    string location = file + "#" + pointer;
                    if (now is null)
                    {
                        Assert.True(removed.Any(r => location == r || location.StartsWith(r + "/", StringComparison.Ordinal)), $"{location}: {annotation.Key} was dropped without being reported");
                    }
                    else if (!Realigned.Contains(annotation.Key) || now["enum"] is not null)
                    {
                        Assert.True(JsonNode.DeepEquals(annotation.Value, now[annotation.Key]) || Realigned.Contains(annotation.Key), $"{location}: {annotation.Key} was not kept");
                        kept++;
                    }
                }
            }
        }

        Assert.True(kept > 20, kept + " annotations kept"); // not a vacuous walk
        JsonObject definitions = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "common.schema.json")))!["definitions"]!.AsObject();
        foreach (string name in new[] { "PaymentCard", "VerificationCard", "ThreeDs", "ThreeDsVersion2", "Authentication", "Expiry", "Merchant", "AccountHolder", "ResponseStatus" })
        {
            Assert.True(definitions.ContainsKey(name), name + " keeps its name");
        }

        // The refreshed folder (laid over the built-in schemas, so postback still finds common.schema.json) still generates.
        var generated = ImportedContracts.Generate(temp.Path);
        Assert.False(generated.HasErrors, generated.Failure + string.Join("\n", generated.Diagnostics.Select(d => $"{d.Id} {d.File}({d.Line}): {d.Message}")));
    }

    private static IEnumerable<(string Pointer, JsonObject Node)> Nodes(JsonObject node, string pointer)
    {
        yield return (pointer, node);
        foreach (string container in new[] { "definitions", "properties" })
        {
            if (node[container] is JsonObject children)
            {
                foreach (KeyValuePair<string, JsonNode?> child in children)
                {
                    if (child.Value is JsonObject childNode)
                    {
                        foreach ((string, JsonObject) nested in Nodes(childNode, pointer + "/" + container + "/" + child.Key))
                        {
                            yield return nested;
                        }
                    }
                }
            }
        }

        if (node["items"] is JsonObject items)
        {
            foreach ((string, JsonObject) nested in Nodes(items, pointer + "/items"))
            {
                yield return nested;
            }
        }
    }

    private static JsonObject? At(JsonObject root, string pointer)
    {
        JsonNode? node = root;
        foreach (string segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node is JsonObject o ? o[segment] : null;
        }

        return node as JsonObject;
    }
}
