using System.Linq;
using Microsoft.CodeAnalysis;
using ThreeDsContracts.Testing.Compilation;
using Xunit;

namespace ThreeDsContracts.Generator.Tests;

/// <summary>
/// Two projects that both use the package, one referencing the other, never see conflicting copies of
/// the same generated type (docs/architecture.md): built-in contracts exist once, in ThreeDsContracts.dll;
/// each project generates only its own schemas, in its own namespace, internal unless asked otherwise.
/// </summary>
public class DuplicateTypeTests
{
    private const string OrderSchema = """
        { "type": "object", "x-type-name": "ShopOrder", "properties": {
            "orderId": { "type": "string" },
            "authentication": { "$ref": "../canonical/authentication-result.schema.json" } } }
        """;

    private static MetadataReference BuildLibrary(string visibility)
    {
        GeneratorRun library = new GeneratorHarness()
            .WithBuiltInSchemas()
            .WithProperty("ThreeDsContractsNamespace", "Shop.Lib")
            .WithProperty("ThreeDsContractsVisibility", visibility)
            .WithSchema("shop/order", OrderSchema)
            .Run("Shop.Lib")
            .AssertCompiles();
        return MetadataReference.CreateFromImage(TestCompilation.Emit(library.Output));
    }

    [Fact]
    public void An_app_and_the_library_it_references_both_generate_without_type_conflicts()
    {
        MetadataReference library = BuildLibrary("public");

        GeneratorRun app = new GeneratorHarness()
            .WithBuiltInSchemas()
            .WithProperty("ThreeDsContractsNamespace", "Shop.App")
            .WithSchema("shop/order", OrderSchema)
            .WithSource("""
                namespace Shop.App
                {
                    public static class Uses
                    {
                        public static object[] All() => new object[]
                        {
                            new global::Shop.Lib.Shop.ShopOrder { OrderId = "lib" },
                            new global::Shop.App.Shop.ShopOrder { OrderId = "app" },
                            new global::ThreeDsContracts.Canonical.AuthenticationResult(),
                        };
                    }
                }
                """)
            .Run("Shop.App", new[] { library });

        app.AssertCompiles();
        Assert.DoesNotContain(app.Output.GetDiagnostics(), d => d.Id is "CS0436" or "CS0433" or "CS0104" or "CS0101");
        Assert.DoesNotContain(app.Sources.Keys, k => k.StartsWith("canonical.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generated_types_are_internal_by_default_so_a_referencing_project_does_not_see_them()
    {
        MetadataReference library = BuildLibrary("internal");

        GeneratorRun app = new GeneratorHarness()
            .WithSource("namespace Shop.App { public static class Uses { public static object Make() => new global::Shop.Lib.Shop.ShopOrder(); } }")
            .Run("Shop.App", new[] { library });

        Assert.Contains(app.Output.GetDiagnostics(), d => d.Id == "CS0122");
    }

    [Fact]
    public void The_same_public_namespace_in_both_projects_is_what_would_conflict()
    {
        // The control case: it shows why each project generates into its own namespace.
        MetadataReference library = BuildLibrary("public");

        GeneratorRun app = new GeneratorHarness()
            .WithBuiltInSchemas()
            .WithProperty("ThreeDsContractsNamespace", "Shop.Lib")
            .WithSchema("shop/order", OrderSchema)
            .WithSource("namespace Shop.App { public static class Uses { public static object Make() => new global::Shop.Lib.Shop.ShopOrder(); } }")
            .Run("Shop.App", new[] { library });

        Assert.Contains(app.Output.GetDiagnostics(), d => d.Id == "CS0436");
    }
}
