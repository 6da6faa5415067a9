using System.Text.Json;
using Shop.App.Antom;
using Shop.App.Shop;
using Shop.Lib.Shop;
using ThreeDsContracts;
using ThreeDsContracts.Canonical;

// 1. A type the library generated (public) from its own schema, holding a built-in canonical type.
var order = new ShopOrder
{
    OrderId = "order-1",
    CardNumber = "4111111111111111",
    Authentication = new AuthenticationResult { Eci = Eci.Eci05, TransStatus = TransStatus.Authenticated },
};
Console.WriteLine(order);

// 2. This project's override of the built-in antom/notify-payment schema: it has the new field.
const string notification = """{"notifyType":"PAYMENT_RESULT","paymentRequestId":"pr-1","merchantNote":"gift wrap"}""";
AntomNotifyPayment notify = JsonSerializer.Deserialize(notification, AntomJsonContext.Default.AntomNotifyPayment)!;
Console.WriteLine("merchantNote: " + notify.MerchantNote);
Console.WriteLine("round trip:   " + JsonSerializer.Serialize(notify, AntomJsonContext.Default.AntomNotifyPayment));

// 3. The built-in contract is still there, unchanged, in ThreeDsContracts.dll.
var builtIn = JsonSerializer.Deserialize(notification, ThreeDsContracts.Antom.AntomJsonContext.Default.AntomNotifyPayment)!;
Console.WriteLine("built-in keeps the field as extension data: " + string.Join(",", builtIn.ExtensionData!.Keys));

// 4. A schema of this project that references the canonical code lists.
var receipt = new Receipt { OrderId = "order-1", Status = TransStatus.Authenticated, ChallengeIndicator = ChallengeIndicator.NoPreference };
Console.WriteLine(JsonSerializer.Serialize(receipt, Shop.App.Shop.ShopJsonContext.Default.Receipt));

// 5. A provider schema only this project has (schemas/acme): its links give it adapters both ways, and the
//    canonical result goes on to the built-in J.P. Morgan pass-through adapter.
const string acmeJson = """{"outcome":"AUTHENTICATED","eci":"05","cryptogram":"AAABBBCCCDDDEEEFFFGGGHHHIII=","ds":{"transactionId":"f25084f0-5b16-4c0a-ae5d-b24808a95e4b","version":"2.2.0"}}""";
Shop.App.Acme.AcmeThreeDsResult acme = JsonSerializer.Deserialize(acmeJson, Shop.App.Acme.AcmeJsonContext.Default.AcmeThreeDsResult)!;
ThreeDsContracts.Adapters.AdapterResult<AuthenticationResult> fromAcme = Shop.App.Acme.AcmeThreeDsResultAdapter.ToAuthenticationResult(acme);
Console.WriteLine("acme → canonical: transStatus " + fromAcme.Value.TransStatus!.Value.Value.ToWireValue() + ", eci " + fromAcme.Value.Eci!.Value.Value.ToWireValue() + ", gaps " + fromAcme.Gaps.Count);
var passThrough = ThreeDsContracts.Adapters.JpmPaymentsAdapter.ToPassThroughAuthentication(fromAcme.Value);
Console.WriteLine("jpm pass-through: " + passThrough.Value.ElectronicCommerceIndicator + ", threeDSProgramProtocol " + passThrough.Value.ThreeDS?.ThreeDSProgramProtocol?.Text + ", gaps " + passThrough.Gaps.Count);
var backToAcme = Shop.App.Acme.AcmeThreeDsResultAdapter.FromAuthenticationResult(fromAcme.Value with { TransStatus = TransStatus.Attempted });
Console.WriteLine("canonical → acme: " + JsonSerializer.Serialize(backToAcme.Value with { Cryptogram = null }, Shop.App.Acme.AcmeJsonContext.Default.AcmeThreeDsResult));

// 6. The override's new linked field is carried by the override's generated adapter.
const string overridden = """{"notifyType":"PAYMENT_RESULT","paymentRequestId":"pr-1","authenticatedAt":"2026-01-02T03:04:05+00:00"}""";
AntomNotifyPayment withTimestamp = JsonSerializer.Deserialize(overridden, AntomJsonContext.Default.AntomNotifyPayment)!;
Console.WriteLine("override carries authenticationTimestamp: " + AntomNotifyPaymentAdapter.ToAuthenticationResult(withTimestamp).Value.AuthenticationTimestamp);
