using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace ThreeDsContracts.Cli.Tests.Import;

/// <summary>
/// A folder imported once and then annotated (as the project annotates its schemas) is refreshed from a changed
/// document: a field added, one removed, a code value added and a length tightened.
/// </summary>
public sealed class ImportRefreshTests
{
    private const string Common = "common.schema.json";

    private static JsonObject Read(string directory, string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(directory, file)))!.AsObject();

    private static void Edit(string directory, string file, Action<JsonObject> edit)
    {
        JsonObject root = Read(directory, file);
        edit(root);
        File.WriteAllText(Path.Combine(directory, file), root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>Annotations of the kinds the project adds, and one definition renamed (ThreeDs, as in schemas/jpm-payments).</summary>
    private static void Annotate(string folder)
    {
        Edit(folder, Common, root =>
        {
            JsonObject definitions = root["definitions"]!.AsObject();
            JsonNode threeDs = definitions["threeDS"]!;
            definitions.Remove("threeDS");
            definitions["ThreeDs"] = threeDs;
            threeDs["x-type-name"] = "JpmImportThreeDs";
            definitions["authentication"]!["properties"]!["threeDS"]!["$ref"] = "#/definitions/ThreeDs";
            JsonNode properties = threeDs["properties"]!;
            properties["authenticationValue"]!["x-sensitive"] = "authentication-value";
            properties["authenticationValue"]!["x-canonical-field"] = "canonical/authentication-result#authenticationValue";
            properties["authenticationTransactionId"]!["x-canonical-field"] = "canonical/authentication-result#dsTransId";
            JsonNode status = definitions["version2"]!["properties"]!["threeDSTransactionStatus"]!;
            status["x-canonical-field"] = "canonical/authentication-result#transStatus";
            status["x-enum-names"] = new JsonArray("Authenticated", "NotAuthenticated", "NotPerformed", "Attempted");
            status["x-unknown-values"] = "preserve";
            status["x-canonical"] = new JsonObject { ["set"] = "canonical/trans-status", ["map"] = new JsonObject { ["Y"] = "Y", ["N"] = "N", ["U"] = "U", ["A"] = "A" } };
            definitions["card"]!["properties"]!["accountNumber"]!["x-sensitive"] = "pan";
        });
        Edit(folder, "payment-response.schema.json", root => root["properties"]!["requestId"]!["x-property-name"] = "MerchantRequestId");
        Edit(folder, "payment.schema.json", root => root["x-brand-rules"] = JsonNode.Parse("""
            [{ "id": "acme-cavv", "brands": ["visa"], "require": ["paymentMethodType.card.authentication.threeDS.authenticationValue"],
               "when": { "present": "paymentMethodType.card.authentication" }, "message": "Visa pass-through needs the CAVV", "source": "test" },
             { "id": "acme-ds-trans-id", "brands": ["mastercard"], "require": ["paymentMethodType.card.authentication.threeDS.authenticationTransactionId"],
               "when": { "all": [{ "present": "paymentMethodType.card.authentication" }, { "path": "paymentMethodType.card.authentication.threeDS.version2.threeDSTransactionStatus", "notEquals": "N" }] },
               "message": "Mastercard pass-through needs the DS transaction id", "source": "test" }]
            """));
    }

    /// <summary>The fixture with the simulated provider update.</summary>
    private static string ChangedDocument()
    {
        string text = OpenApiFixture.Text;
        string changed = text
            .Replace( // a field added to threeDS, authenticationTransactionId removed
                "        authenticationTransactionId:\n          description: Identifier provided by the merchant plug in system (MPI) or scheme directory server during payer authentication\n            using 3-D Secure authentication.\n          type: string\n",
                "        threeDSServerTransactionId:\n          description: Transaction identifier assigned by the 3DS Server.\n          type: string\n          format: uuid\n",
                StringComparison.Ordinal)
            .Replace("          - U\n          - A\n        threeDSTransactionStatusReasonCode:", "          - U\n          - A\n          - C\n        threeDSTransactionStatusReasonCode:", StringComparison.Ordinal)
            .Replace("    requestId:\n      description: Merchant identifier for the request. The value must be unique.\n      type: string\n      maxLength: 40\n", "    requestId:\n      description: Merchant identifier for the request. The value must be unique.\n      type: string\n      maxLength: 36\n", StringComparison.Ordinal);
        Assert.DoesNotContain("authenticationTransactionId", changed);
        Assert.Contains("          - C\n", changed);
        Assert.Contains("maxLength: 36", changed);
        return changed;
    }

    [Fact]
    public void Refresh_keeps_annotations_reports_the_removed_field_and_diff_classifies_each_change()
    {
        using var temp = new TempDirectory();
        string folder = Path.Combine(temp.Path, "new", "jpm-import");
        Assert.Equal(0, OpenApiFixture.Import(OpenApiFixture.Path, folder).ExitCode);
        Annotate(folder);
        string before = Path.Combine(temp.Path, "old", "jpm-import");
        Directory.CreateDirectory(before);
        foreach (string file in Directory.GetFiles(folder))
        {
            File.Copy(file, Path.Combine(before, Path.GetFileName(file)));
        }

        string document = temp.Write("changed.yaml", ChangedDocument());
        CliResult check = OpenApiFixture.Import(document, folder, "--check");
        Assert.True(check.ExitCode == 1, check.ToString());
        CliResult result = OpenApiFixture.Import(document, folder, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var changes = result.OutJson().GetProperty("changes").EnumerateArray()
            .Select(c => (c.GetProperty("kind").GetString()!, c.GetProperty("location").GetString()!, c.GetProperty("detail").GetString()!))
            .ToList();
        const string ThreeDs = "common.schema.json#/definitions/ThreeDs/properties/";
        Assert.Equal(
            new[]
            {
                ("field changed", "payment-response.schema.json#/properties/requestId", "maxLength 40 → 36 (annotations kept)"),
                ("field changed", "verification-response.schema.json#/properties/requestId", "maxLength 40 → 36"),
                ("field removed", ThreeDs + "authenticationTransactionId", "annotations dropped: x-canonical-field"),
                ("field added", ThreeDs + "threeDSServerTransactionId", "string"),
                ("brand rule path missing", "payment.schema.json#/x-brand-rules/1", "acme-ds-trans-id: paymentMethodType.card.authentication.threeDS.authenticationTransactionId is not in the imported schema"),
                ("code value added", "common.schema.json#/definitions/version2/properties/threeDSTransactionStatus", "C (review: x-enum-names entry made from the value, x-canonical maps it to null)"),
            }.OrderBy(c => c.Item2, StringComparer.Ordinal).ThenBy(c => c.Item1, StringComparer.Ordinal),
            changes.OrderBy(c => c.Item2, StringComparer.Ordinal).ThenBy(c => c.Item1, StringComparer.Ordinal));

        // Every annotation on a field that still exists is kept, the renamed definition keeps its name.
        JsonObject definitions = Read(folder, Common)["definitions"]!.AsObject();
        Assert.False(definitions.ContainsKey("threeDS"));
        JsonNode threeDs = definitions["ThreeDs"]!;
        Assert.Equal("JpmImportThreeDs", threeDs["x-type-name"]!.GetValue<string>());
        Assert.Equal("#/definitions/ThreeDs", definitions["authentication"]!["properties"]!["threeDS"]!["$ref"]!.GetValue<string>());
        Assert.Equal("authentication-value", threeDs["properties"]!["authenticationValue"]!["x-sensitive"]!.GetValue<string>());
        Assert.Equal("canonical/authentication-result#authenticationValue", threeDs["properties"]!["authenticationValue"]!["x-canonical-field"]!.GetValue<string>());
        Assert.Null(threeDs["properties"]!["authenticationTransactionId"]);
        Assert.Equal("uuid", threeDs["properties"]!["threeDSServerTransactionId"]!["format"]!.GetValue<string>());
        JsonNode status = definitions["version2"]!["properties"]!["threeDSTransactionStatus"]!;
        Assert.Equal("""["Authenticated","NotAuthenticated","NotPerformed","Attempted","C"]""", status["x-enum-names"]!.ToJsonString());
        Assert.Equal("""{"set":"canonical/trans-status","map":{"Y":"Y","N":"N","U":"U","A":"A","C":null}}""", status["x-canonical"]!.ToJsonString());
        Assert.Equal("preserve", status["x-unknown-values"]!.GetValue<string>());
        Assert.Equal("pan", definitions["card"]!["properties"]!["accountNumber"]!["x-sensitive"]!.GetValue<string>());
        JsonObject response = Read(folder, "payment-response.schema.json");
        Assert.Equal("MerchantRequestId", response["properties"]!["requestId"]!["x-property-name"]!.GetValue<string>());
        Assert.Equal(36, response["properties"]!["requestId"]!["maxLength"]!.GetValue<int>());
        Assert.Equal("acme-cavv", Read(folder, "payment.schema.json")["x-brand-rules"]![0]!["id"]!.GetValue<string>());

        // The refreshed folder still generates (no diagnostics) and threeds diff classifies each change.
        GenerationOk(Path.Combine(temp.Path, "new"));
        var paymentDiff = Diff(Path.Combine(before, "payment.schema.json"), Path.Combine(folder, "payment.schema.json"));
        const string Path3ds = "$.paymentMethodType.card.authentication.threeDS";
        Assert.Contains(("field removed", Path3ds + ".authenticationTransactionId", true), paymentDiff);
        Assert.Contains(("field added", Path3ds + ".threeDSServerTransactionId", false), paymentDiff);
        Assert.Contains(("code value added", Path3ds + ".version2.threeDSTransactionStatus", false), paymentDiff);
        var responseDiff = Diff(Path.Combine(before, "payment-response.schema.json"), Path.Combine(folder, "payment-response.schema.json"));
        Assert.Contains(("constraint tightened", "$.requestId", true), responseDiff);
    }

    [Fact]
    public void A_code_value_removed_drops_its_parallel_annotations_and_is_reported()
    {
        using var temp = new TempDirectory();
        string folder = Path.Combine(temp.Path, "jpm-import");
        Assert.Equal(0, OpenApiFixture.Import(OpenApiFixture.Path, folder).ExitCode);
        Annotate(folder);
        string document = temp.Write("removed.yaml", OpenApiFixture.Text.Replace("          - U\n          - A\n        threeDSTransactionStatusReasonCode:", "          - A\n        threeDSTransactionStatusReasonCode:", StringComparison.Ordinal));

        CliResult result = OpenApiFixture.Import(document, folder, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.OutJson().GetProperty("changes").EnumerateArray(), c => c.GetProperty("kind").GetString() == "code value removed" && c.GetProperty("detail").GetString()!.StartsWith("U (its x-enum-names", StringComparison.Ordinal));
        JsonNode status = Read(folder, Common)["definitions"]!["version2"]!["properties"]!["threeDSTransactionStatus"]!;
        Assert.Equal("""["Authenticated","NotAuthenticated","Attempted"]""", status["x-enum-names"]!.ToJsonString());
        Assert.Equal("""{"Y":"Y","N":"N","A":"A"}""", status["x-canonical"]!["map"]!.ToJsonString());
    }

    private static void GenerationOk(string root)
    {
        var generated = ImportedContracts.Generate(root);
        Assert.True(!generated.HasErrors && generated.Diagnostics.Count == 0, generated.Failure + string.Join("\n", generated.Diagnostics.Select(d => $"{d.Id} {d.File}({d.Line}): {d.Message}")));
    }

    private static (string Change, string Path, bool Breaking)[] Diff(string before, string after)
    {
        CliResult diff = Cli.Run("diff", before, after, "--json");
        Assert.True(diff.ExitCode is 0 or 1, diff.ToString());
        return diff.OutJson().GetProperty("changes").EnumerateArray()
            .Select(c => (c.GetProperty("change").GetString()!, c.GetProperty("path").GetString()!, c.GetProperty("breaking").GetBoolean()))
            .ToArray();
    }
}
