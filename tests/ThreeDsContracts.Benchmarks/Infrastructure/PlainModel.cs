using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ThreeDsContracts.Benchmarks.Infrastructure;

/// <summary>
/// Derives, from the records and enums our generator emitted, equivalent plain C# sources for the System.Text.Json
/// source generator: the same types, properties, wire names and property types, with no converters, no brand
/// rules and no redaction (the runtime wrappers become their plain forms: Code&lt;E&gt; → E, EncodedJson&lt;T&gt; → T,
/// NumberOrString / IsoDateTime / FlexibleTimestamp → string), one file per generated schema file and one
/// [JsonSerializable] context per namespace listing every type, as our generated context does.
/// </summary>
public static class PlainModel
{
    public const string RootNamespace = "Plain";

    public sealed record PlainFile(string Path, string Text);

    public static IReadOnlyList<PlainFile> From(Compilation output, IEnumerable<SyntaxTree> generatedTrees)
    {
        var files = new List<PlainFile>();
        var typesByNamespace = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (SyntaxTree tree in generatedTrees.OrderBy(t => t.FilePath, StringComparer.Ordinal))
        {
            SemanticModel model = output.GetSemanticModel(tree);
            var text = new StringBuilder();
            text.AppendLine("#nullable enable");
            bool any = false;
            foreach (BaseTypeDeclarationSyntax declaration in tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
            {
                if (declaration is not (RecordDeclarationSyntax or EnumDeclarationSyntax))
                {
                    continue;
                }

                var symbol = (INamedTypeSymbol)model.GetDeclaredSymbol(declaration)!;
                string ns = PlainNamespace(symbol.ContainingNamespace);
                text.Append("namespace ").Append(ns).AppendLine(" {");
                if (symbol.TypeKind == TypeKind.Enum)
                {
                    text.Append("public enum ").Append(symbol.Name).Append(" { ");
                    text.Append(string.Join(", ", symbol.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => f.Name + " = " + f.ConstantValue)));
                    text.AppendLine(" }");
                }
                else
                {
                    text.Append("public sealed record ").AppendLine(symbol.Name).AppendLine("{");
                    foreach (IPropertySymbol property in symbol.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsStatic && p.DeclaredAccessibility == Accessibility.Public))
                    {
                        AttributeData? wire = property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "JsonPropertyNameAttribute");
                        bool extension = property.GetAttributes().Any(a => a.AttributeClass?.Name == "JsonExtensionDataAttribute");
                        if (extension)
                        {
                            text.AppendLine("    [global::System.Text.Json.Serialization.JsonExtensionData] public global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? ExtensionData { get; set; }");
                        }
                        else if (wire is not null)
                        {
                            string type = Map(property.Type);
                            text.Append("    [global::System.Text.Json.Serialization.JsonPropertyName(\"").Append((string)wire.ConstructorArguments[0].Value!).Append("\")] public ");
                            text.Append(property.IsRequired ? "required " + type : type + "?").Append(' ').Append(property.Name).AppendLine(" { get; init; }");
                        }
                    }

                    text.AppendLine("}");
                }

                text.AppendLine("}");
                any = true;
                if (!typesByNamespace.TryGetValue(ns, out List<string>? names))
                {
                    typesByNamespace[ns] = names = new List<string>();
                }

                names.Add(symbol.Name);
            }

            if (any)
            {
                files.Add(new PlainFile("/plain/" + System.IO.Path.GetFileNameWithoutExtension(tree.FilePath) + ".cs", text.ToString()));
            }
        }

        foreach (KeyValuePair<string, List<string>> pair in typesByNamespace)
        {
            var context = new StringBuilder();
            context.Append("namespace ").Append(pair.Key).AppendLine(" {");
            foreach (string name in pair.Value.OrderBy(n => n, StringComparer.Ordinal))
            {
                context.Append("[global::System.Text.Json.Serialization.JsonSerializable(typeof(").Append(name).AppendLine("))]");
            }

            // The STJ generator names its files after the context class: one name per namespace.
            context.Append("internal sealed partial class ").Append(ContextName(pair.Key)).AppendLine(" : global::System.Text.Json.Serialization.JsonSerializerContext { }");
            context.AppendLine("}");
            files.Add(new PlainFile("/plain/" + ContextName(pair.Key) + ".cs", context.ToString()));
        }

        return files;
    }

    public static string ContextName(string plainNamespace) => plainNamespace.Replace(".", string.Empty, StringComparison.Ordinal) + "JsonContext";

    private static string PlainNamespace(INamespaceSymbol ns) => RootNamespace + "." + ns.ToDisplayString();

    private static string Map(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return Map(nullable.TypeArguments[0]);
        }

        if (type is INamedTypeSymbol named)
        {
            string container = named.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            if (container == "ThreeDsContracts")
            {
                switch (named.Name)
                {
                    case "Code" or "EncodedJson":
                        return Map(named.TypeArguments[0]);
                    case "NumberOrString" or "IsoDateTime" or "FlexibleTimestamp":
                        return "string";
                }
            }

            if (named.DeclaringSyntaxReferences.Length > 0 && named.TypeKind is TypeKind.Enum or TypeKind.Class)
            {
                return "global::" + PlainNamespace(named.ContainingNamespace!) + "." + named.Name;
            }

            if (named.IsGenericType)
            {
                string generic = named.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                generic = generic.Substring(0, generic.IndexOf('<'));
                return generic + "<" + string.Join(", ", named.TypeArguments.Select(Map)) + ">";
            }
        }

        if (type is IArrayTypeSymbol array)
        {
            return Map(array.ElementType) + "[]";
        }

        return type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
    }
}
