using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using ThreeDsContracts.Cli.Generation;
using ThreeDsContracts.Cli.Schemas;
using Xunit;

namespace ThreeDsContracts.Cli.Tests.Import;

/// <summary>Imported schemas run through the real source generator and compiled into an assembly the test loads.</summary>
internal static class ImportedContracts
{
    /// <summary>Generates the C# of the schema folders under <paramref name="schemasRoot"/> (built-in schemas available to their $refs).</summary>
    public static GenerationResult Generate(string schemasRoot) =>
        CodeGenerator.Run(SchemaSet.Load(new[] { schemasRoot }), projectSchemasOnly: true, "ThreeDsContracts", isPublic: true);

    /// <summary>Generates, compiles and loads the contracts; fails the test on a generator or compiler error.</summary>
    public static Assembly Compile(string schemasRoot, string name)
    {
        GenerationResult generated = Generate(schemasRoot);
        Assert.True(!generated.HasErrors, generated.Failure + string.Join("\n", generated.Diagnostics.Select(d => $"{d.Id} {d.File}({d.Line}): {d.Message}")));
        Assert.DoesNotContain(generated.Diagnostics, d => d.Severity == "warning");

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(ThreeDsContracts.Validation.BrandRule).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        CSharpCompilation compilation = CSharpCompilation.Create(
            name,
            generated.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, new CSharpParseOptions(LanguageVersion.Latest), f.HintName)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        EmitResult emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        var context = new AssemblyLoadContext(name, isCollectible: true);
        image.Position = 0;
        return context.LoadFromStream(image);
    }

    public static IReadOnlyList<string> TypeNames(Assembly assembly) => assembly.GetExportedTypes().Select(t => t.FullName!).OrderBy(n => n, StringComparer.Ordinal).ToList();
}
