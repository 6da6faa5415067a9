using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ThreeDsContracts.Generator.Model;
using static ThreeDsContracts.Generator.Parsing.Naming;

namespace ThreeDsContracts.Generator.Emitting;

/// <summary>
/// Emits the reflection-free System.Text.Json converter of an object: Utf8JsonReader/Utf8JsonWriter code,
/// aliases on read, unknown properties and explicit nulls kept, failures located by JSON path.
/// </summary>
internal static class ConverterEmitter
{
    private const string Reader = "ref " + TypeNames.Json + ".Utf8JsonReader reader";

    public static void Emit(SourceWriter w, TypeSpec type, string visibility)
    {
        string converter = TypeNames.Converter(type.Name);
        w.Line("/// <summary>Reads and writes <see cref=\"" + type.Name + "\"/> without reflection (AOT- and trim-safe).</summary>");
        w.Line(ContractEmitter.GeneratedCodeAttribute);
        w.Open(visibility + " sealed class " + converter + " : " + TypeNames.Json + ".Serialization.JsonConverter<" + type.Name + ">");
        w.Line("/// <summary>The shared instance.</summary>");
        w.Line("public static " + converter + " Instance { get; } = new " + converter + "();");
        w.Line();
        EmitRead(w, type);
        w.Line();
        EmitWrite(w, type);
        EmitCollectionReaders(w, type);
        w.Close();
    }

    private static void EmitRead(SourceWriter w, TypeSpec type)
    {
        w.Line("/// <inheritdoc />");
        w.Open("public override " + type.Name + " Read(" + Reader + ", global::System.Type typeToConvert, " + TypeNames.Json + ".JsonSerializerOptions options)");
        w.Line(TypeNames.ContractJson + ".ExpectStartObject(ref reader, " + Literal(type.Name) + ");");
        for (int i = 0; i < type.Properties.Count; i++)
        {
            PropertySpec property = type.Properties[i];
            w.Line(TypeNames.Of(property.Type) + "? p" + Index(i) + " = default;");
            if (property.Required)
            {
                w.Line("bool has" + Index(i) + " = false;");
            }
        }

        w.Line("global::System.Collections.Generic.Dictionary<string, " + TypeNames.Json + ".JsonElement>? extension = null;");
        w.Open("while (true)");
        w.Line(TypeNames.ContractJson + ".Next(ref reader);");
        w.Open("if (reader.TokenType == " + TypeNames.Json + ".JsonTokenType.EndObject)");
        w.Line("break;");
        w.Close();
        w.Line();
        if (type.Properties.Count > 0)
        {
            w.Line("string? known = null;");
        }

        for (int i = 0; i < type.Properties.Count; i++)
        {
            PropertySpec property = type.Properties[i];
            string condition = string.Join(" || ", new[] { property.WireName }.Concat(property.Aliases).Select(n => "reader.ValueTextEquals(" + Literal(n) + "u8)"));
            w.Open((i == 0 ? "if (" : "else if (") + condition + ")");
            w.Line("known = " + Literal(property.WireName) + ";");
            w.Line(TypeNames.ContractJson + ".Next(ref reader);");
            w.Open("try");
            w.Open("if (reader.TokenType == " + TypeNames.Json + ".JsonTokenType.Null)");
            if (property.Nullable)
            {
                w.Line("p" + Index(i) + " = null;");
                w.Line("(extension ??= new global::System.Collections.Generic.Dictionary<string, " + TypeNames.Json + ".JsonElement>(global::System.StringComparer.Ordinal))[known] = " + TypeNames.ContractJson + ".ReadElement(ref reader);");
            }
            else
            {
                w.Line("throw " + TypeNames.ContractJson + ".NullNotAllowed();");
            }

            w.Close();
            w.Open("else");
            w.Line("p" + Index(i) + " = " + TypeNames.Read(property.Type, "Read" + Index(i)) + ";");
            w.Close();
            if (property.Required)
            {
                w.Line("has" + Index(i) + " = true;");
            }

            w.Close();
            w.Open("catch (global::System.Exception exception) when (" + TypeNames.ContractJson + ".IsReadError(exception))");
            w.Line("throw " + TypeNames.ContractJson + ".AtProperty(exception, known);");
            w.Close();
            w.Line("continue;");
            w.Close();
        }

        w.Line();
        w.Line("string name = reader.GetString()!;");
        w.Line(TypeNames.ContractJson + ".Next(ref reader);");
        w.Open("try");
        w.Line("(extension ??= new global::System.Collections.Generic.Dictionary<string, " + TypeNames.Json + ".JsonElement>(global::System.StringComparer.Ordinal))[name] = " + TypeNames.ContractJson + ".ReadElement(ref reader);");
        w.Close();
        w.Open("catch (global::System.Exception exception) when (" + TypeNames.ContractJson + ".IsReadError(exception))");
        w.Line("throw " + TypeNames.ContractJson + ".AtProperty(exception, name);");
        w.Close();
        w.Close();
        w.Line();
        for (int i = 0; i < type.Properties.Count; i++)
        {
            PropertySpec property = type.Properties[i];
            if (property.Required)
            {
                w.Open("if (!has" + Index(i) + ")");
                w.Line("throw " + TypeNames.ContractJson + ".MissingRequired(" + Literal(property.WireName) + ");");
                w.Close();
            }
        }

        w.Line();
        w.Line("return new " + type.Name);
        w.Line("{");
        for (int i = 0; i < type.Properties.Count; i++)
        {
            PropertySpec property = type.Properties[i];
            string value = "p" + Index(i);
            if (!property.Nullable)
            {
                value += property.Type.IsValueType ? ".GetValueOrDefault()" : "!";
            }

            w.Line("    " + property.Name + " = " + value + ",");
        }

        w.Line("    ExtensionData = extension,");
        w.Line("};");
        w.Close();
    }

    private static void EmitWrite(SourceWriter w, TypeSpec type)
    {
        w.Line("/// <inheritdoc />");
        w.Open("public override void Write(" + TypeNames.Json + ".Utf8JsonWriter writer, " + type.Name + " value, " + TypeNames.Json + ".JsonSerializerOptions options)");
        w.Line("writer.WriteStartObject();");
        for (int i = 0; i < type.Properties.Count; i++)
        {
            PropertySpec property = type.Properties[i];
            string local = "v" + Index(i);
            bool guard = property.Nullable || !property.Type.IsValueType;
            if (guard)
            {
                w.Open("if (value." + property.Name + " is { } " + local + ")");
            }
            else
            {
                w.Open("");
                w.Line("var " + local + " = value." + property.Name + ";");
            }

            w.Line("writer.WritePropertyName(" + Literal(property.WireName) + "u8);");
            WriteValue(w, property.Type, local, 0);
            w.Close();
        }

        w.Open("if (value.ExtensionData is { } extension)");
        w.Open("foreach (var entry in extension)");
        if (type.Properties.Count > 0)
        {
            w.Line("// An explicit null of a known property is kept here; it gives way once the property has a value.");
            w.Open("if (entry.Value.ValueKind == " + TypeNames.Json + ".JsonValueKind.Null && IsSet(value, entry.Key))");
            w.Line("continue;");
            w.Close();
            w.Line();
        }

        w.Line("writer.WritePropertyName(entry.Key);");
        w.Line("entry.Value.WriteTo(writer);");
        w.Close();
        w.Close();
        w.Line();
        w.Line("writer.WriteEndObject();");
        w.Close();
        if (type.Properties.Count > 0)
        {
            w.Line();
            w.Line("private static bool IsSet(" + type.Name + " value, string wireName) => wireName switch");
            w.Line("{");
            foreach (PropertySpec property in type.Properties)
            {
                string test = property.Nullable || !property.Type.IsValueType ? "value." + property.Name + " is not null" : "true";
                w.Line("    " + Literal(property.WireName) + " => " + test + ",");
            }

            w.Line("    _ => false,");
            w.Line("};");
        }
    }

    private static void WriteValue(SourceWriter w, ValueTypeSpec type, string value, int depth)
    {
        string item = "item" + depth.ToString(CultureInfo.InvariantCulture);
        switch (type.Kind)
        {
            case ValueKind.Array:
                w.Line("writer.WriteStartArray();");
                w.Open("foreach (var " + item + " in " + value + ")");
                WriteValue(w, type.Item!, item, depth + 1);
                w.Close();
                w.Line("writer.WriteEndArray();");
                break;
            case ValueKind.Map:
                w.Line("writer.WriteStartObject();");
                w.Open("foreach (var " + item + " in " + value + ")");
                w.Line("writer.WritePropertyName(" + item + ".Key);");
                WriteValue(w, type.Item!, item + ".Value", depth + 1);
                w.Close();
                w.Line("writer.WriteEndObject();");
                break;
            default:
                w.Line(TypeNames.Write(type, value));
                break;
        }
    }

    /// <summary>One static reader per array or map property (ref structs cannot be captured by lambdas).</summary>
    private static void EmitCollectionReaders(SourceWriter w, TypeSpec type)
    {
        for (int i = 0; i < type.Properties.Count; i++)
        {
            ValueTypeSpec property = type.Properties[i].Type;
            if (property.Kind is ValueKind.Array or ValueKind.Map)
            {
                w.Line();
                EmitCollectionReader(w, "Read" + Index(i), property);
            }
        }
    }

    private static void EmitCollectionReader(SourceWriter w, string method, ValueTypeSpec collection)
    {
        var nested = new List<(string Name, ValueTypeSpec Type)>();
        string itemRead = collection.Item!.Kind is ValueKind.Array or ValueKind.Map
            ? method + "Item(ref reader, options)"
            : TypeNames.Read(collection.Item!, method + "Item");
        if (collection.Item!.Kind is ValueKind.Array or ValueKind.Map)
        {
            nested.Add((method + "Item", collection.Item!));
        }

        string itemType = TypeNames.Of(collection.Item!);
        w.Open("private static " + TypeNames.Of(collection) + " " + method + "(" + Reader + ", " + TypeNames.Json + ".JsonSerializerOptions options)");
        if (collection.Kind == ValueKind.Array)
        {
            w.Line(TypeNames.ContractJson + ".ExpectStartArray(ref reader);");
            w.Line("var list = new global::System.Collections.Generic.List<" + itemType + ">();");
            w.Open("while (true)");
            w.Line(TypeNames.ContractJson + ".Next(ref reader);");
            w.Open("if (reader.TokenType == " + TypeNames.Json + ".JsonTokenType.EndArray)");
            w.Line("return list;");
            w.Close();
            w.Open("try");
            w.Line("list.Add(reader.TokenType == " + TypeNames.Json + ".JsonTokenType.Null ? throw " + TypeNames.ContractJson + ".NullNotAllowed() : " + itemRead + ");");
            w.Close();
            w.Open("catch (global::System.Exception exception) when (" + TypeNames.ContractJson + ".IsReadError(exception))");
            w.Line("throw " + TypeNames.ContractJson + ".AtIndex(exception, list.Count);");
            w.Close();
            w.Close();
        }
        else
        {
            w.Line(TypeNames.ContractJson + ".ExpectStartObject(ref reader, \"map\");");
            w.Line("var map = new global::System.Collections.Generic.Dictionary<string, " + itemType + ">(global::System.StringComparer.Ordinal);");
            w.Open("while (true)");
            w.Line(TypeNames.ContractJson + ".Next(ref reader);");
            w.Open("if (reader.TokenType == " + TypeNames.Json + ".JsonTokenType.EndObject)");
            w.Line("return map;");
            w.Close();
            w.Line("string key = reader.GetString()!;");
            w.Line(TypeNames.ContractJson + ".Next(ref reader);");
            w.Open("try");
            w.Line("map[key] = reader.TokenType == " + TypeNames.Json + ".JsonTokenType.Null ? throw " + TypeNames.ContractJson + ".NullNotAllowed() : " + itemRead + ";");
            w.Close();
            w.Open("catch (global::System.Exception exception) when (" + TypeNames.ContractJson + ".IsReadError(exception))");
            w.Line("throw " + TypeNames.ContractJson + ".AtProperty(exception, key);");
            w.Close();
            w.Close();
        }

        w.Close();
        foreach ((string name, ValueTypeSpec type) in nested)
        {
            w.Line();
            EmitCollectionReader(w, name, type);
        }
    }

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
