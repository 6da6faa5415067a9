using System.Text.Json;
using System.Text.Json.Nodes;
using ThreeDsContracts.JpmPayments;
using Xunit;

namespace ThreeDsContracts.Tests;

/// <summary>
/// What the providers' published specifications allow beyond the seeds, where a fixture cannot show it because the
/// JSON Schema validators (which know no x-unknown-values) would flag it.
/// </summary>
public class ProviderFidelityTests
{
    private const string PassThrough = """
        {"amount":14500,"currency":"USD","paymentMethodType":{"card":{"accountNumber":"4110144110144115","expiry":{"month":5,"year":2040},
        "authentication":{"electronicCommerceIndicator":"ECI","threeDS":{"authenticationValue":"AABAIcJIo5DIzAgVAkiAAAAAAA=","authenticationTransactionId":"01ade6ae340005c681c3a1890418","threeDSProgramProtocol":2}}}},
        "merchant":{"merchantSoftware":{"companyName":"Shop","productName":"Checkout","version":"1.0"}}}
        """;

    [Theory]
    [InlineData("4")]
    [InlineData("17")]
    [InlineData("39")]
    public void A_jpm_eci_outside_the_brand_tables_is_read_kept_verbatim_and_written_back(string eci)
    {
        // J.P. Morgan's OpenAPI: electronicCommerceIndicator is a string of one or two digits, and its Postman
        // collection (jpmorgan-payments/online-payments@54a565b) sends 1, 2, 4, 10, 11, 17, 26 and 39.
        string json = PassThrough.Replace("\"ECI\"", "\"" + eci + "\"");

        JpmPaymentsPaymentRequest payment = JsonSerializer.Deserialize<JpmPaymentsPaymentRequest>(json)!;
        Code<JpmPaymentsElectronicCommerceIndicator>? read = payment.PaymentMethodType!.Card!.Authentication!.ElectronicCommerceIndicator;

        Assert.False(read!.Value.IsKnown);
        Assert.Equal(eci, read.Value.UnrecognizedValue);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(JsonSerializer.Serialize(payment))));
    }

    [Fact]
    public void A_jpm_cvv_sent_as_a_number_as_in_jpms_examples_is_written_back_as_a_number_and_never_shown()
    {
        string json = PassThrough.Replace("\"ECI\"", "\"05\"").Replace("\"expiry\"", "\"cvv\":123,\"expiry\"");

        JpmPaymentsPaymentRequest payment = JsonSerializer.Deserialize<JpmPaymentsPaymentRequest>(json)!;

        Assert.True(payment.PaymentMethodType!.Card!.Cvv!.Value.IsNumber);
        Assert.Contains("\"cvv\":123", JsonSerializer.Serialize(payment), System.StringComparison.Ordinal);
        Assert.DoesNotContain("123", payment.PaymentMethodType.Card.ToString(), System.StringComparison.Ordinal);
    }
}
