using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace ThreeDsContracts.Cli.Tests;

public sealed class ValidateCommandTests
{
    /// <summary>
    /// Seed fixtures that are valid JSON Schema on their outer level but whose Base64-JSON fields do not hold
    /// valid content (the manifests say so); validate decodes them and reports exactly this.
    /// </summary>
    private static readonly Dictionary<string, (string Path, string Rule)> InnerFindings = new()
    {
        ["gateway/authorize-response-fingerprint.json"] = ("$.action.token", "contentEncoding"),
        ["gateway/authorize-response-challenge.json"] = ("$.action.token", "contentEncoding"),
        ["ecommpay/payment-page-base64-parameters.json"] = ("$.customer_account_info.customer.account.activity_year", "maximum"),
    };

    public static TheoryData<string> ValidFixtures => Fixtures.Names(e => !e.Invalid && e.ExpectRules is null && !InnerFindings.ContainsKey(e.ToString()));

    public static TheoryData<string> InvalidFixtures => Fixtures.Names(e => e.Invalid);

    public static TheoryData<string> RuleFixtures => Fixtures.Names(e => e.ExpectRules is not null);

    public static TheoryData<string> InnerFindingFixtures => Fixtures.Names(e => InnerFindings.ContainsKey(e.ToString()));

    [Theory]
    [MemberData(nameof(ValidFixtures))]
    public void Seed_fixture_is_valid_with_exit_code_0(string name)
    {
        Fixtures.Entry fixture = Fixtures.Get(name);
        CliResult result = Cli.Run("validate", fixture.Schema, fixture.FullPath, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        JsonElement report = result.OutJson();
        Assert.True(report.GetProperty("valid").GetBoolean());
        Assert.DoesNotContain(JsonAssert.Findings(report), f => f.Severity == "error");
    }

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void Invalid_fixture_reports_a_schema_error_at_the_expected_path_with_exit_code_1(string name)
    {
        Fixtures.Entry fixture = Fixtures.Get(name);
        CliResult result = Cli.Run("validate", fixture.Schema, fixture.FullPath, "--json");

        Assert.True(result.ExitCode == 1, result.ToString());
        JsonElement report = result.OutJson();
        Assert.False(report.GetProperty("valid").GetBoolean());
        Assert.Contains(JsonAssert.Findings(report), f => f.Kind != "brand" && f.Severity == "error" && f.Path == fixture.ExpectedJsonPath);
    }

    [Theory]
    [MemberData(nameof(RuleFixtures))]
    public void Brand_rule_fixture_reports_exactly_the_expected_rules(string name)
    {
        Fixtures.Entry fixture = Fixtures.Get(name);
        CliResult result = Cli.Run("validate", fixture.Schema, fixture.FullPath, "--json");

        JsonElement report = result.OutJson();
        string[] rules = JsonAssert.Findings(report).Where(f => f.Kind == "brand").Select(f => f.Rule).Distinct().OrderBy(r => r).ToArray();
        Assert.Equal(fixture.ExpectRules!.OrderBy(r => r).ToArray(), rules);
        Assert.DoesNotContain(JsonAssert.Findings(report), f => f.Kind != "brand");
        bool anyError = JsonAssert.Findings(report).Any(f => f.Kind == "brand" && f.Severity == "error");
        Assert.Equal(anyError ? 1 : 0, result.ExitCode);
    }

    [Theory]
    [MemberData(nameof(InnerFindingFixtures))]
    public void Base64_json_fields_are_decoded_and_validated_inside_with_paths_into_them(string name)
    {
        Fixtures.Entry fixture = Fixtures.Get(name);
        (string path, string rule) = InnerFindings[name];
        CliResult result = Cli.Run("validate", fixture.Schema, fixture.FullPath, "--json");

        Assert.Equal(1, result.ExitCode);
        var errors = JsonAssert.Findings(result.OutJson()).Where(f => f.Severity == "error").ToList();
        Assert.Equal(new[] { (path, rule) }, errors.Select(f => (f.Path, f.Rule)).ToArray());
    }

    [Fact]
    public void Human_output_lists_schema_findings_in_a_table_and_says_invalid()
    {
        CliResult result = Cli.Run("validate", "antom/notify-payment", Repo.Fixture("antom", "invalid/notify-payment-bad-eci.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("schema: 1 finding", result.Out);
        Assert.Contains("$.paymentResultInfo.threeDSResult.eci", result.Out);
        Assert.Contains("enum", result.Out);
        Assert.Contains("╭", result.Out);
        Assert.EndsWith("invalid: 1 error\n", result.Out.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Brand_is_read_from_the_payload_when_no_brand_is_given()
    {
        CliResult result = Cli.Run("validate", "antom/notify-payment", Repo.Fixture("antom", "notify-payment-hosted-visa-3ds.json"), "--json");

        JsonElement report = result.OutJson();
        Assert.Equal("visa", report.GetProperty("brand").GetString());
        Assert.Equal("$.paymentResultInfo.cardBrand", report.GetProperty("brandSource").GetString());
    }

    [Fact]
    public void Mastercard_pass_through_without_program_protocol_is_reported_only_for_mastercard()
    {
        string json = File.ReadAllText(Repo.Fixture("jpm-payments", "payment-passthrough-3ds.json"));
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        node["paymentMethodType"]!["card"]!["authentication"]!["threeDS"]!.AsObject().Remove("threeDSProgramProtocol");
        using var temp = new TempDirectory();
        string file = temp.Write("payment.json", node.ToJsonString());

        CliResult mastercard = Cli.Run("validate", "jpm-payments/payment", file, "--brand", "mastercard", "--json");
        CliResult visa = Cli.Run("validate", "jpm-payments/payment", file, "--brand", "visa", "--json");

        Assert.Equal(1, mastercard.ExitCode);
        Assert.Contains(JsonAssert.Findings(mastercard.OutJson()), f => f.Kind == "brand" && f.Path == "$.paymentMethodType.card.authentication.threeDS.threeDSProgramProtocol");
        Assert.Equal(0, visa.ExitCode);
        Assert.DoesNotContain(JsonAssert.Findings(visa.OutJson()), f => f.Path.EndsWith("threeDSProgramProtocol"));
    }

    [Fact]
    public void Payload_is_read_from_stdin_with_a_dash()
    {
        string json = File.ReadAllText(Repo.Fixture("gateway", "invalid/creq-bad-message-type.json"));
        CliResult result = Cli.RunWithInput(json, "validate", "gateway/creq", "-", "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("stdin", result.OutJson().GetProperty("payload").GetString());
        Assert.Contains(JsonAssert.Findings(result.OutJson()), f => f.Path == "$.messageType");
    }

    [Fact]
    public void A_definition_inside_a_schema_is_addressed_with_a_json_pointer()
    {
        CliResult valid = Cli.Run("validate", "gateway/authorize-request#/definitions/BrowserInfo", Repo.Fixture("gateway", "browser-info.json"));
        CliResult invalid = Cli.Run("validate", "gateway/authorize-request#/definitions/BrowserInfo", Repo.Fixture("gateway", "invalid/browser-info-java-enabled-string.json"), "--json");

        Assert.Equal(0, valid.ExitCode);
        Assert.Equal(1, invalid.ExitCode);
        Assert.Contains(JsonAssert.Findings(invalid.OutJson()), f => f.Path == "$.java_enabled" && f.Rule == "type");
    }

    /// <summary>A temporary folder with a copy of the built-in schemas of one provider.</summary>
    private static TempDirectory CopyOfSchemaFolder(string provider)
    {
        var temp = new TempDirectory();
        foreach (string file in Directory.GetFiles(Path.Combine(Repo.Schemas, provider)))
        {
            File.Copy(file, Path.Combine(temp.Path, Path.GetFileName(file)));
        }

        return temp;
    }

    [Fact]
    public void A_schema_file_resolves_its_refs_to_the_other_schemas_of_its_folder()
    {
        using TempDirectory temp = CopyOfSchemaFolder("jpm-payments");

        // The copy of common.schema.json, not the built-in one, serves payment.schema.json's $ref.
        string common = Path.Combine(temp.Path, "common.schema.json");
        File.WriteAllText(common, File.ReadAllText(common).Replace("\"maxLength\": 56", "\"maxLength\": 10"));

        CliResult result = Cli.Run("validate", Path.Combine(temp.Path, "payment.schema.json"), Repo.Fixture("jpm-payments", "payment-passthrough-3ds.json"), "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(JsonAssert.Findings(result.OutJson()), f => f.Path == "$.paymentMethodType.card.authentication.threeDS.authenticationValue" && f.Rule == "maxLength");
    }

    [Fact]
    public void A_comment_in_a_schema_that_a_ref_reaches_is_not_valid_json_with_its_file_and_line()
    {
        using TempDirectory temp = CopyOfSchemaFolder("jpm-payments");

        // The comment goes on line 2 of the copy of common.schema.json, which payment.schema.json refers to.
        string common = Path.Combine(temp.Path, "common.schema.json");
        string text = File.ReadAllText(common);
        int firstLineEnd = text.IndexOf('\n');
        File.WriteAllText(common, text.Substring(0, firstLineEnd + 1) + "  // shared definitions\n" + text.Substring(firstLineEnd + 1));

        CliResult result = Cli.Run("validate", Path.Combine(temp.Path, "payment.schema.json"), Repo.Fixture("jpm-payments", "payment-passthrough-3ds.json"), "--json");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("common.schema.json is not valid JSON (TDS0001): line 2, position 3: a comment (strict JSON has none)", result.Out + result.Err);
    }

    [Fact]
    public void Schemas_folder_overrides_a_built_in_schema()
    {
        using var temp = new TempDirectory();
        string original = File.ReadAllText(Path.Combine(Repo.Schemas, "gateway", "creq.schema.json"));
        temp.Write("gateway/creq.schema.json", original.Replace("\"required\": [", "\"required\": [\"extraRequired\", "));

        CliResult result = Cli.Run("validate", "gateway/creq", Repo.Fixture("gateway", "creq.json"), "--schemas", temp.Path, "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(JsonAssert.Findings(result.OutJson()), f => f.Path == "$.extraRequired" && f.Rule == "required");
    }

    [Fact]
    public void Warnings_alone_keep_exit_code_0()
    {
        string json = "{\"customer_email\":\"a@example.com\"}";
        CliResult result = Cli.RunWithInput(json, "validate", "ecommpay/payment-page", "-", "--brand", "visa", "--json");

        Assert.Equal(0, result.ExitCode);
        var findings = JsonAssert.Findings(result.OutJson());
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal("warning", f.Severity));
    }

    [Theory]
    [InlineData("unknown schema 'antom/nope'", "validate", "antom/nope", "x.json")]
    [InlineData("does not exist", "validate", "antom/pay", "missing-payload.json")]
    [InlineData("is not a card brand", "validate", "antom/pay", "-", "--brand", "plastic")]
    [InlineData("Required argument missing", "validate")]
    [InlineData("Unrecognized command or argument 'bogus'", "bogus")]
    public void Usage_errors_print_one_line_and_exit_2(string expected, params string[] args)
    {
        CliResult result = Cli.RunWithInput("{}", args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        string[] lines = result.Err.TrimEnd().Split('\n');
        Assert.Single(lines);
        Assert.Contains(expected, lines[0]);
        Assert.DoesNotContain(" at ", lines[0]);
    }

    [Fact]
    public void Malformed_json_is_unreadable_input_with_its_position()
    {
        CliResult result = Cli.RunWithInput("{\"a\": [1, 2,, 3]}", "validate", "antom/pay", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("threeds: stdin is not valid JSON: line 1, byte 13\n", result.Err.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Real_process_validates_a_seed_fixture_with_exit_code_0()
    {
        CliResult result = Cli.Process("validate", "antom/notify-payment", "tests/fixtures/antom/notify-payment-hosted-visa-3ds.json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("brand: visa (from $.paymentResultInfo.cardBrand)", result.Out);
        Assert.Contains("valid", result.Out);
        Assert.Equal(string.Empty, result.Err);
    }

    [Fact]
    public void Real_process_reports_an_invalid_fixture_from_stdin_as_json_with_exit_code_1()
    {
        string json = File.ReadAllText(Repo.Fixture("jpm-checkout", "invalid/notifications-unknown-trans-status.json"));
        CliResult result = Cli.ProcessWithInput(json, null, "validate", "jpm-checkout/notifications", "-", "--json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(JsonAssert.Findings(result.OutJson()), f => f.Path == "$.messages[0].orderNotification.threeDomainSecureTransaction.threeDSTransactionStatus");
    }

    [Fact]
    public void Real_process_usage_error_exits_2_without_stack_trace()
    {
        CliResult result = Cli.Process("validate", "antom/pay", "no-such-payload.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("threeds: the file 'no-such-payload.json' does not exist", result.Err.Trim());
    }
}
