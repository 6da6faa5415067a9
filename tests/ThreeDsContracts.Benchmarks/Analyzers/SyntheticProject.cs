using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ThreeDsContracts.Benchmarks.Analyzers;

/// <summary>
/// A synthetic project of N files that use the contracts the way payment code does: provider payloads built in
/// object initializers with the card brand known at compile time (a brand property, a constant Validate call,
/// [ThreeDsCardBrand]), plus ordinary code. Every payload is valid for its brand (no analyzer warning), so the
/// analyzers do their full work and report nothing. The same files are compiled in-process
/// (<see cref="AnalyzerBenchmarks"/>) and by <c>scripts/analyzer-report.sh</c> (dotnet build -p:ReportAnalyzer=true).
/// </summary>
public static class SyntheticProject
{
    public static IReadOnlyList<(string Name, string Text)> Files(int count) =>
        Enumerable.Range(0, count).Select(i => ($"Payments{i.ToString("D4", CultureInfo.InvariantCulture)}.cs", File(i))).ToList();

    public static string File(int i) => $$"""
        using System;
        using System.Collections.Generic;
        using ThreeDsContracts.Antom;
        using ThreeDsContracts.Canonical;
        using ThreeDsContracts.JpmPayments;
        using ThreeDsContracts.Metadata;

        namespace Synthetic.Payments
        {
            internal static class Payments{{i}}
            {
                [ThreeDsCardBrand("mastercard")]
                internal static JpmPaymentsPaymentRequest MastercardPassThrough{{i}}(string pan, string cavv, string dsTransactionId) => new()
                {
                    Amount = {{1000 + i}},
                    Currency = "EUR",
                    Merchant = new JpmPaymentsMerchant { MerchantSoftware = new JpmPaymentsMerchantSoftware { CompanyName = "Shop {{i}}", ProductName = "Checkout" } },
                    PaymentMethodType = new JpmPaymentsPaymentMethodType
                    {
                        Card = new JpmPaymentsPaymentCard
                        {
                            AccountNumber = pan,
                            Authentication = new JpmPaymentsAuthentication
                            {
                                ElectronicCommerceIndicator = JpmPaymentsElectronicCommerceIndicator.Eci02,
                                ThreeDS = new JpmPaymentsThreeDs
                                {
                                    AuthenticationValue = cavv,
                                    AuthenticationTransactionId = dsTransactionId,
                                    ThreeDSProgramProtocol = "2.2.0",
                                },
                            },
                        },
                    },
                };

                internal static AuthenticationResult VisaResult{{i}}(string cavv, string dsTransId) => new()
                {
                    Brand = CardBrand.Visa,
                    Eci = Eci.Eci05,
                    TransStatus = TransStatus.Authenticated,
                    AuthenticationValue = cavv,
                    DsTransId = dsTransId,
                    MessageVersion = "2.2.0",
                };

                internal static AntomPayRequest AntomThirdParty{{i}}(string cavv, string dsTransactionId)
                {
                    var request = new AntomPayRequest
                    {
                        PaymentMethod = new AntomPaymentMethod
                        {
                            PaymentMethodType = AntomPaymentMethodType.Card,
                            PaymentMethodMetaData = new AntomCardPaymentMethodMetaData
                            {
                                MpiData = new AntomMpiData { ThreeDsVersion = "2.2.0", Cavv = cavv, DsTransactionId = dsTransactionId, Eci = AntomEci.Eci05 },
                                Is3DsAuthentication = false,
                                EnableAuthenticationUpgrade = false,
                            },
                        },
                    };
                    _ = request.Validate(CardBrand.Visa);
                    return request;
                }

                internal static int Checksum{{i}}(IReadOnlyList<string> lines)
                {
                    int sum = {{i}};
                    foreach (string line in lines)
                    {
                        sum = unchecked(sum * 31 + line.Trim().Length);
                    }

                    return sum;
                }
            }
        }
        """;

    /// <summary>Writes the project (sources and a csproj referencing the repository's runtime and analyzers) to <paramref name="directory"/>.</summary>
    public static void Write(string directory, string repoRoot, int count)
    {
        Directory.CreateDirectory(directory);
        foreach (string stale in Directory.EnumerateFiles(directory, "Payments*.cs"))
        {
            System.IO.File.Delete(stale);
        }

        foreach ((string name, string text) in Files(count))
        {
            System.IO.File.WriteAllText(Path.Combine(directory, name), text);
        }

        string runtime = Path.Combine(repoRoot, "src", "ThreeDsContracts", "ThreeDsContracts.csproj");
        string analyzers = Path.Combine(repoRoot, "src", "ThreeDsContracts.Analyzers", "ThreeDsContracts.Analyzers.csproj");
        System.IO.File.WriteAllText(Path.Combine(directory, "SyntheticPayments.csproj"), $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Written by ThreeDsContracts.Benchmarks (write-analyzer-project): {{count}} files that use the contracts. -->
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Library</OutputType>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <IsPackable>false</IsPackable>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{{runtime}}" />
                <ProjectReference Include="{{analyzers}}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" Condition="'$(WithOurAnalyzers)' != 'false'" />
              </ItemGroup>
            </Project>
            """);
    }
}
