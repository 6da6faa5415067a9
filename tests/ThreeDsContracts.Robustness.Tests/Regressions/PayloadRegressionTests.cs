using System;
using System.Text;
using System.Text.Json;
using ThreeDsContracts.Antom;
using Xunit;

namespace ThreeDsContracts.Robustness.Tests.Regressions;

/// <summary>Failures the payload fuzzing found, each with its minimal payload (docs/reliability.md lists them).</summary>
public class PayloadRegressionTests
{
    private static AntomNotifyPayment ReadWithConverter(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        reader.Read();
        return AntomNotifyPaymentJsonConverter.Instance.Read(ref reader, typeof(AntomNotifyPayment), new JsonSerializerOptions());
    }

    [Fact]
    public void An_unknown_property_name_with_invalid_utf8_is_a_payload_error_not_an_InvalidOperationException()
    {
        byte[] payload = Encoding.UTF8.GetBytes("{ \"x\": 1 }");
        payload[Array.IndexOf(payload, (byte)'x')] = 0xFF;

        var exception = Assert.Throws<ThreeDsPayloadException>(() => ReadWithConverter(payload));

        Assert.Equal("$", exception.JsonPath);
    }

    [Fact]
    public void A_property_name_with_a_lone_surrogate_escape_is_a_payload_error_not_an_InvalidOperationException()
    {
        byte[] payload = Encoding.UTF8.GetBytes("{ \"notifyType\": \"PAYMENT_RESULT\", \"\\ud800\": 1 }");

        var exception = Assert.Throws<ThreeDsPayloadException>(() => ReadWithConverter(payload));

        Assert.Equal("$", exception.JsonPath);
        Assert.Throws<ThreeDsPayloadException>(() => JsonSerializer.Deserialize<AntomNotifyPayment>(payload));
    }

    [Fact]
    public void A_bad_property_name_in_a_nested_object_is_reported_at_that_object()
    {
        byte[] payload = Encoding.UTF8.GetBytes("{ \"paymentResultInfo\": { \"threeDSResult\": { \"a\\udc00b\": \"x\" } } }");

        var exception = Assert.Throws<ThreeDsPayloadException>(() => ReadWithConverter(payload));

        Assert.Equal("$.paymentResultInfo.threeDSResult", exception.JsonPath);
    }

    [Fact]
    public void Valid_non_ascii_property_names_are_still_kept_as_unknown_properties()
    {
        byte[] payload = Encoding.UTF8.GetBytes("{ \"ñandú\": 1, \"\\u00e9t\\u00e9\": 2, \"😀\": 3 }");

        AntomNotifyPayment value = ReadWithConverter(payload);

        Assert.Equal(new[] { "ñandú", "été", "😀" }, value.ExtensionData!.Keys);
    }

    [Fact]
    public void A_broken_literal_before_card_data_is_reported_without_quoting_the_rest_of_the_payload()
    {
        // The reader's message for an invalid literal quotes everything after it, here a CAVV.
        byte[] payload = Encoding.UTF8.GetBytes("{ \"notifyType\": nulx, \"paymentResultInfo\": { \"threeDSResult\": { \"cavv\": \"SENTINEL-CAVV-0001\" } } }");

        var viaSerializer = Assert.Throws<ThreeDsPayloadException>(() => JsonSerializer.Deserialize<AntomNotifyPayment>(payload));
        var viaConverter = Assert.Throws<ThreeDsPayloadException>(() => ReadWithConverter(payload));

        Assert.DoesNotContain("SENTINEL", viaSerializer.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("SENTINEL", viaConverter.ToString(), StringComparison.Ordinal);
        Assert.Contains("malformed", viaSerializer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_literal_in_an_unknown_property_does_not_carry_the_payload_in_an_inner_exception()
    {
        byte[] payload = Encoding.UTF8.GetBytes("{ \"paymentResultInfo\": { \"threeDSResult\": { \"extra\": tru, \"cavv\": \"SENTINEL-CAVV-0002\" } } }");

        var exception = Assert.Throws<ThreeDsPayloadException>(() => JsonSerializer.Deserialize<AntomNotifyPayment>(payload));

        Assert.Equal("$.paymentResultInfo.threeDSResult", exception.JsonPath);
        Assert.Null(exception.InnerException);
        Assert.DoesNotContain("SENTINEL", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_property_holding_a_lone_surrogate_is_rejected_when_read_not_when_written_or_validated()
    {
        byte[] payload = Encoding.UTF8.GetBytes("{ \"paymentResultInfo\": { \"extra\": [\"ok\", { \"k\": \"\\ud800\" }] } }");

        var exception = Assert.Throws<ThreeDsPayloadException>(() => JsonSerializer.Deserialize<AntomNotifyPayment>(payload));

        Assert.Equal("$.paymentResultInfo.extra", exception.JsonPath);
    }
}
