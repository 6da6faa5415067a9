using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ThreeDsContracts.Testing.Incremental;
using Xunit;

namespace ThreeDsContracts.Testing.Tests;

/// <summary>The incrementality checks catch a generator that re-runs or that keeps compiler objects in its pipeline.</summary>
public class IncrementalAssertTests
{
    /// <summary>A deliberately bad generator: its step output is the Compilation itself.</summary>
    private sealed class LeakyGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var leaked = context.CompilationProvider.Select((c, _) => c).WithTrackingName("Leaky");
            context.RegisterSourceOutput(leaked, (spc, c) => spc.AddSource("x.g.cs", "// " + c.AssemblyName));
        }
    }

    private static GeneratorRunResult RunTwice(bool editBetween)
    {
        var compilation = CSharpCompilation.Create("A", new[] { CSharpSyntaxTree.ParseText("class C { }") });
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new LeakyGenerator().AsSourceGenerator() }, driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation);
        CSharpCompilation next = editBetween ? compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class D { }")) : compilation;
        return driver.RunGenerators(next).GetRunResult().Results.Single();
    }

    [Fact]
    public void A_step_that_reruns_after_an_edit_fails_the_cached_assertion()
    {
        var failure = Assert.Throws<IncrementalityException>(() => IncrementalAssert.AllCachedOrUnchanged(RunTwice(editBetween: true), "Leaky"));
        Assert.Contains("re-ran", failure.Message);
    }

    [Fact]
    public void A_step_that_holds_a_compilation_fails_the_forbidden_object_walk()
    {
        var failure = Assert.Throws<IncrementalityException>(() => IncrementalAssert.NoForbiddenObjects(RunTwice(editBetween: false)));
        Assert.Contains("Compilation", failure.Message);
    }

    [Fact]
    public void An_untracked_step_name_fails_rather_than_passing_vacuously()
    {
        Assert.Throws<IncrementalityException>(() => IncrementalAssert.AllCachedOrUnchanged(RunTwice(editBetween: false), "NoSuchStep"));
    }
}
