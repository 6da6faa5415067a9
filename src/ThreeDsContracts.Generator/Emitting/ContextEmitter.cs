using System.Collections.Generic;
using System.Linq;
using ThreeDsContracts.Generator.Model;

namespace ThreeDsContracts.Generator.Emitting;

/// <summary>The types of one namespace, for its JsonSerializerContext.</summary>
internal sealed record ContextSpec(string Namespace, string Name, bool IsPublic, EquatableArray<string> TypeNames);

/// <summary>
/// Emits a JsonSerializerContext per namespace (provider) whose metadata comes from the generated
/// converters, so <c>JsonSerializer.Deserialize(json, AntomJsonContext.Default.AntomNotifyPayment)</c> is
/// AOT- and trim-safe.
/// </summary>
internal static class ContextEmitter
{
    private static readonly HashSet<string> Reserved = new() { "Default", "Options", "GetTypeInfo", "GeneratedSerializerOptions" };

    public static IEnumerable<ContextSpec> Plan(IEnumerable<SchemaOutput> outputs)
    {
        foreach (IGrouping<string, SchemaOutput> group in outputs.GroupBy(o => o.Namespace).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            string last = group.Key.Substring(group.Key.LastIndexOf('.') + 1);
            var names = group.SelectMany(o => o.Types).Select(t => t.Name).Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToEquatableArray();
            yield return new ContextSpec(group.Key, last + "JsonContext", group.Any(o => o.IsPublic), names);
        }
    }

    public static string Emit(ContextSpec context)
    {
        const string Json = "global::System.Text.Json";
        const string Meta = Json + ".Serialization.Metadata";
        var w = new SourceWriter();
        ContractEmitter.Header(w, "the schemas of namespace " + context.Namespace);
        w.Open("namespace " + context.Namespace);
        w.Line("/// <summary>System.Text.Json metadata for every contract of this namespace (reflection-free).</summary>");
        w.Line(ContractEmitter.GeneratedCodeAttribute);
        w.Open((context.IsPublic ? "public" : "internal") + " sealed partial class " + context.Name + " : " + Json + ".Serialization.JsonSerializerContext, " + Meta + ".IJsonTypeInfoResolver");
        w.Line("/// <summary>The context with default options.</summary>");
        w.Line("public static " + context.Name + " Default { get; } = new " + context.Name + "(new " + Json + ".JsonSerializerOptions());");
        w.Line();
        w.Line("/// <summary>Creates a context bound to options.</summary>");
        w.Line("/// <param name=\"options\">The options.</param>");
        w.Line("public " + context.Name + "(" + Json + ".JsonSerializerOptions options) : base(options) { }");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("protected override " + Json + ".JsonSerializerOptions? GeneratedSerializerOptions => null;");
        foreach (string type in context.TypeNames)
        {
            string member = Reserved.Contains(type) || type == context.Name ? type + "Info" : type;
            w.Line();
            w.Line("private " + Meta + ".JsonTypeInfo<" + type + ">? _" + member + ";");
            w.Line();
            w.Line("/// <summary>Metadata of <see cref=\"" + type + "\"/>.</summary>");
            w.Line("public " + Meta + ".JsonTypeInfo<" + type + "> " + member + " => _" + member + " ??= Create<" + type + ">(Options, " + type + "JsonConverter.Instance);");
        }

        w.Line();
        w.Line("/// <inheritdoc />");
        w.Open("public override " + Meta + ".JsonTypeInfo? GetTypeInfo(global::System.Type type)");
        foreach (string type in context.TypeNames)
        {
            string member = Reserved.Contains(type) || type == context.Name ? type + "Info" : type;
            w.Line("if (type == typeof(" + type + ")) return " + member + ";");
        }

        w.Line("return null;");
        w.Close();
        w.Line();
        w.Open(Meta + ".JsonTypeInfo? " + Meta + ".IJsonTypeInfoResolver.GetTypeInfo(global::System.Type type, " + Json + ".JsonSerializerOptions options)");
        foreach (string type in context.TypeNames)
        {
            w.Line("if (type == typeof(" + type + ")) return Create<" + type + ">(options, " + type + "JsonConverter.Instance);");
        }

        w.Line("return null;");
        w.Close();
        w.Line();
        w.Line("private static " + Meta + ".JsonTypeInfo<T> Create<T>(" + Json + ".JsonSerializerOptions options, " + Json + ".Serialization.JsonConverter<T> converter) =>");
        w.Line("    " + Meta + ".JsonMetadataServices.CreateValueInfo<T>(options, converter);");
        w.Close();
        w.Close();
        return w.ToString();
    }
}
