using System.Threading.Tasks;
using ThreeDsContracts.Analyzers.Rules;
using ThreeDsContracts.Analyzers.Tests.Verifiers;
using Xunit;

namespace ThreeDsContracts.Analyzers.Tests;

/// <summary>
/// Rule paths with <c>[]</c> steps are followed into every item of an array or list built in the analysed code
/// (array creation, collection expression, collection initializer, a local that nothing else changes), with the
/// run-time evaluator's semantics; items that are not known one by one keep the rules silent.
/// </summary>
public class ArrayRulePathTests
{
    private const string OrderId = "shop/order";

    private const string Order = """
        {
          "x-type-name": "ShopOrder",
          "type": "object",
          "properties": {
            "items": { "type": "array", "items": { "type": "object", "x-type-name": "ShopItem", "properties": {
              "sku": { "type": "string" }, "giftMessage": { "type": "string" }, "category": { "type": "string" } } } },
            "note": { "type": "string" },
            "email": { "type": "string" }
          },
          "x-brand-rules": [
            { "id": "order-item-sku", "brands": ["visa"], "require": ["items[].sku"], "message": "Visa needs the sku of every item" },
            { "id": "order-no-gift", "brands": ["amex"], "forbid": ["items[].giftMessage"], "message": "Amex takes no gift message" },
            { "id": "order-digital-note", "require": ["note"], "when": { "path": "items[].category", "equals": "digital" }, "message": "digital goods need a note" },
            { "id": "order-contact", "brands": ["mastercard"], "requireAnyOf": ["email", "items[].giftMessage"], "message": "Mastercard needs a contact" }
          ]
        }
        """;

    private static string Source(string body) => """
        using System.Collections.Generic;
        using ThreeDsContracts.Metadata;
        using Consumer.Shop;

        public static class Orders
        {
        """ + body + """

        }
        """;

    private static CSharpAnalyzerVerifier<TAnalyzer>.Test Test<TAnalyzer>(string body)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerVerifier<TAnalyzer>.Test { TestCode = Source(body) };
        test.TestState.AdditionalFiles.Add(ConsumerProject.Schema(OrderId, Order));
        return test;
    }

    [Fact]
    public async Task A_required_member_missing_on_one_item_is_reported_on_that_item_in_every_collection_form()
    {
        // An item built in a local beforehand is reported on that item, where the member is missing, as other members built in locals are.
        CSharpAnalyzerVerifier<BrandRequiredMemberMissingAnalyzer>.Test test = Test<BrandRequiredMemberMissingAnalyzer>("""
                [ThreeDsCardBrand("visa")]
                public static ShopOrder Array() => new ShopOrder { Items = new[] { new ShopItem { Sku = "A" }, {|#0:new ShopItem|} { Category = "book" } } };

                [ThreeDsCardBrand("visa")]
                public static ShopOrder Expression() => new ShopOrder { Items = [{|#1:new ShopItem()|}, new ShopItem { Sku = "B" }] };

                [ThreeDsCardBrand("visa")]
                public static ShopOrder Initializer() => new ShopOrder { Items = new List<ShopItem> { {|#2:new ShopItem|} { GiftMessage = "hi" } } };

                [ThreeDsCardBrand("visa")]
                public static ShopOrder Local()
                {
                    var item = {|#3:new ShopItem|} { Category = "food" };
                    ShopItem[] items = [item];
                    return new ShopOrder { Items = items };
                }

                [ThreeDsCardBrand("visa")]
                public static ShopOrder Complete() => new ShopOrder { Items = [new ShopItem { Sku = "A" }, new ShopItem { Sku = "B" }] };

                [ThreeDsCardBrand("visa")]
                public static ShopOrder Empty() => new ShopOrder { Items = [] };

                [ThreeDsCardBrand("visa")]
                public static ShopOrder NoItems() => new ShopOrder { Note = "n" };

                [ThreeDsCardBrand("mastercard")]
                public static ShopOrder OtherBrand() => new ShopOrder { Email = "a@b.example", Items = [new ShopItem()] };
                """);
        // The additional location is the item the fix edits, the same item.
        for (int i = 0; i < 4; i++)
        {
            test.ExpectedDiagnostics.Add(CSharpAnalyzerVerifier<BrandRequiredMemberMissingAnalyzer>.Diagnostic().WithLocation(i).WithLocation(i)
                .WithArguments("ShopItem", "Sku", "visa", "order-item-sku", "Visa needs the sku of every item"));
        }

        await test.RunAsync();
    }

    [Fact]
    public async Task Items_that_are_not_known_one_by_one_keep_the_rule_silent()
    {
        await Test<BrandRequiredMemberMissingAnalyzer>("""
                [ThreeDsCardBrand("visa")]
                public static ShopOrder Spread(ShopItem[] more) => new ShopOrder { Items = [new ShopItem { Sku = "A" }, .. more] };

                [ThreeDsCardBrand("visa")]
                public static ShopOrder Parameter(IReadOnlyList<ShopItem> items) => new ShopOrder { Items = items };

                [ThreeDsCardBrand("visa")]
                public static ShopOrder ChangedAfterwards(ShopItem extra)
                {
                    var items = new List<ShopItem> { new ShopItem { Sku = "A" } };
                    items.Add(extra);
                    return new ShopOrder { Items = items };
                }

                [ThreeDsCardBrand("visa")]
                public static ShopOrder Replaced(ShopItem extra)
                {
                    ShopItem[] items = { new ShopItem() };
                    items[0] = extra;
                    return new ShopOrder { Items = items };
                }
                """).RunAsync();
    }

    [Fact]
    public async Task A_forbidden_member_on_an_item_is_reported_at_its_assignment_with_the_item_index()
    {
        CSharpAnalyzerVerifier<BrandForbiddenMemberPresentAnalyzer>.Test test = Test<BrandForbiddenMemberPresentAnalyzer>("""
                [ThreeDsCardBrand("amex")]
                public static ShopOrder Gift() => {|#1:new ShopOrder|} { Items = [new ShopItem { Sku = "A" }, new ShopItem { Sku = "B", {|#0:GiftMessage = "hi"|} }] };

                [ThreeDsCardBrand("amex")]
                public static ShopOrder Plain() => new ShopOrder { Items = [new ShopItem { Sku = "A", GiftMessage = "" }] };
                """);
        test.ExpectedDiagnostics.Add(CSharpAnalyzerVerifier<BrandForbiddenMemberPresentAnalyzer>.Diagnostic().WithLocation(0).WithLocation(1)
            .WithArguments("ShopOrder", "Items[1].GiftMessage", "amex", "order-no-gift", "Amex takes no gift message"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_when_condition_over_items_holds_when_any_item_matches()
    {
        CSharpAnalyzerVerifier<BrandRequiredMemberMissingAnalyzer>.Test test = Test<BrandRequiredMemberMissingAnalyzer>("""
                public static ShopOrder Digital() => {|#0:new ShopOrder|} { Items = [new ShopItem { Category = "book" }, new ShopItem { Category = "digital" }] };

                public static ShopOrder Physical() => new ShopOrder { Items = [new ShopItem { Category = "book" }] };

                public static ShopOrder WithNote() => new ShopOrder { Note = "download link", Items = [new ShopItem { Category = "digital" }] };
                """);
        test.ExpectedDiagnostics.Add(CSharpAnalyzerVerifier<BrandRequiredMemberMissingAnalyzer>.Diagnostic().WithLocation(0).WithLocation(0)
            .WithArguments("ShopOrder", "Note", "any card brand", "order-digital-note", "digital goods need a note"));
        await test.RunAsync();
    }

    [Fact]
    public async Task One_of_counts_an_alternative_present_on_any_item()
    {
        CSharpAnalyzerVerifier<BrandAnyOfMemberMissingAnalyzer>.Test test = Test<BrandAnyOfMemberMissingAnalyzer>("""
                [ThreeDsCardBrand("mastercard")]
                public static ShopOrder None() => {|#0:new ShopOrder|} { Items = [new ShopItem { Sku = "A" }] };

                [ThreeDsCardBrand("mastercard")]
                public static ShopOrder OnAnItem() => new ShopOrder { Items = [new ShopItem { Sku = "A" }, new ShopItem { GiftMessage = "hi" }] };

                [ThreeDsCardBrand("mastercard")]
                public static ShopOrder Unknown(ShopItem[] items) => new ShopOrder { Items = items };
                """);
        test.ExpectedDiagnostics.Add(CSharpAnalyzerVerifier<BrandAnyOfMemberMissingAnalyzer>.Diagnostic().WithLocation(0).WithLocation(0)
            .WithArguments("ShopOrder", "Email or Items[].GiftMessage", "mastercard", "order-contact", "Mastercard needs a contact"));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_code_fix_adds_the_missing_member_to_the_item_that_lacks_it()
    {
        var test = new CSharpCodeFixVerifier<BrandRequiredMemberMissingAnalyzer, ThreeDsContracts.CodeFixes.AddRequiredMembersCodeFixProvider>.Test
        {
            TestCode = Source("""
                [ThreeDsCardBrand("visa")]
                public static ShopOrder Build() => new ShopOrder { Items = [new ShopItem { Sku = "A" }, [|new ShopItem|] { Category = "book" }] };
            """),
            FixedCode = Source("""
                [ThreeDsCardBrand("visa")]
                public static ShopOrder Build() => new ShopOrder { Items = [new ShopItem { Sku = "A" }, new ShopItem { Category = "book", Sku = default(string?) ?? throw new System.NotImplementedException("TODO: sku for visa (order-item-sku)") }] };
            """),
        };
        test.TestState.AdditionalFiles.Add(ConsumerProject.Schema(OrderId, Order));
        await test.RunAsync();
    }
}
