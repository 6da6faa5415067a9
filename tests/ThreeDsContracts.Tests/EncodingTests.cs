using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using ThreeDsContracts.Ecommpay;
using ThreeDsContracts.Testing;
using Xunit;

namespace ThreeDsContracts.Tests;

public class EncodingTests
{
    private static Fixture PageFixture => Fixtures.Valid.First(f => f.SchemaId == "ecommpay/payment-page");

    [Fact]
    public void The_seed_base64_parameters_decode_into_typed_sections_and_are_written_back_verbatim()
    {
        EcommpayPaymentPage page = JsonSerializer.Deserialize<EcommpayPaymentPage>(PageFixture.Text)!;

        Assert.True(page.CustomerAccountInfo!.IsDecoded);
        Assert.True(page.CustomerMpiResult!.IsDecoded);
        Assert.True(page.PaymentMerchantRisk!.IsDecoded);
        Assert.True(page.CustomerShipping!.IsDecoded);
        Assert.Equal(JsonDocument.Parse(PageFixture.Text).RootElement.GetProperty("customer_account_info").GetString(), page.CustomerAccountInfo.OriginalText);
    }

    [Fact]
    public void A_new_section_is_encoded_as_padded_standard_base64_of_compact_json()
    {
        EcommpayPaymentPage page = JsonSerializer.Deserialize<EcommpayPaymentPage>(PageFixture.Text)!;
        EcommpayPaymentPage changed = page with { CustomerMpiResult = new EncodedJson<EcommpayCustomerMpiResult>(page.CustomerMpiResult!.Value!) };

        string encoded = JsonDocument.Parse(JsonSerializer.Serialize(changed)).RootElement.GetProperty("customer_mpi_result").GetString()!;

        Assert.Equal(0, encoded.Length % 4);
        string json = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        Assert.DoesNotContain(" ", json.Replace("\" \"", string.Empty, StringComparison.Ordinal).Split('"').Where((_, i) => i % 2 == 0).Aggregate(string.Empty, string.Concat), StringComparison.Ordinal);
        Assert.Equal(
            JsonSerializer.Serialize(page.CustomerMpiResult.Value),
            JsonSerializer.Serialize(JsonSerializer.Deserialize<EcommpayCustomerMpiResult>(json)));
    }

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, true)]
    [InlineData(true, true, true)]
    public void Decoding_tolerates_url_safe_alphabet_missing_padding_and_whitespace(bool urlSafe, bool stripPadding, bool whitespace)
    {
        string json = """{"customer":{"mpi_result":{"acs_operation_id":"ab>c?d~","authentication_flow":"01","authentication_timestamp":"202210111050"}}}""";
        string encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
        if (urlSafe) encoded = encoded.Replace('+', '-').Replace('/', '_');
        if (stripPadding) encoded = encoded.TrimEnd('=');
        if (whitespace) encoded = encoded.Insert(8, "\n ").Insert(20, "\r\n");

        EcommpayPaymentPage page = JsonSerializer.Deserialize<EcommpayPaymentPage>(JsonSerializer.Serialize(new { customer_mpi_result = encoded }))!;

        Assert.True(page.CustomerMpiResult!.IsDecoded);
        Assert.Equal("ab>c?d~", page.CustomerMpiResult.Value!.Customer!.MpiResult!.AcsOperationId);
    }

    [Theory]
    [InlineData("a", "exact")]
    [InlineData("ab", "exact")]
    [InlineData("abc", "exact")]
    [InlineData("a", "stripped")]
    [InlineData("ab", "stripped")]
    [InlineData("abc", "over-padded")]
    [InlineData("ab", "over-padded")]
    [InlineData("a", "over-padded")]
    public void Every_padding_of_every_length_decodes_the_same_section_and_keeps_its_text(string id, string padding)
    {
        // Ids of 1 to 3 characters give the three remainders of the Base64 length (0, 1 or 2 '=' of padding).
        string json = "{\"customer\":{\"mpi_result\":{\"acs_operation_id\":\"" + id + "\",\"authentication_flow\":\"01\"}}}";
        string encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
        encoded = padding switch
        {
            "stripped" => encoded.TrimEnd('='),
            "over-padded" => encoded + "===",
            _ => encoded,
        };

        EcommpayPaymentPage page = JsonSerializer.Deserialize<EcommpayPaymentPage>(JsonSerializer.Serialize(new { customer_mpi_result = encoded }))!;

        Assert.True(page.CustomerMpiResult!.IsDecoded);
        Assert.Equal(id, page.CustomerMpiResult.Value!.Customer!.MpiResult!.AcsOperationId);
        Assert.Equal(encoded, page.CustomerMpiResult.OriginalText);
    }

    [Theory]
    [InlineData("eyJh")]
    [InlineData("eyJhIjox")]
    public void Base64_of_cut_json_is_an_error_naming_the_path(string encoded)
    {
        var error = Assert.Throws<ThreeDsPayloadException>(() => JsonSerializer.Deserialize<EcommpayPaymentPage>(JsonSerializer.Serialize(new { customer_mpi_result = encoded })));
        Assert.Equal("$.customer_mpi_result", error.JsonPath);
    }

    [Theory]
    [InlineData("e")]
    [InlineData("eyJhIjoxfQ=a")]
    [InlineData("====")]
    [InlineData("")]
    public void Text_that_is_not_base64_at_all_is_kept_verbatim(string encoded)
    {
        EcommpayPaymentPage page = JsonSerializer.Deserialize<EcommpayPaymentPage>(JsonSerializer.Serialize(new { customer_mpi_result = encoded }))!;

        Assert.False(page.CustomerMpiResult!.IsDecoded);
        Assert.Equal(encoded, page.CustomerMpiResult.OriginalText);
    }

    [Fact]
    public void Text_that_is_not_base64_json_is_kept_verbatim_and_never_shown()
    {
        const string payload = """{"customer_mpi_result":"not base64 at all: 4111111111111111"}""";
        EcommpayPaymentPage page = JsonSerializer.Deserialize<EcommpayPaymentPage>(payload)!;

        Assert.False(page.CustomerMpiResult!.IsDecoded);
        Assert.Equal(payload, JsonSerializer.Serialize(page));
        Assert.DoesNotContain("4111111111111111", page.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Base64_of_malformed_json_is_an_error_naming_the_path()
    {
        string encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"customer\": {\"mpi_result\": "));
        var error = Assert.Throws<ThreeDsPayloadException>(() => JsonSerializer.Deserialize<EcommpayPaymentPage>("{\"customer_mpi_result\":\"" + encoded + "\"}"));

        Assert.StartsWith("$.customer_mpi_result", error.JsonPath, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_date_format_inside_a_base64_section_names_the_path_inside_it()
    {
        string encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"customer":{"mpi_result":{"authentication_timestamp":"2022-10-11 10:50"}}}"""));
        var error = Assert.Throws<ThreeDsPayloadException>(() => JsonSerializer.Deserialize<EcommpayPaymentPage>("{\"customer_mpi_result\":\"" + encoded + "\"}"));

        Assert.Equal("$.customer_mpi_result.customer.mpi_result.authentication_timestamp", error.JsonPath);
        Assert.Contains("yyyyMMddHHmm", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"seconds":1700000000}""")]
    [InlineData("""{"seconds":1700000000,"nanos":500000000}""")]
    [InlineData("\"2023-11-14T22:13:20Z\"")]
    [InlineData("\"2023-11-14T22:13:20.5+01:00\"")]
    public void Flexible_timestamps_round_trip_in_the_form_they_came(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        FlexibleTimestamp value = ThreeDsContracts.Serialization.ContractJson.ReadFlexibleTimestamp(ref reader);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ThreeDsContracts.Serialization.ContractJson.WriteFlexibleTimestamp(writer, value);
        }

        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(json), System.Text.Json.Nodes.JsonNode.Parse(buffer.WrittenSpan)));
        Assert.Equal(new DateTimeOffset(2023, 11, 14, 22, 13, 20, TimeSpan.Zero), value.Value.AddTicks(-(value.Value.UtcTicks % TimeSpan.TicksPerSecond)).ToUniversalTime().AddHours(json.Contains("+01:00", StringComparison.Ordinal) ? 1 : 0));
    }
}
