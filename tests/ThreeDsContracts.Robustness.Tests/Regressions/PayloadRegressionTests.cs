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
}
