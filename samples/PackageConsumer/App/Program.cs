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
