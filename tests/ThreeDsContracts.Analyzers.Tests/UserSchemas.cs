namespace ThreeDsContracts.Analyzers.Tests;

/// <summary>
/// A consumer's own schema, with its own brand rules, eligibility table and canonical ECI field: the
/// analyzers must report on it without any change (everything they know comes from the generated metadata).
/// </summary>
internal static class UserSchemas
{
    public const string ShopPaymentId = "shop/payment";

    public const string ShopPayment = """
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "title": "Shop payment",
          "description": "A merchant's own payment request.",
          "x-type-name": "ShopPayment",
          "type": "object",
          "properties": {
            "brand": { "$ref": "../canonical/card-brand.schema.json", "description": "Card brand." },
            "eci": { "$ref": "../canonical/eci.schema.json", "description": "ECI of the authentication." },
            "email": { "type": "string", "description": "Customer email." },
            "phone": { "type": "string", "description": "Customer phone." },
            "returnUrl": { "type": "string", "description": "Where the customer comes back after 3DS." },
            "mode": { "type": "string", "description": "hosted or direct." },
            "threeDs": {
              "type": "object",
              "x-type-name": "ShopThreeDs",
              "description": "3DS data.",
              "properties": {
                "protocol": { "type": "string", "description": "Protocol version." },
                "loyalty": { "type": "string", "description": "Loyalty id." },
                "exemption": {
                  "type": "string",
                  "x-type-name": "ShopExemption",
                  "description": "Exemption.",
                  "enum": ["LOW_VALUE", "TRUSTED"],
                  "x-enum-names": ["LowValue", "Trusted"],
                  "x-brand-eligibility": { "TRUSTED": ["visa"] }
                }
              }
            }
          },
          "x-brand-rules": [
            {
              "id": "shop-mastercard-protocol",
              "brands": ["mastercard"],
              "require": ["threeDs.protocol"],
              "message": "Mastercard needs the protocol version"
            },
            {
              "id": "shop-contact",
              "brands": ["visa"],
              "requireAnyOf": ["email", "phone"],
              "message": "Visa needs a contact"
            },
            {
              "id": "shop-direct-return-url",
              "diagnostic": "TDS1003",
              "require": ["returnUrl"],
              "when": { "path": "mode", "equals": "direct" },
              "message": "Without a return URL the shop skips 3DS"
            },
            {
              "id": "shop-hosted-mode",
              "expect": [{ "path": "mode", "notEquals": "legacy" }],
              "message": "The legacy mode is gone"
            },
            {
              "id": "shop-no-loyalty-for-amex",
              "brands": ["amex"],
              "forbid": ["threeDs.loyalty"],
              "message": "Amex does not take loyalty ids"
            }
          ]
        }
        """;
}
