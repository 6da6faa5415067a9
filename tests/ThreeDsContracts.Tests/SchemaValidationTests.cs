using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThreeDsContracts.Antom;
using ThreeDsContracts.Testing;
using ThreeDsContracts.Validation;
using Xunit;

namespace ThreeDsContracts.Tests;

/// <summary>The generated <c>Validate()</c>: verdicts on the fixtures, each keyword, paths, and no allocation when valid.</summary>
public class SchemaValidationTests
{
    public static IEnumerable<object[]> ValidFixtures => Fixtures.Rows(Fixtures.Valid);

    public static IEnumerable<object[]> InvalidFixtures => Fixtures.Rows(Fixtures.Invalid);

    private const string VisaNotify = """
        { "paymentResultInfo": { "cardBrand": "VISA", "cardNo": "**********9954", "threeDSResult": { "eci": "05", "threeDSVersion": "2.1.0" } },
          "notifyType": "PAYMENT_RESULT", "paymentAmount": { "currency": "EUR", "value": "30000" },
          "paymentCreateTime": "2023-01-09T22:07:22-08:00", "paymentId": "20230110194010800100188920204910000",
          "paymentRequestId": "pay_req_1", "result": { "resultCode": "SUCCESS", "resultMessage": "success.", "resultStatus": "S" } }
        """;

    /// <summary>
    /// Valid as JSON Schema sees them (contentEncoding is an annotation) but not inside their Base64-JSON sections,
    /// which the generated validator checks against x-content-schema: the provider's own sample (see the ecommpay manifest).
    /// </summary>
    private static readonly Dictionary<string, string> KnownContentErrors = new()
    {
        ["ecommpay/payment-page-base64-parameters.json"] = "$.customer_account_info.customer.account.activity_year",
    };

    [Theory]
    [MemberData(nameof(ValidFixtures))]
    public void Valid_fixture_has_no_schema_errors(string name)
    {
        IReadOnlyList<ValidationFinding> findings = Validate(Read(Fixtures.Named(name)));

        Assert.Equal(
            KnownContentErrors.TryGetValue(name, out string? path) ? new[] { path } : Array.Empty<string>(),
            findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.JsonPath));
    }

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void Invalid_fixture_is_rejected_at_its_path(string name)
    {
        Fixture fixture = Fixtures.Named(name);
        string expected = string.IsNullOrEmpty(fixture.ExpectPath) ? "$" : "$." + fixture.ExpectPath;
        object payload;
        try
        {
            payload = Read(fixture);
        }
        catch (ThreeDsPayloadException exception)
        {
            Assert.Equal(expected, exception.JsonPath);
            return;
        }

        // Read succeeded: the validator must name the path (a code outside a preserve list is a notice there).
        Assert.Contains(Validate(payload), f => f.JsonPath == expected);
    }

    [Theory]
    [MemberData(nameof(ValidFixtures))]
    public void Validating_a_valid_fixture_allocates_nothing(string name)
    {
        object payload = Read(Fixtures.Named(name));
        var validate = (Func<IReadOnlyList<ValidationFinding>>)Delegate.CreateDelegate(typeof(Func<IReadOnlyList<ValidationFinding>>), payload, payload.GetType().GetMethod("Validate", Type.EmptyTypes)!);
        IReadOnlyList<ValidationFinding> first = validate();
        if (first.Count > 0)
        {
            return; // notices (codes outside a preserve list) are findings, and findings allocate
        }

        validate();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10; i++)
        {
            validate();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Length_is_counted_in_code_points()
    {
        // maxLength 64: 64 emoji are 128 UTF-16 units but 64 code points.
        string emoji = string.Concat(Enumerable.Repeat("\U0001F600", 64));
        Assert.Empty(Validate(Notify(n => n["paymentRequestId"] = emoji)));
        Assert.Equal(
            new[] { ("maxLength", "$.paymentRequestId") },
            Validate(Notify(n => n["paymentRequestId"] = emoji + "a")).Select(f => (f.RuleId, f.JsonPath)));
    }

    [Fact]
    public void Pattern_end_anchor_does_not_accept_a_final_line_feed()
    {
        // ^[A-Z]{3}$ in .NET also matches "EUR\n"; in ECMA 262 (JSON Schema) it does not.
        Assert.Equal(
            new[] { ("pattern", "$.paymentAmount.currency") },
            Validate(Notify(n => n["paymentAmount"]!["currency"] = "EUR\n")).Select(f => (f.RuleId, f.JsonPath)));
    }

    [Fact]
    public void Pattern_digit_class_is_ascii()
    {
        // ^[0-9]+$ and \d: Arabic-Indic digits are not digits in ECMA 262.
        Assert.Contains(Validate(Notify(n => n["paymentAmount"]!["value"] = "\u0663\u0660")), f => f.RuleId == "pattern" && f.JsonPath == "$.paymentAmount.value");
    }

    [Fact]
    public void Code_outside_a_preserved_list_is_a_notice_and_the_value_is_kept()
    {
        var payload = Notify(n => n["result"]!["resultStatus"] = "X");

        ValidationFinding finding = Assert.Single(Validate(payload));
        Assert.Equal(("enum", "$.result.resultStatus", FindingSeverity.Notice), (finding.RuleId, finding.JsonPath, finding.Severity));
        Assert.DoesNotContain("\"X\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_null_the_schema_does_not_allow_is_a_type_error()
    {
        var payload = Notify(n => n["paymentRequestId"] = null);

        Assert.Equal(new[] { ("type", "$.paymentRequestId") }, Validate(payload).Select(f => (f.RuleId, f.JsonPath)));
    }

    [Fact]
    public void Required_member_set_to_null_in_code_is_reported()
    {
        var amount = new AntomAmount { Currency = null!, Value = "100" };

        Assert.Equal(new[] { ("required", "$.currency") }, amount.Validate().Select(f => (f.RuleId, f.JsonPath)));
    }

    [Fact]
    public void Findings_never_contain_the_value()
    {
        const string Secret = "4111111111111111111111";
        var payload = Notify(n => n["paymentResultInfo"]!["cardNo"] = Secret);

        IReadOnlyList<ValidationFinding> findings = Validate(payload);
        Assert.Contains(findings, f => f.RuleId == "maxLength" && f.JsonPath == "$.paymentResultInfo.cardNo");
        Assert.All(findings, f => Assert.DoesNotContain(Secret, f.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void OneOf_of_required_properties_needs_exactly_one()
    {
        Type type = ContractCatalog.For("gateway/authorize-response", "#");
        object none = JsonSerializer.Deserialize("""{ "result": null, "action": null, "redirect": null, "form_submit": null }""", type)!;
        object two = JsonSerializer.Deserialize(
            """{ "result": { "status": "approved" }, "redirect": { "transaction_id": "t", "url": "https://acs.example/c" } }""", type)!;
        object one = JsonSerializer.Deserialize("""{ "result": null, "redirect": { "transaction_id": "t", "url": "https://acs.example/c" } }""", type)!;

        Assert.Empty(Validate(one));
        Assert.Contains(Validate(none), f => f.RuleId == "oneOf" && f.JsonPath == "$");
        Assert.Contains(Validate(two), f => f.RuleId == "oneOf" && f.JsonPath == "$");
    }

    [Fact]
    public void Validate_with_brand_keeps_the_brand_findings_and_adds_the_schema_findings()
    {
        var payload = (AntomNotifyPayment)Notify(n => n["paymentRequestId"] = new string('x', 65));

        IReadOnlyList<ValidationFinding> findings = payload.Validate("visa");

        Assert.Contains(findings, f => f.RuleId == "maxLength" && f.JsonPath == "$.paymentRequestId");
    }

    [Theory]
    [InlineData("https://acs.example/challenge?x=1#f", true)]
    [InlineData("urn:isbn:0451450523", true)]
    [InlineData("https://acs.example/a%2Fb", true)]
    [InlineData("/relative/path", false)]
    [InlineData("https://acs.example/a b", false)]
    [InlineData("https://acs.example/%zz", false)]
    [InlineData("1http://x", false)]
    [InlineData("https://exämple.de/", false)]
    public void Uri_format_is_an_absolute_rfc3986_uri(string value, bool valid) => Assert.Equal(valid, SchemaChecks.IsUri(value));

    [Theory]
    [InlineData("buyer@shop.example", true)]
    [InlineData("first.last+tag@mail.shop-1.example", true)]
    [InlineData("no-at.example", false)]
    [InlineData("two..dots@shop.example", false)]
    [InlineData("buyer@-shop.example", false)]
    [InlineData("buyer@shop..example", false)]
    [InlineData("bu yer@shop.example", false)]
    public void Email_format(string value, bool valid) => Assert.Equal(valid, SchemaChecks.IsEmail(value));

    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("\U0001F600", 1)]
    [InlineData("a\U0001F600b", 3)]
    [InlineData("e\u0301", 2)]
    public void Code_points(string value, int expected) => Assert.Equal(expected, SchemaChecks.CodePoints(value));

    private static object Notify(Action<JsonObject> change)
    {
        JsonObject node = JsonNode.Parse(VisaNotify)!.AsObject();
        change(node);
        return JsonSerializer.Deserialize<AntomNotifyPayment>(node.ToJsonString())!;
    }

    private static object Read(Fixture fixture) =>
        JsonSerializer.Deserialize(fixture.Text, ContractCatalog.For(fixture.SchemaId, fixture.Pointer))!;

    private static IReadOnlyList<ValidationFinding> Validate(object payload) =>
        (IReadOnlyList<ValidationFinding>)payload.GetType().GetMethod("Validate", Type.EmptyTypes)!.Invoke(payload, null)!;
}
