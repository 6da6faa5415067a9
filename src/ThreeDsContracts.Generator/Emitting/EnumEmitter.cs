using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ThreeDsContracts.Generator.Model;
using static ThreeDsContracts.Generator.Parsing.Naming;

namespace ThreeDsContracts.Generator.Emitting;

/// <summary>
/// Emits a code list: the enum (members numbered from 1, so default is never a valid code), its wire-value
/// extensions (allocation-free switches) and its converter (unknown values rejected with the path, or
/// preserved in <c>Code&lt;T&gt;</c>, as the schema declares).
/// </summary>
internal static class EnumEmitter
{
    public static void Emit(SourceWriter w, TypeSpec type, string visibility)
    {
        EmitEnum(w, type, visibility);
        w.Line();
        EmitExtensions(w, type, visibility);
        w.Line();
        EmitConverter(w, type, visibility);
    }

    private static void EmitEnum(SourceWriter w, TypeSpec type, string visibility)
    {
        w.Summary(type.Description, "Code list " + type.SchemaId + ".");
        w.Line("/// <remarks>Schema <c>" + XmlDoc(type.SchemaId) + "</c>, <c>" + XmlDoc(type.Pointer) + "</c>. Unknown wire values are "
            + (type.PreserveUnknown ? "preserved (<see cref=\"global::ThreeDsContracts.Code{TEnum}\"/>)" : "rejected") + ".</remarks>");
        w.Line(ContractEmitter.GeneratedCodeAttribute);
        w.Line("[" + TypeNames.Rt + ".Metadata.ThreeDsSchema(" + Literal(type.SchemaId) + ", " + Literal(type.Pointer) + ")]");
        foreach (EligibilitySpec eligibility in type.Eligibility)
        {
            w.Line("[" + TypeNames.Rt + ".Metadata.BrandEligibility(" + string.Join(", ", new[] { eligibility.WireValue }.Concat(eligibility.Brands).Select(Literal)) + ")]");
        }

        foreach (EciOutcomeSpec outcome in type.EciOutcomes)
        {
            w.Line("[" + TypeNames.Rt + ".Metadata.EciOutcome(" + Literal(outcome.Brand) + ", " + Literal(outcome.Eci) + ", " + Literal(outcome.Outcome) + ")]");
        }

        if (type.Canonical is { SetTypeName: { } setType } canonical)
        {
            IEnumerable<string> map = canonical.Map.Select(c => Literal(c.WireValue + "=" + (c.CanonicalValue ?? string.Empty)));
            w.Line("[" + TypeNames.Rt + ".Metadata.CanonicalMap(typeof(" + setType + ")" + string.Concat(map.Select(m => ", " + m)) + ")]");
        }

        w.Line("[" + TypeNames.Json + ".Serialization.JsonConverter(typeof(" + TypeNames.Converter(type.Name) + "))]");
        w.Open(visibility + " enum " + type.Name);
        for (int i = 0; i < type.Members.Count; i++)
        {
            EnumMemberSpec member = type.Members[i];
            string wire = "Wire value <c>" + XmlDoc(member.WireValue) + "</c>";
            w.Summary(member.Description is null ? wire + "." : member.Description + " (" + wire + ").");
            w.Line("[" + TypeNames.Rt + ".Metadata.WireValue(" + Literal(member.WireValue) + ")]");
            w.Line(member.Name + " = " + (i + 1).ToString(CultureInfo.InvariantCulture) + ",");
            if (i < type.Members.Count - 1)
            {
                w.Line();
            }
        }

        w.Close();
    }

    private static void EmitExtensions(SourceWriter w, TypeSpec type, string visibility)
    {
        string name = type.Name;
        w.Line("/// <summary>Wire values of <see cref=\"" + name + "\"/>.</summary>");
        w.Line(ContractEmitter.GeneratedCodeAttribute);
        w.Open(visibility + " static partial class " + name + "Extensions");
        w.Line("/// <summary>Every member, in schema order.</summary>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + name + "> Members { get; } = new[] { " + string.Join(", ", type.Members.Select(m => name + "." + m.Name)) + " };");
        w.Line();
        w.Line("/// <summary>The wire value of a member.</summary>");
        w.Line("/// <param name=\"value\">The member.</param>");
        w.Line("/// <returns>The wire value, e.g. <c>" + XmlDoc(type.Members.Count > 0 ? type.Members[0].WireValue : string.Empty) + "</c>.</returns>");
        if (type.Members.Count > LargeCodeList)
        {
            EmitTableLookups(w, type);
        }
        else
        {
            w.Line("public static string ToWireValue(this " + name + " value) => value switch");
            w.Line("{");
            foreach (EnumMemberSpec member in type.Members)
            {
                w.Line("    " + name + "." + member.Name + " => " + Literal(member.WireValue) + ",");
            }

            w.Line("    _ => throw new global::System.ArgumentOutOfRangeException(nameof(value), \"The value is not a member of " + name + ".\"),");
            w.Line("};");
            w.Line();
            w.Line("/// <summary>Parses a wire value without allocating.</summary>");
            w.Line("/// <param name=\"wireValue\">The text on the wire (case-sensitive).</param>");
            w.Line("/// <param name=\"value\">The member, when known.</param>");
            w.Line("/// <returns>True when the wire value is a member.</returns>");
            w.Open("public static bool TryParseWireValue(global::System.ReadOnlySpan<char> wireValue, out " + name + " value)");
            w.Open("switch (wireValue)");
            foreach (EnumMemberSpec member in type.Members)
            {
                w.Line("case " + Literal(member.WireValue) + ": value = " + name + "." + member.Name + "; return true;");
            }

            w.Line("default: value = default; return false;");
            w.Close();
            w.Close();
        }
        w.Line();
        w.Line("/// <summary>Parses a wire value.</summary>");
        w.Line("/// <param name=\"wireValue\">The text on the wire (case-sensitive).</param>");
        w.Line("/// <returns>The member.</returns>");
        w.Line("/// <exception cref=\"global::System.FormatException\">The value is not in the code list.</exception>");
        w.Line("public static " + name + " ParseWireValue(string wireValue) =>");
        w.Line("    TryParseWireValue(wireValue, out " + name + " value) ? value : throw new global::System.FormatException(\"The value is not a code of " + name + "; expected one of " + CodeListText(type) + ".\");");
        if (type.Eligibility.Count > 0)
        {
            w.Line();
            w.Line("/// <summary>True when the value may be sent for the brand (x-brand-eligibility).</summary>");
            w.Line("/// <param name=\"value\">The member.</param>");
            w.Line("/// <param name=\"brandId\">Brand id, e.g. <c>visa</c>.</param>");
            w.Line("/// <returns>True when eligible.</returns>");
            w.Line("public static bool IsEligibleFor(this " + name + " value, string brandId) => value switch");
            w.Line("{");
            foreach (EligibilitySpec eligibility in type.Eligibility)
            {
                EnumMemberSpec member = type.Members.First(m => m.WireValue == eligibility.WireValue);
                string test = string.Join(" || ", eligibility.Brands.Select(b => "string.Equals(brandId, " + Literal(b) + ", global::System.StringComparison.OrdinalIgnoreCase)"));
                w.Line("    " + name + "." + member.Name + " => " + (test.Length == 0 ? "false" : test) + ",");
            }

            w.Line("    _ => true,");
            w.Line("};");
        }

        w.Close();
    }

    /// <summary>
    /// Above this many members, wire values are looked up in tables (array index, binary search) instead of
    /// switches: the compiler's analysis of a switch grows faster than linearly (a 1,500-code list took
    /// tens of seconds to compile).
    /// </summary>
    internal const int LargeCodeList = 128;

    private static void EmitTableLookups(SourceWriter w, TypeSpec type)
    {
        string name = type.Name;
        var sorted = type.Members.OrderBy(m => m.WireValue, StringComparer.Ordinal).ToList();
        w.Line("public static string ToWireValue(this " + name + " value) =>");
        w.Line("    (uint)((int)value - 1) < (uint)__WireValues.Length ? __WireValues[(int)value - 1] : throw new global::System.ArgumentOutOfRangeException(nameof(value), \"The value is not a member of " + name + ".\");");
        w.Line();
        w.Line("/// <summary>Parses a wire value without allocating.</summary>");
        w.Line("/// <param name=\"wireValue\">The text on the wire (case-sensitive).</param>");
        w.Line("/// <param name=\"value\">The member, when known.</param>");
        w.Line("/// <returns>True when the wire value is a member.</returns>");
        w.Open("public static bool TryParseWireValue(global::System.ReadOnlySpan<char> wireValue, out " + name + " value)");
        w.Line("int low = 0;");
        w.Line("int high = __SortedWireValues.Length - 1;");
        w.Open("while (low <= high)");
        w.Line("int middle = low + ((high - low) >> 1);");
        w.Line("int comparison = global::System.MemoryExtensions.SequenceCompareTo(wireValue, global::System.MemoryExtensions.AsSpan(__SortedWireValues[middle]));");
        w.Open("if (comparison == 0)");
        w.Line("value = __SortedMembers[middle];");
        w.Line("return true;");
        w.Close();
        w.Line();
        w.Open("if (comparison < 0)");
        w.Line("high = middle - 1;");
        w.Close();
        w.Open("else");
        w.Line("low = middle + 1;");
        w.Close();
        w.Close();
        w.Line();
        w.Line("value = default;");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Line("// Wire values by member (member i + 1 at index i), and ordinally sorted for the binary search.");
        w.Line("private static readonly string[] __WireValues = new string[] { " + string.Join(", ", type.Members.Select(m => Literal(m.WireValue))) + " };");
        w.Line("private static readonly string[] __SortedWireValues = new string[] { " + string.Join(", ", sorted.Select(m => Literal(m.WireValue))) + " };");
        w.Line("private static readonly " + name + "[] __SortedMembers = new " + name + "[] { " + string.Join(", ", sorted.Select(m => name + "." + m.Name)) + " };");
    }

    private static string CodeListText(TypeSpec type)
    {
        string list = string.Join(", ", type.Members.Take(12).Select(m => m.WireValue.Length == 0 ? "(empty)" : m.WireValue));
        if (type.Members.Count > 12)
        {
            list += ", …";
        }

        string literal = Literal(list);
        return literal.Substring(1, literal.Length - 2);
    }

    private static void EmitConverter(SourceWriter w, TypeSpec type, string visibility)
    {
        string name = type.Name;
        string converter = TypeNames.Converter(name);
        int maxWire = type.Members.Count == 0 ? 1 : type.Members.Max(m => m.WireValue.Length);
        int buffer = Math.Min(Math.Max(maxWire * 6, 16), 512);
        w.Line("/// <summary>Reads and writes <see cref=\"" + name + "\"/> as its wire values, without reflection.</summary>");
        w.Line(ContractEmitter.GeneratedCodeAttribute);
        w.Open(visibility + " sealed class " + converter + " : " + TypeNames.Json + ".Serialization.JsonConverter<" + name + ">");
        w.Line("/// <summary>The shared instance.</summary>");
        w.Line("public static " + converter + " Instance { get; } = new " + converter + "();");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Open("public override " + name + " Read(ref " + TypeNames.Json + ".Utf8JsonReader reader, global::System.Type typeToConvert, " + TypeNames.Json + ".JsonSerializerOptions options)");
        w.Line("if (TryRead(ref reader, out " + name + " value)) return value;");
        w.Line("throw " + TypeNames.ContractJson + ".Fail(\"the value is not a code of " + name + "; expected one of " + CodeListText(type) + "\");");
        w.Close();
        w.Line();
        w.Line("/// <summary>Reads a code whose unknown values are kept verbatim.</summary>");
        w.Line("/// <param name=\"reader\">The reader, on a string.</param>");
        w.Line("/// <returns>The code.</returns>");
        w.Open("public static " + TypeNames.Rt + ".Code<" + name + "> ReadCode(ref " + TypeNames.Json + ".Utf8JsonReader reader)");
        w.Line("if (TryRead(ref reader, out " + name + " value)) return value;");
        w.Line("return " + TypeNames.Rt + ".Code<" + name + ">.Unrecognized(reader.GetString()!);");
        w.Close();
        w.Line();
        w.Open("private static bool TryRead(ref " + TypeNames.Json + ".Utf8JsonReader reader, out " + name + " value)");
        w.Open("if (reader.TokenType != " + TypeNames.Json + ".JsonTokenType.String)");
        w.Line("throw " + TypeNames.ContractJson + ".Fail(\"expected a string code of " + name + ", found \" + " + TypeNames.ContractJson + ".Token(reader.TokenType));");
        w.Close();
        w.Line("int length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;");
        int longest = maxWire * 6;
        w.Open("if (length > " + buffer.ToString(CultureInfo.InvariantCulture) + ")");
        if (longest > 512)
        {
            // Codes longer than the stack buffer (up to 6 bytes a character when escaped) are compared as strings.
            w.Line("value = default;");
            w.Line("return length <= " + longest.ToString(CultureInfo.InvariantCulture) + " && " + name + "Extensions.TryParseWireValue(reader.GetString()!, out value);");
        }
        else
        {
            w.Line("value = default;");
            w.Line("return false;");
        }

        w.Close();
        w.Line("global::System.Span<char> buffer = stackalloc char[" + buffer.ToString(CultureInfo.InvariantCulture) + "];");
        w.Line("int written = reader.CopyString(buffer);");
        w.Line("return " + name + "Extensions.TryParseWireValue(buffer.Slice(0, written), out value);");
        w.Close();
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("public override void Write(" + TypeNames.Json + ".Utf8JsonWriter writer, " + name + " value, " + TypeNames.Json + ".JsonSerializerOptions options) =>");
        w.Line("    writer.WriteStringValue(" + name + "Extensions.ToWireValue(value));");
        w.Line();
        w.Line("/// <summary>Writes a code; unknown values go back as they came.</summary>");
        w.Line("/// <param name=\"writer\">The writer.</param>");
        w.Line("/// <param name=\"value\">The code.</param>");
        w.Line("public static void WriteCode(" + TypeNames.Json + ".Utf8JsonWriter writer, " + TypeNames.Rt + ".Code<" + name + "> value) =>");
        w.Line("    writer.WriteStringValue(value.IsKnown ? " + name + "Extensions.ToWireValue(value.Value) : value.UnrecognizedValue);");
        w.Close();
    }
}
