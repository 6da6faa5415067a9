using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace ThreeDsContracts.Cli.Tests;

public sealed class DiffCommandTests
{
    private static (string Change, string Path, string Detail, bool Breaking)[] Changes(CliResult result) =>
        result.OutJson().GetProperty("changes").EnumerateArray()
            .Select(c => (c.GetProperty("change").GetString()!, c.GetProperty("path").GetString()!, c.GetProperty("detail").GetString()!, c.GetProperty("breaking").GetBoolean()))
            .ToArray();

    /// <summary>Copies a provider folder into a temporary "new version" and edits one of its files.</summary>
    private static string NewVersion(TempDirectory temp, string provider, string file, Action<JsonObject> edit)
    {
        foreach (string source in Directory.GetFiles(Path.Combine(Repo.Schemas, provider)))
        {
            File.Copy(source, Path.Combine(temp.Path, Path.GetFileName(source)));
        }

        string path = Path.Combine(temp.Path, file + ".schema.json");
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(root);
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }

    [Fact]
    public void A_schema_compared_with_itself_has_no_changes()
    {
        CliResult result = Cli.Run("diff", "jpm-payments/payment", "jpm-payments/payment");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no changes", result.Out);
    }

    [Fact]
    public void Changes_behind_a_ref_are_found_and_classified()
    {
        using var temp = new TempDirectory();
        NewVersion(temp, "jpm-payments", "common", root =>
        {
            JsonObject threeDs = root["definitions"]!["ThreeDs"]!["properties"]!.AsObject();
            threeDs.Remove("authenticationValueCalculationMethod");
            threeDs["newField"] = new JsonObject { ["type"] = "string" };
            threeDs["authenticationValue"]!["maxLength"] = 40;
            threeDs["issuerAssignedAuthenticationFraudScore"]!["type"] = "string";
            JsonArray eci = root["definitions"]!["ElectronicCommerceIndicator"]!["enum"]!.AsArray();
            eci.Remove(eci.Single(v => v!.GetValue<string>() == "00"));
            eci.Add("08");
            threeDs["authenticationTransactionId"]!["description"] = "Reworded.";
        });

        CliResult result = Cli.Run("diff", "jpm-payments/payment", Path.Combine(temp.Path, "payment.schema.json"), "--json");

        Assert.Equal(1, result.ExitCode);
        const string ThreeDs = "$.paymentMethodType.card.authentication.threeDS";
        const string Eci = "$.paymentMethodType.card.authentication.electronicCommerceIndicator";
        var changes = Changes(result);
        Assert.Contains(("field removed", ThreeDs + ".authenticationValueCalculationMethod", "string", true), changes);
        Assert.Contains(("constraint tightened", ThreeDs + ".authenticationValue", "maxLength 56 → 40", true), changes);
        Assert.Contains(("type changed", ThreeDs + ".issuerAssignedAuthenticationFraudScore", "integer → string", true), changes);
        Assert.Contains(("code value removed", Eci, "00", true), changes);
        Assert.Contains(("code value added", Eci, "08", false), changes);
        Assert.Contains(("field added", ThreeDs + ".newField", "string", false), changes);
        Assert.Contains(("description changed", ThreeDs + ".authenticationTransactionId", "reworded", false), changes);
        Assert.Equal(4, result.OutJson().GetProperty("breaking").GetInt32());
    }

    [Fact]
    public void Newly_required_fields_and_brand_rules_added_or_tightened_are_breaking()
    {
        using var temp = new TempDirectory();
        string file = NewVersion(temp, "jpm-payments", "payment", root =>
        {
            root["required"]!.AsArray().Add("browserInfo");
            JsonArray rules = root["x-brand-rules"]!.AsArray();
            rules.Add(new JsonObject { ["id"] = "new-visa-rule", ["brands"] = new JsonArray("visa"), ["require"] = new JsonArray("paymentMethodType.card.expiry") });
            JsonObject protocol = rules.Single(r => r!["id"]!.GetValue<string>() == "jpm-payments-passthrough-program-protocol")!.AsObject();
            protocol["brands"]!.AsArray().Add("visa");
            JsonObject status = rules.Single(r => r!["id"]!.GetValue<string>() == "jpm-payments-orchestrated-return-url")!.AsObject();
            rules.Remove(status);
        });

        CliResult result = Cli.Run("diff", "jpm-payments/payment", file, "--json");

        var changes = Changes(result);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(("newly required", "$.browserInfo", "the field was optional", true), changes);
        Assert.Contains(changes, c => c.Change == "brand rule added" && c.Detail == "new-visa-rule (visa)" && c.Breaking);
        Assert.Contains(changes, c => c.Change == "brand rule tightened" && c.Detail.StartsWith("jpm-payments-passthrough-program-protocol") && c.Breaking);
        Assert.Contains(("brand rule removed", "$", "jpm-payments-orchestrated-return-url", false), changes);
    }

    [Fact]
    public void Relaxations_alone_are_not_breaking()
    {
        using var temp = new TempDirectory();
        string file = NewVersion(temp, "gateway", "creq", root =>
        {
            root["required"]!.AsArray().Remove(root["required"]!.AsArray().Single(v => v!.GetValue<string>() == "challengeWindowSize"));
            root["properties"]!["threeDSServerTransID"]!.AsObject().Remove("maxLength");
        });

        CliResult result = Cli.Run("diff", "gateway/creq", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no longer required", result.Out);
        Assert.Contains("constraint relaxed", result.Out);
        Assert.Contains("0 breaking changes, 2 non-breaking changes", result.Out);
    }

    [Fact]
    public void Real_process_diff_prints_a_table_and_exits_1_on_a_breaking_change()
    {
        using var temp = new TempDirectory();
        string file = NewVersion(temp, "ecommpay", "customer-shipping", root =>
            root["properties"]!["customer"]!["properties"]!["shipping"]!["properties"]!.AsObject().Remove("postal"));

        CliResult result = Cli.Process("diff", "ecommpay/customer-shipping", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("BREAKING", result.Out);
        Assert.Contains("$.customer.shipping.postal", result.Out);
        Assert.Contains("1 breaking change, 0 non-breaking changes", result.Out);
    }
}
