using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ThreeDsContracts.IdeCheck;

/// <summary>
/// A consumer of the packed package as a user would write it: a project with a PackageReference from a local
/// feed, a schema of its own (so the generator must run inside the language server for its type to exist) and
/// code with two TDS warnings, one of which an edit fixes.
/// </summary>
internal sealed class ConsumerProject
{
    /// <summary>The file the check opens in the language server.</summary>
    public const string SourceName = "Payments.cs";

    /// <summary>The consumer's generated type (from schemas/shop/checkout.schema.json) lacks this member for Visa.</summary>
    public const string MissingMember = "CardholderEmail";

    private const string Schema = """
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "title": "Shop checkout",
          "description": "A checkout of the IDE check's consumer: its own schema, so its type exists only when the generator runs.",
          "type": "object",
          "x-type-name": "Checkout",
          "properties": {
            "orderId": { "type": "string" },
            "cardholderEmail": { "type": "string" }
          },
          "x-brand-rules": [
            {
              "id": "shop-visa-cardholder-email",
              "brands": ["visa"],
              "require": ["cardholderEmail"],
              "message": "The shop sends the cardholder's e-mail address with every Visa checkout",
              "source": "ThreeDsContracts IDE check: a consumer's own rule, not a provider's"
            }
          ]
        }

        """;

    private const string Source = """
        using IdeCheck.Consumer.Shop;
        using ThreeDsContracts;
        using ThreeDsContracts.Canonical;
        using ThreeDsContracts.Metadata;

        namespace IdeCheck.Consumer;

        /// <summary>Payloads with the warnings an IDE shows.</summary>
        internal static class Payments
        {
            /// <summary>TDS1001 from this project's schema: a Visa checkout without the cardholder's e-mail.</summary>
            [ThreeDsCardBrand("visa")]
            internal static Checkout VisaCheckout(string orderId) => new()
            {
                OrderId = orderId,
            };

            /// <summary>TDS1006 from the package's canonical model: ECI 05 is Visa's, not Mastercard's.</summary>
            internal static AuthenticationResult EciOfAnotherBrand() => new()
            {
                Brand = CardBrand.Mastercard,
                Eci = Eci.Eci05,
                TransStatus = TransStatus.Authenticated,
            };
        }

        """;

    private ConsumerProject(string directory, string packageVersion)
    {
        Directory = directory;
        PackageVersion = packageVersion;
    }

    /// <summary>The project folder (the workspace folder the language server opens).</summary>
    public string Directory { get; }

    /// <summary>The version of the ThreeDsContracts package it references.</summary>
    public string PackageVersion { get; }

    /// <summary>The project file.</summary>
    public string ProjectFile => Path.Combine(Directory, "Consumer.csproj");

    /// <summary>The source file the check opens.</summary>
    public string SourceFile => Path.Combine(Directory, SourceName);

    /// <summary>The text of <see cref="SourceFile"/> as written.</summary>
    public static string SourceText => Source;

    /// <summary>0-based line of the object creation TDS1001 is reported on.</summary>
    public static int Tds1001Line => LineOf("internal static Checkout VisaCheckout");

    /// <summary>0-based line of the ECI TDS1006 is reported on, before the edit.</summary>
    public static int Tds1006Line => LineOf("Eci = Eci.Eci05,");

    /// <summary>0-based line before which the fix inserts the missing member.</summary>
    public static int FixInsertLine => LineOf("OrderId = orderId,") + 1;

    /// <summary>The line the fix inserts (with its line break).</summary>
    public static string FixText => "        " + MissingMember + " = \"cardholder@example.com\",\n";

    /// <summary>
    /// Writes the consumer into <paramref name="directory"/>: project, schema, source, and a nuget.config whose
    /// only source is <paramref name="feed"/> plus the default ones for dependencies, with a private package
    /// folder so the freshly packed version is used and not an older copy of the same version.
    /// </summary>
    public static ConsumerProject Write(string directory, string feed, string packagesFolder)
    {
        string version = PackageVersionIn(feed);
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "schemas", "shop"));
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="threeds-local" value="{feed}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{packagesFolder}" />
              </config>
            </configuration>

            """);
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>IdeCheck.Consumer</RootNamespace>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ThreeDsContracts" Version="{version}" />
              </ItemGroup>
            </Project>

            """);
        File.WriteAllText(Path.Combine(directory, "schemas", "shop", "checkout.schema.json"), Schema);
        File.WriteAllText(Path.Combine(directory, SourceName), Source);
        return new ConsumerProject(directory, version);
    }

    private static string PackageVersionIn(string feed)
    {
        var versions = System.IO.Directory.EnumerateFiles(feed, "ThreeDsContracts.*.nupkg")
            .Select(path => Regex.Match(Path.GetFileName(path), @"^ThreeDsContracts\.([0-9]+\.[0-9]+\.[0-9]+(?:-[0-9A-Za-z.-]+)?)\.nupkg$"))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .ToList();
        return versions.Count switch
        {
            1 => versions[0],
            0 => throw new IdeCheckFailure($"no ThreeDsContracts package in {feed} (run dotnet pack first)"),
            _ => throw new IdeCheckFailure($"more than one ThreeDsContracts package in {feed}: {string.Join(", ", versions)}"),
        };
    }

    private static int LineOf(string text)
    {
        string[] lines = Source.Split('\n');
        int index = Array.FindIndex(lines, line => line.Contains(text, StringComparison.Ordinal));
        return index >= 0 ? index : throw new InvalidOperationException($"the consumer source has no line with '{text}'");
    }
}
