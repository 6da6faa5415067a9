using System;
using ThreeDsContracts.Generator.Model;

namespace ThreeDsContracts.Generator.Emitting;

/// <summary>C# type expressions and the read/write expressions of each value kind.</summary>
internal static class TypeNames
{
    public const string Rt = "global::ThreeDsContracts";
    public const string Json = "global::System.Text.Json";
    public const string ContractJson = Rt + ".Serialization.ContractJson";
    public const string Support = Rt + ".Serialization.ContractSupport";

    public static string Of(ValueTypeSpec type) => type.Kind switch
    {
        ValueKind.String => "string",
        ValueKind.Int32 => "int",
        ValueKind.Int64 => "long",
        ValueKind.Decimal => "decimal",
        ValueKind.Boolean => "bool",
        ValueKind.DateOnly => "global::System.DateOnly",
        ValueKind.DateTime => "global::System.DateTime",
        ValueKind.IsoDateTime => Rt + ".IsoDateTime",
        ValueKind.FlexibleTimestamp => Rt + ".FlexibleTimestamp",
        ValueKind.NumberOrString => Rt + ".NumberOrString",
        ValueKind.Json => Json + ".JsonElement",
        ValueKind.Object => type.TypeName!,
        ValueKind.Enum => type.PreserveUnknown ? Rt + ".Code<" + type.TypeName + ">" : type.TypeName!,
        ValueKind.Array => "global::System.Collections.Generic.IReadOnlyList<" + Of(type.Item!) + ">",
        ValueKind.Map => "global::System.Collections.Generic.IReadOnlyDictionary<string, " + Of(type.Item!) + ">",
        ValueKind.Base64Json => Rt + ".EncodedJson<" + type.Item!.TypeName + ">",
        _ => Json + ".JsonElement",
    };

    public static string OfProperty(PropertySpec property) => Of(property.Type) + (property.Nullable ? "?" : string.Empty);

    public static string Converter(string typeName) => typeName + "JsonConverter";

    /// <summary>Expression reading the current token (never null) as the type.</summary>
    public static string Read(ValueTypeSpec type, string readerListMethod) => type.Kind switch
    {
        ValueKind.String => ContractJson + ".ReadString(ref reader)",
        ValueKind.Int32 => ContractJson + ".ReadInt32(ref reader)",
        ValueKind.Int64 => ContractJson + ".ReadInt64(ref reader)",
        ValueKind.Decimal => ContractJson + ".ReadDecimal(ref reader)",
        ValueKind.Boolean => ContractJson + ".ReadBoolean(ref reader)",
        ValueKind.DateOnly => ContractJson + ".ReadDateOnly(ref reader, " + Parsing.Naming.Literal(type.Format!) + ")",
        ValueKind.DateTime => ContractJson + ".ReadDateTime(ref reader, " + Parsing.Naming.Literal(type.Format!) + ")",
        ValueKind.IsoDateTime => ContractJson + ".ReadIsoDateTime(ref reader)",
        ValueKind.FlexibleTimestamp => ContractJson + ".ReadFlexibleTimestamp(ref reader)",
        ValueKind.NumberOrString => ContractJson + ".ReadNumberOrString(ref reader)",
        ValueKind.Object => Converter(type.TypeName!) + ".Instance.Read(ref reader, typeof(" + type.TypeName + "), options)",
        ValueKind.Enum => type.PreserveUnknown
            ? Converter(type.TypeName!) + ".ReadCode(ref reader)"
            : Converter(type.TypeName!) + ".Instance.Read(ref reader, typeof(" + type.TypeName + "), options)",
        ValueKind.Array or ValueKind.Map => readerListMethod + "(ref reader, options)",
        ValueKind.Base64Json => Support + ".ReadEncodedJson(ref reader, " + Converter(type.Item!.TypeName!) + ".Instance, options)",
        _ => ContractJson + ".ReadElement(ref reader)",
    };

    /// <summary>Statement writing <paramref name="value"/> (not null) with <c>writer</c>.</summary>
    public static string Write(ValueTypeSpec type, string value) => type.Kind switch
    {
        ValueKind.String => "writer.WriteStringValue(" + value + ");",
        ValueKind.Int32 or ValueKind.Int64 or ValueKind.Decimal => "writer.WriteNumberValue(" + value + ");",
        ValueKind.Boolean => "writer.WriteBooleanValue(" + value + ");",
        ValueKind.DateOnly => ContractJson + ".WriteDateOnly(writer, " + value + ", " + Parsing.Naming.Literal(type.Format!) + ");",
        ValueKind.DateTime => ContractJson + ".WriteDateTime(writer, " + value + ", " + Parsing.Naming.Literal(type.Format!) + ");",
        ValueKind.IsoDateTime => ContractJson + ".WriteIsoDateTime(writer, " + value + ");",
        ValueKind.FlexibleTimestamp => ContractJson + ".WriteFlexibleTimestamp(writer, " + value + ");",
        ValueKind.NumberOrString => ContractJson + ".WriteNumberOrString(writer, " + value + ");",
        ValueKind.Object => Converter(type.TypeName!) + ".Instance.Write(writer, " + value + ", options);",
        ValueKind.Enum => type.PreserveUnknown
            ? Converter(type.TypeName!) + ".WriteCode(writer, " + value + ");"
            : Converter(type.TypeName!) + ".Instance.Write(writer, " + value + ", options);",
        ValueKind.Base64Json => Support + ".WriteEncodedJson(writer, " + value + ", " + Converter(type.Item!.TypeName!) + ".Instance, options);",
        ValueKind.Array or ValueKind.Map => throw new InvalidOperationException("collections are written by the converter emitter"),
        _ => value + ".WriteTo(writer);",
    };

    /// <summary>Expression for ToString of a non-null value, with redaction.</summary>
    public static string Display(ValueTypeSpec type, string value, string sensitive) => sensitive switch
    {
        "pan" => Rt + ".Redaction.Sensitive.MaskPan(" + value + ".ToString())",
        "" => type.Kind switch
        {
            ValueKind.Array => Support + ".Join(" + value + ")",
            ValueKind.Map => Support + ".JoinMap(" + value + ")",
            ValueKind.Json => "\"(json)\"",
            ValueKind.String => value,
            _ => value + ".ToString()",
        },
        _ => Rt + ".Redaction.Sensitive.Hidden",
    };

    public static string SensitiveKind(string sensitive) => sensitive switch
    {
        "pan" => "Pan",
        "cvv" => "Cvv",
        "authentication-value" => "AuthenticationValue",
        _ => "Secret",
    };
}
