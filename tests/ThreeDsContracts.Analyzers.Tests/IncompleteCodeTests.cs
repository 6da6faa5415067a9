using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ThreeDsContracts.Analyzers.Tests.Verifiers;
using ThreeDsContracts.Testing.Compilation;
using Xunit;

namespace ThreeDsContracts.Analyzers.Tests;

/// <summary>
/// Code being typed is incomplete or wrong most of the time: the analyzers must never throw (AD0001) on it.
/// Every analyzer runs on every prefix of realistic sources (as if typed up to there) and on known
/// erroneous constructs.
/// </summary>
public class IncompleteCodeTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = PackageAnalyzers.All;

    private static readonly string Complete = Sources.Usings + $$"""
        public static class Payments
        {
            [ThreeDsCardBrand("mastercard")]
            public static JpmPaymentsPaymentRequest Build(string cavv)
            {
                var threeDs = new JpmPaymentsThreeDs { AuthenticationValue = cavv, Version2 = new JpmPaymentsThreeDsVersion2 { ThreeDSTransactionStatus = JpmPaymentsThreeDsTransactionStatus.Attempted } };
                var request = new JpmPaymentsPaymentRequest
                {
                    {{Sources.JpmMerchant}},
                    PaymentMethodType = new JpmPaymentsPaymentMethodType
                    {
                        Card = new JpmPaymentsPaymentCard
                        {
                            AccountNumber = "5100000000000008",
                            Authentication = new JpmPaymentsAuthentication { ElectronicCommerceIndicator = JpmPaymentsElectronicCommerceIndicator.Eci05, ScaExemptionReason = JpmPaymentsScaExemptionReason.TrustedMerchant, ThreeDS = threeDs },
                            PaymentAuthenticationRequest = new() { ThreeDSPurchaseInfo = new() { PurchasedItemCount = 2 } },
                        },
                    },
                };
                request = request with { Amount = 5 };
                _ = request.Validate(CardBrand.Mastercard);
                var page = new EcommpayPaymentPage { BillingRegionCode = "DEV", CustomerShipping = new EcommpayCustomerShipping { Customer = new() { Shipping = new() { RegionCode = "X" } } } };
                var result = new AuthenticationResult { Brand = CardBrand.Visa, Eci = Eci.Eci02 } with { TransStatus = TransStatus.NotAuthenticated };
                var session = new AntomCreatePaymentSessionRequest { AvailablePaymentMethod = new() { PaymentMethodMetaData = new() { MpiData = new() { ThreeDsVersion = "2", Cavv = cavv, DsTransactionId = "d", Eci = AntomEci.Eci05 }, Is3DsAuthentication = true } } };
                return request;
            }
        }
        """;

    public static IEnumerable<object[]> ErroneousOrUnusual() => new[]
    {
        new object[] { "unknown member", "var r = new JpmPaymentsThreeDs { NoSuchMember = 1, ThreeDSProgramProtocol = };" },
        new object[] { "attribute without brand", "[ThreeDsCardBrand()] void M() { var r = new JpmPaymentsAuthentication { ThreeDS = new() }; }" },
        new object[] { "attribute with null brand", "[ThreeDsCardBrand(null)] void M() { var r = new AuthenticationResult { Eci = Eci.Eci05 }; }" },
        new object[] { "Validate without brand", "void M() { var r = new JpmPaymentsPaymentRequest { Amount = 1 }; r.Validate(); r.Validate(null, 1); }" },
        new object[] { "local used in its own initializer", "void M() { var r = r with { Amount = 1 }; var s = new JpmPaymentsPaymentRequest { Amount = s.Amount }; }" },
        new object[] { "locals that copy each other", "void M(JpmPaymentsPaymentRequest a, JpmPaymentsPaymentRequest b) { a = b with { Amount = 1 }; b = a with { Amount = 2 }; a = b with { Amount = 3 }; }" },
        new object[] { "with on something that is not a record", "void M() { var x = 5 with { Amount = 1 }; var y = new EcommpayPaymentPage() with { BillingRegionCode = \"A\" }; }" },
        new object[] { "init-only assignment after construction", "void M() { var p = new EcommpayPaymentPage(); p.BillingRegionCode = \"DEV\"; p.CustomerShipping!.Value!.Customer.Shipping.RegionCode = \"X\"; }" },
        new object[] { "wrong types", "void M() { var p = new AuthenticationResult { Brand = \"visa\", Eci = 5, Exemption = Eci.Eci05 }; }" },
        new object[] { "nested member initializer", "void M() { var p = new JpmPaymentsAuthentication { ThreeDS = { AuthenticationValue = \"a\" } }; }" },
        new object[] { "encoded json with odd arguments", "void M() { var p = new EcommpayPaymentPage { CustomerShipping = new EncodedJson<EcommpayCustomerShipping>(), CustomerAccountInfo = new EncodedJson<EcommpayCustomerAccountInfo>(null!, 1) }; }" },
        new object[] { "out and ref writes", "void M() { var p = new EcommpayPaymentPage(); N(out p); N2(ref p); p ??= new(); } void N(out EcommpayPaymentPage p) => p = new(); void N2(ref EcommpayPaymentPage p) { }" },
        new object[] { "lambdas and local functions", "void M() { var p = new EcommpayPaymentPage(); System.Action a = [ThreeDsCardBrand(\"visa\")] () => { p = p with { CustomerEmail = null }; }; L(); void L() { p = new EcommpayPaymentPage { BillingRegionCode = \"X\" }; } }" },
    };

    [Fact]
    public async Task Every_prefix_of_a_realistic_source_is_analysed_without_an_analyzer_exception()
    {
        var failures = new List<string>();
        for (int length = 0; length <= Complete.Length; length += 7)
        {
            string prefix = Complete.Substring(0, length);
            AnalysisRun run = await AnalyzeAsync(TestCompilation.Create(new[] { prefix }));
            if (run.AnalyzerExceptions.Count > 0)
            {
                failures.Add($"prefix of {length} characters: {run.AnalyzerExceptions[0]}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task The_complete_realistic_source_is_analysed_and_reports()
    {
        AnalysisRun run = await AnalyzeAsync(TestCompilation.Create(new[] { Complete }));
        Assert.Empty(run.AnalyzerExceptions);
        Assert.Empty(run.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        // Every rule finds something in it, so the prefixes above exercise every analyzer's paths.
        string[] ids = run.AnalyzerDiagnostics.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "TDS1001", "TDS1002", "TDS1003", "TDS1004", "TDS1005", "TDS1006", "TDS1007" }, ids);
    }

    [Theory]
    [MemberData(nameof(ErroneousOrUnusual))]
    public async Task Erroneous_or_unusual_code_is_analysed_without_an_analyzer_exception(string what, string member)
    {
        string source = Sources.Usings + "public class C { " + member + " }";
        AnalysisRun run = await AnalyzeAsync(TestCompilation.Create(new[] { source }));
        Assert.True(run.AnalyzerExceptions.Count == 0, what + ": " + string.Join("\n", run.AnalyzerExceptions));
    }

    [Fact]
    public async Task A_compilation_without_ThreeDsContracts_registers_nothing()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Plain",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("public record R { public string? A { get; init; } } public static class C { public static R M() => new R { A = null } with { }; }") },
            TestCompilation.References.Where(r => !(r.Display ?? string.Empty).EndsWith("ThreeDsContracts.dll", StringComparison.Ordinal)),
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        AnalysisRun run = await AnalyzeAsync(compilation);
        Assert.Empty(run.AnalyzerExceptions);
        Assert.Empty(run.AnalyzerDiagnostics);
    }

    /// <summary>
    /// Runs every analyzer on a compilation that need not compile, collecting the exceptions they throw
    /// (never swallowing them). Microsoft.CodeAnalysis.Testing compares diagnostics with expectations, which
    /// code cut at arbitrary points has none of: here only exceptions (AD0001) count.
    /// </summary>
    private static async Task<AnalysisRun> AnalyzeAsync(Microsoft.CodeAnalysis.Compilation compilation)
    {
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, _) =>
            {
                lock (exceptions)
                {
                    exceptions.Add(analyzer.GetType().Name + " threw " + exception);
                }
            },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync();
        exceptions.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        return new AnalysisRun(compilation, diagnostics.Where(d => d.Id != "AD0001").ToImmutableArray(), exceptions);
    }

    private sealed record AnalysisRun(Microsoft.CodeAnalysis.Compilation Compilation, ImmutableArray<Diagnostic> AnalyzerDiagnostics, IReadOnlyList<string> AnalyzerExceptions);
}
