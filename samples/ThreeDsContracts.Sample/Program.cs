using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ThreeDsContracts;
using ThreeDsContracts.Adapters;
using ThreeDsContracts.Antom;
using ThreeDsContracts.Canonical;
using ThreeDsContracts.Ecommpay;
using ThreeDsContracts.JpmCheckout;
using ThreeDsContracts.JpmPayments;
using ThreeDsContracts.Redaction;
using ThreeDsContracts.Validation;

namespace ThreeDsContracts.Sample;

/// <summary>
/// Two flows across providers through the canonical 3DS model:
/// 1. an Antom notifyPayment 3DS result authorised through J.P. Morgan Online Payments pass-through 3DS;
/// 2. a J.P. Morgan Checkout request context sent to ecommpay's payment page.
/// Output is deterministic (fixed purchase time, no clock) and card data is masked.
/// </summary>
internal static class Program
{
    /// <summary>When the purchase takes place: an explicit input, never the machine clock.</summary>
    private static readonly DateTimeOffset PurchaseTime = new(2023, 12, 18, 10, 0, 0, TimeSpan.Zero);

    private static readonly JpmPaymentsJsonContext IndentedJpmPayments = new(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static int Main()
    {
        Console.OutputEncoding = Encoding.UTF8;
        Console.WriteLine("ThreeDsContracts sample: one canonical 3DS model between five providers");
        Console.WriteLine("Purchase time (fixed input): " + PurchaseTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

        AntomToJpmPayments(
            "antom/notify-payment-antom-3ds-challenge.json",
            "seed 000, Antom 3DS challenge; the notification has no cardBrand, the merchant knows the card is a Mastercard",
            CardBrand.Mastercard,
            "5555555555554444");
        AntomToJpmPayments(
            "antom/notify-payment-hosted-visa-3ds.json",
            "seed 000, hosted card integration, Visa",
            null,
            "4111111111111111");
        JpmCheckoutToEcommpay();
        return 0;
    }

    private static void AntomToJpmPayments(string fixture, string source, CardBrand? knownBrand, string testPan)
    {
        Heading("Antom notifyPayment → canonical → J.P. Morgan Online Payments pass-through 3DS");
        Console.WriteLine("Input: " + fixture + " (" + source + ")");

        AntomNotifyPayment notification = JsonSerializer.Deserialize(Resource(fixture), AntomJsonContext.Default.AntomNotifyPayment)!;
        AdapterResult<AuthenticationResult> canonical = AntomAdapter.ToAuthenticationResult(notification, knownBrand);
        AuthenticationResult result = canonical.Value;

        Subheading("Canonical authentication result");
        Dictionary<string, string> fields = Leaves(JsonSerializer.Serialize(result, CanonicalJsonContext.Default.AuthenticationResult));
        foreach (KeyValuePair<string, string> field in fields)
        {
            Console.WriteLine("  " + field.Key.PadRight(22) + (field.Key == "authenticationValue" ? Sensitive.Hidden : field.Value));
        }

        PrintGaps("Not carried from Antom", canonical.Gaps);
        LiabilityAssessment liability = LiabilityShift.Evaluate(result);
        Console.WriteLine("  Liability: " + (liability.Shifts ? "shifts to the issuer" : "does not shift")
            + " (ECI outcome " + (liability.Outcome?.ToWireValue() ?? "none") + ", " + liability.Reason + ")");

        var payment = new JpmPaymentsPaymentRequest
        {
            Amount = 30000,
            Currency = "EUR",
            Merchant = new JpmPaymentsMerchant { MerchantSoftware = new JpmPaymentsMerchantSoftware { CompanyName = "Example Shop", ProductName = "Cart" } },
            PaymentMethodType = new JpmPaymentsPaymentMethodType
            {
                Card = new JpmPaymentsPaymentCard { AccountNumber = testPan, Expiry = new JpmPaymentsExpiry { Month = 12, Year = 2029 } },
            },
        };
        AdapterResult<JpmPaymentsPaymentRequest> authorisation = JpmPaymentsAdapter.WithPassThrough(payment, result);

        Subheading("J.P. Morgan Online Payments POST /payments (card number and authentication value masked)");
        Console.WriteLine(JsonSerializer.Serialize(Masked(authorisation.Value), IndentedJpmPayments.JpmPaymentsPaymentRequest));

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (MappingGap gap in authorisation.Gaps)
        {
            reported.Add(gap.Field);
        }

        var carried = new List<string>();
        foreach (string field in fields.Keys)
        {
            if (!reported.Contains(field))
            {
                carried.Add(field);
            }
        }

        Console.WriteLine("  Carried:     " + string.Join(", ", carried));
        PrintGaps("Not carried to J.P. Morgan", authorisation.Gaps);

        string brand = result.Brand is { IsKnown: true } known ? known.Value.ToWireValue() : "unknown";
        IReadOnlyList<ValidationFinding> findings = result.Brand is { IsKnown: true } b ? authorisation.Value.Validate(b.Value) : Array.Empty<ValidationFinding>();
        Console.WriteLine("  Brand validation (" + brand + "): " + (findings.Count == 0 ? "no findings" : findings.Count + " finding(s)"));
        foreach (ValidationFinding finding in findings)
        {
            Console.WriteLine("    " + finding);
        }
    }

    private static void JpmCheckoutToEcommpay()
    {
        const string Fixture = "jpm-checkout/checkout-intent-3ds.json";
        Heading("J.P. Morgan Checkout request context → canonical → ecommpay payment page");
        Console.WriteLine("Input: " + Fixture + " (seed 002, orchestrated 3DS checkout intent)");

        JpmCheckoutIntentRequest intent = JsonSerializer.Deserialize(Resource(Fixture), JpmCheckoutJsonContext.Default.JpmCheckoutIntentRequest)!;
        AdapterResult<RequestContext> canonical = JpmCheckoutAdapter.ToRequestContext(intent);
        PrintGaps("Not carried from J.P. Morgan Checkout", canonical.Gaps);

        Subheading("Codes ecommpay wants, from the dates Checkout sends (purchase time " + PurchaseTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")");
        AccountInfo account = canonical.Value.AcctInfo!;
        PrintDerivation("account created", account.ChAccDate, date => AccountIndicators.AccountAgeOf(date, PurchaseTime)?.ToWireValue(), "age_indicator");
        PrintDerivation("account changed", account.ChAccChange, date => AccountIndicators.AccountChangeOf(date, PurchaseTime)?.ToWireValue(), "change_indicator");
        PrintDerivation("password changed", account.ChAccPwChange, date => AccountIndicators.PasswordChangeOf(date, PurchaseTime)?.ToWireValue(), "pass_change_indicator");
        PrintDerivation("card first used", account.PaymentAccAge, date => AccountIndicators.AccountAgeOf(date, PurchaseTime)?.ToWireValue(), "payment_age_indicator");
        PrintDerivation("shipping address first used", account.ShipAddressUsage, date => AccountIndicators.ShippingAddressUsageOf(date, PurchaseTime)?.ToWireValue(), "address_usage_indicator");

        AdapterResult<EcommpayPaymentPage> page = EcommpayAdapter.ToPaymentPage(canonical.Value, PurchaseTime);
        PrintGaps("Not carried to ecommpay", page.Gaps);

        Subheading("ecommpay payment page parameters (Base64 sections decoded below each)");
        using JsonDocument parameters = JsonDocument.Parse(JsonSerializer.Serialize(page.Value, EcommpayJsonContext.Default.EcommpayPaymentPage));
        foreach (JsonProperty parameter in parameters.RootElement.EnumerateObject())
        {
            string value = parameter.Value.GetString() ?? string.Empty;
            Console.WriteLine("  " + parameter.Name + " = " + value);
            if (parameter.Name is "payment_merchant_risk" or "customer_account_info" or "customer_shipping" or "customer_mpi_result")
            {
                Console.WriteLine(Indent(Pretty(Encoding.UTF8.GetString(Convert.FromBase64String(value))), "      "));
            }
        }
    }

    private static void PrintDerivation(string what, DateOnly? date, Func<DateOnly, string?> code, string parameter)
    {
        if (date is not { } day)
        {
            return;
        }

        int days = AccountIndicators.DaysBefore(day, PurchaseTime);
        Console.WriteLine("  " + (what + " " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).PadRight(42)
            + (days.ToString(CultureInfo.InvariantCulture) + " days before").PadRight(18) + parameter + " " + (code(day) ?? "(none)"));
    }

    /// <summary>The request as it may be shown: card number masked to first six and last four, CVV and authentication value hidden.</summary>
    private static JpmPaymentsPaymentRequest Masked(JpmPaymentsPaymentRequest request)
    {
        JpmPaymentsPaymentCard card = request.PaymentMethodType.Card!;
        JpmPaymentsAuthentication? authentication = card.Authentication;
        if (authentication?.ThreeDS is { AuthenticationValue: not null } threeDs)
        {
            authentication = authentication with { ThreeDS = threeDs with { AuthenticationValue = Sensitive.Hidden } };
        }

        return request with
        {
            PaymentMethodType = request.PaymentMethodType with
            {
                Card = card with { AccountNumber = Sensitive.MaskPan(card.AccountNumber), Cvv = card.Cvv is null ? (NumberOrString?)null : Sensitive.Hidden, Authentication = authentication },
            },
        };
    }

    private static void PrintGaps(string title, IReadOnlyList<MappingGap> gaps)
    {
        if (gaps.Count == 0)
        {
            Console.WriteLine("  " + title + ": nothing");
            return;
        }

        Console.WriteLine("  " + title + ":");
        foreach (MappingGap gap in gaps)
        {
            Console.WriteLine("    - " + gap);
        }
    }

    /// <summary>The leaves of a JSON object by dotted path, in document order.</summary>
    private static Dictionary<string, string> Leaves(string json)
    {
        var leaves = new Dictionary<string, string>(StringComparer.Ordinal);
        using JsonDocument document = JsonDocument.Parse(json);
        Walk(document.RootElement, string.Empty, leaves);
        return leaves;

        static void Walk(JsonElement element, string path, Dictionary<string, string> into)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    Walk(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, into);
                }
            }
            else if (element.ValueKind != JsonValueKind.Null)
            {
                into[path] = element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
            }
        }
    }

    private static string Pretty(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Indent(string text, string prefix) => prefix + text.Replace("\n", "\n" + prefix, StringComparison.Ordinal);

    private static string Resource(string name)
    {
        using Stream stream = typeof(Program).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException("missing embedded fixture " + name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static void Heading(string text)
    {
        Console.WriteLine();
        Console.WriteLine("== " + text);
    }

    private static void Subheading(string text)
    {
        Console.WriteLine();
        Console.WriteLine("-- " + text);
    }
}
