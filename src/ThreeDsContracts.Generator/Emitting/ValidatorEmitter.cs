using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ThreeDsContracts.Generator.Model;
using static ThreeDsContracts.Generator.Parsing.Naming;

namespace ThreeDsContracts.Generator.Emitting;

/// <summary>
/// Emits the schema validator of an object type: <c>Validate()</c> and the <c>ValidateSchema</c> walk it shares with
/// the types that contain it. The walk checks what the type and its converter do not already enforce (required
/// members set to null in code, explicit nulls the schema does not allow, string lengths in code points, patterns,
/// formats, numeric bounds, array bounds, code lists, oneOf/anyOf groups of required properties, Base64-JSON
/// content) through nested objects, arrays and maps, with no reflection and no allocation while nothing is wrong.
/// </summary>
internal static class ValidatorEmitter
{
    public const string Context = TypeNames.Rt + ".Validation.SchemaValidationContext";
    private const string Checks = TypeNames.Rt + ".Validation.SchemaChecks";
    private const string FindingList = "global::System.Collections.Generic.IReadOnlyList<" + TypeNames.Rt + ".Validation.ValidationFinding>";
    private const string Notice = TypeNames.Rt + ".Validation.FindingSeverity.Notice";

    public static void Emit(SourceWriter w, TypeSpec type)
    {
        var patterns = new List<string>();
        w.Summary("Checks this payload against its schema (every nested object, array and Base64-JSON section included); returns each violated keyword with its JSON path, never a value. A valid payload is checked without allocating.");
        w.Open("public " + FindingList + " Validate()");
        w.Line("var context = " + Context + ".Rent();");
        w.Line("ValidateSchema(context);");
        w.Line("return context.Complete();");
        w.Close();
        w.Line();
        w.Line("/// <summary>Checks this object against its schema at the context's current path.</summary>");
        w.Line("/// <param name=\"context\">The walk's path and findings.</param>");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Open("public void ValidateSchema(" + Context + " context)");
        foreach (PropertySpec property in type.Properties)
        {
            EmitProperty(w, property, patterns);
        }

        foreach (RequiredGroupSpec group in type.RequiredGroups)
        {
            EmitGroup(w, type, group);
        }

        w.Close();
        if (patterns.Count > 0)
        {
            w.Line();
            w.Line("/// <summary>The schema's patterns (ECMA 262 meaning), compiled on first use.</summary>");
            w.Open("private static class __Patterns");
            for (int i = 0; i < patterns.Count; i++)
            {
                w.Line("internal static readonly global::System.Text.RegularExpressions.Regex P" + Index(i) + " = new(" + Literal(patterns[i])
                    + ", global::System.Text.RegularExpressions.RegexOptions.CultureInvariant | global::System.Text.RegularExpressions.RegexOptions.Compiled);");
            }

            w.Close();
        }
    }

    private static void EmitProperty(SourceWriter w, PropertySpec property, List<string> patterns)
    {
        string wire = Literal(property.WireName);
        string value = "this." + property.Name;
        bool reference = !property.Type.IsValueType;
        if (property.Required && !property.Nullable && reference)
        {
            w.Open("if (" + value + " is null)");
            w.Line("context.Report(" + wire + ", \"required\", \"is required\");");
            w.Close();
        }

        if (property.Nullable && !property.AcceptsNull)
        {
            w.Open("if (" + value + " is null && " + Checks + ".IsExplicitNull(this.ExtensionData, " + wire + "))");
            w.Line("context.Report(" + wire + ", \"type\", \"must not be null\");");
            w.Close();
        }

        if (!NeedsCheck(property.Type))
        {
            return;
        }

        string local = "__" + property.Name;
        if (property.Nullable || reference)
        {
            w.Open("if (" + value + " is { } " + local + ")");
        }
        else
        {
            w.Open("");
            w.Line("var " + local + " = " + value + ";");
        }

        EmitValue(w, property.Type, local, wire, patterns, 0);
        w.Close();
    }

    /// <summary>Whether a value of this type can fail a check its converter does not make.</summary>
    private static bool NeedsCheck(ValueTypeSpec type) => type.Kind switch
    {
        ValueKind.Object or ValueKind.Enum or ValueKind.Base64Json => true,
        ValueKind.String => type.Constraints is { HasStringChecks: true },
        ValueKind.Int32 or ValueKind.Int64 or ValueKind.Decimal => type.Constraints is { HasNumberChecks: true },
        ValueKind.IsoDateTime => type.Constraints is { HasStringChecks: true },
        ValueKind.FlexibleTimestamp => true,
        ValueKind.NumberOrString => type.Constraints is { HasStringChecks: true } or { HasNumberChecks: true },
        ValueKind.Json => type.Constraints is { } c && (c.JsonTypes.Count > 0 || c.HasStringChecks || c.HasNumberChecks),
        ValueKind.Array => type.Constraints is { HasArrayChecks: true } || NeedsCheck(type.Item!),
        ValueKind.Map => NeedsCheck(type.Item!),
        _ => false,
    };

    /// <summary>
    /// Checks <paramref name="value"/> (not null). <paramref name="wire"/> is the literal of the property it is, or
    /// "null" when the context already stands on the value (an item of an array or map).
    /// </summary>
    private static void EmitValue(SourceWriter w, ValueTypeSpec type, string value, string wire, List<string> patterns, int depth)
    {
        ConstraintSpec? c = type.Constraints;
        switch (type.Kind)
        {
            case ValueKind.String:
                EmitString(w, c!, value, wire, patterns);
                break;
            case ValueKind.Int32:
            case ValueKind.Int64:
            case ValueKind.Decimal:
                EmitNumber(w, c!, value, wire);
                break;
            case ValueKind.NumberOrString:
                if (c!.HasNumberChecks)
                {
                    w.Open("if (" + value + ".IsNumber && " + Checks + ".TryNumber(" + value + ", out decimal " + value + "Number))");
                    EmitNumber(w, c, value + "Number", wire);
                    w.Close();
                }

                if (c.HasStringChecks)
                {
                    w.Open("if (!" + value + ".IsNumber)");
                    EmitString(w, c, value + ".Text", wire, patterns);
                    w.Close();
                }

                break;
            case ValueKind.Json:
                EmitJson(w, c!, value, wire, patterns);
                break;
            case ValueKind.IsoDateTime:
                // The reader accepts any ISO-8601 form; the schema's pattern may be narrower. The text is the one read.
                EmitString(w, c!, value + ".ToString()", wire, patterns);
                break;
            case ValueKind.FlexibleTimestamp:
                if (c is { HasStringChecks: true })
                {
                    w.Open("if (" + value + ".OriginalText is { } " + value + "Text)");
                    EmitString(w, c, value + "Text", wire, patterns);
                    w.Close();
                }

                w.Open("if (" + value + ".ReadIssues != " + TypeNames.Rt + ".TimestampReadIssues.None)");
                if (wire != "null")
                {
                    w.Line("context.Enter(" + wire + ");");
                }

                w.Line(Checks + ".ReportTimestamp(" + value + ", context);");
                if (wire != "null")
                {
                    w.Line("context.Leave();");
                }

                w.Close();
                break;
            case ValueKind.Enum:
                if (type.PreserveUnknown)
                {
                    w.Open("if (!" + value + ".IsKnown)");
                    w.Line("context.Report(" + wire + ", \"enum\", \"is not one of the schema's codes (kept: the list is x-unknown-values preserve)\", " + Notice + ");");
                }
                else
                {
                    w.Open("if ((int)" + value + " < 1 || (int)" + value + " > " + type.TypeName + "Extensions.Members.Count)");
                    w.Line("context.Report(" + wire + ", \"enum\", \"is not one of the schema's codes\");");
                }

                w.Close();
                break;
            case ValueKind.Object:
                EmitNested(w, value, wire);
                break;
            case ValueKind.Base64Json:
                w.Open("if (" + value + ".IsPlainJson)");
                w.Line("context.Report(" + wire + ", \"type\", \"must be a string (Base64 of the JSON object), not the object itself\");");
                w.Close();
                w.Open("if (" + value + ".Value is { } " + value + "Content)");
                EmitNested(w, value + "Content", wire);
                w.Close();
                w.Open("else");
                w.Line("context.Report(" + wire + ", \"x-content-schema\", \"is not Base64 of a JSON object, so its content was not checked\", " + Notice + ");");
                w.Close();
                break;
            case ValueKind.Array:
                EmitArray(w, type, value, wire, patterns, depth);
                break;
            case ValueKind.Map:
                string entry = value + "Entry";
                w.Open("foreach (var " + entry + " in " + value + ")");
                w.Line("context.Enter(" + entry + ".Key);");
                EmitItem(w, type.Item!, entry + ".Value", patterns, depth + 1);
                w.Line("context.Leave();");
                w.Close();
                break;
        }
    }

    private static void EmitNested(SourceWriter w, string value, string wire)
    {
        if (wire == "null")
        {
            w.Line(value + ".ValidateSchema(context);");
            return;
        }

        w.Line("context.Enter(" + wire + ");");
        w.Line(value + ".ValidateSchema(context);");
        w.Line("context.Leave();");
    }

    private static void EmitArray(SourceWriter w, ValueTypeSpec type, string value, string wire, List<string> patterns, int depth)
    {
        if (type.Constraints is { } c)
        {
            if (c.MinItems is { } min)
            {
                w.Open("if (" + value + ".Count < " + Index(min) + ")");
                w.Line("context.Report(" + wire + ", \"minItems\", " + Literal("has fewer than " + Index(min) + " items") + ");");
                w.Close();
            }

            if (c.MaxItems is { } max)
            {
                w.Open("if (" + value + ".Count > " + Index(max) + ")");
                w.Line("context.Report(" + wire + ", \"maxItems\", " + Literal("has more than " + Index(max) + " items") + ");");
                w.Close();
            }
        }

        if (!NeedsCheck(type.Item!) && type.Item!.IsValueType)
        {
            return;
        }

        string index = "__i" + Index(depth);
        if (wire != "null")
        {
            w.Line("context.Enter(" + wire + ");");
        }

        w.Open("for (int " + index + " = 0; " + index + " < " + value + ".Count; " + index + "++)");
        w.Line("context.Enter(" + index + ");");
        EmitItem(w, type.Item!, value + "[" + index + "]", patterns, depth + 1);
        w.Line("context.Leave();");
        w.Close();
        if (wire != "null")
        {
            w.Line("context.Leave();");
        }
    }

    /// <summary>An array item or map value; the context stands on it.</summary>
    private static void EmitItem(SourceWriter w, ValueTypeSpec item, string expression, List<string> patterns, int depth)
    {
        string local = "__item" + Index(depth);
        if (item.IsValueType)
        {
            w.Line("var " + local + " = " + expression + ";");
            EmitValue(w, item, local, "null", patterns, depth);
            return;
        }

        w.Open("if (" + expression + " is { } " + local + ")");
        if (NeedsCheck(item))
        {
            EmitValue(w, item, local, "null", patterns, depth);
        }

        w.Close();
        w.Open("else");
        w.Line("context.Report(null, \"type\", \"must not be null\");");
        w.Close();
    }

    private static void EmitString(SourceWriter w, ConstraintSpec c, string value, string wire, List<string> patterns)
    {
        if (c.MinLength is { } min)
        {
            w.Open("if (" + Checks + ".ShorterThan(" + value + ", " + Index(min) + "))");
            w.Line("context.Report(" + wire + ", \"minLength\", " + Literal("is shorter than " + Index(min) + " characters") + ");");
            w.Close();
        }

        if (c.MaxLength is { } max)
        {
            w.Open("if (" + Checks + ".LongerThan(" + value + ", " + Index(max) + "))");
            w.Line("context.Report(" + wire + ", \"maxLength\", " + Literal("is longer than " + Index(max) + " characters") + ");");
            w.Close();
        }

        if (c.Pattern is { } pattern)
        {
            int at = patterns.IndexOf(pattern);
            if (at < 0)
            {
                at = patterns.Count;
                patterns.Add(pattern);
            }

            w.Open("if (!__Patterns.P" + Index(at) + ".IsMatch(" + value + "))");
            w.Line("context.Report(" + wire + ", \"pattern\", \"does not match the schema's pattern\");");
            w.Close();
        }

        if (c.Format is { } format)
        {
            string check = format == "uri" ? "IsUri" : "IsEmail";
            w.Open("if (!" + Checks + "." + check + "(" + value + "))");
            w.Line("context.Report(" + wire + ", \"format\", " + Literal("is not a valid " + format) + ");");
            w.Close();
        }
    }

    private static void EmitNumber(SourceWriter w, ConstraintSpec c, string value, string wire)
    {
        void Bound(string? limit, string op, string keyword, string text)
        {
            if (limit is null)
            {
                return;
            }

            w.Open("if (" + value + " " + op + " " + limit + "m)");
            w.Line("context.Report(" + wire + ", " + Literal(keyword) + ", " + Literal(text + " " + limit) + ");");
            w.Close();
        }

        if (c.NumberValues.Count > 0)
        {
            w.Open("if (!(" + string.Join(" || ", c.NumberValues.Select(v => value + " == " + v + "m")) + "))");
            w.Line("context.Report(" + wire + ", \"enum\", " + Literal("is not one of " + string.Join(", ", c.NumberValues)) + ");");
            w.Close();
        }

        Bound(c.Minimum, "<", "minimum", "is less than");
        Bound(c.ExclusiveMinimum, "<=", "exclusiveMinimum", "is not greater than");
        Bound(c.Maximum, ">", "maximum", "is greater than");
        Bound(c.ExclusiveMaximum, ">=", "exclusiveMaximum", "is not less than");
        if (c.MultipleOf is { } step)
        {
            w.Open("if (!" + Checks + ".IsMultipleOf(" + value + ", " + step + "m))");
            w.Line("context.Report(" + wire + ", \"multipleOf\", " + Literal("is not a multiple of " + step) + ");");
            w.Close();
        }
    }

    private static void EmitJson(SourceWriter w, ConstraintSpec c, string value, string wire, List<string> patterns)
    {
        const string Kind = TypeNames.Json + ".JsonValueKind.";
        if (c.JsonTypes.Count > 0)
        {
            var tests = new List<string>();
            foreach (string jsonType in c.JsonTypes)
            {
                tests.Add(jsonType switch
                {
                    "boolean" => value + ".ValueKind is " + Kind + "True or " + Kind + "False",
                    "integer" => Checks + ".IsInteger(" + value + ")",
                    "number" => value + ".ValueKind == " + Kind + "Number",
                    _ => value + ".ValueKind == " + Kind + ToPascal(jsonType),
                });
            }

            w.Open("if (!(" + string.Join(" || ", tests.Select(t => "(" + t + ")")) + "))");
            w.Line("context.Report(" + wire + ", \"type\", " + Literal("must be " + string.Join(" or ", c.JsonTypes)) + ");");
            w.Close();
        }

        if (c.HasStringChecks)
        {
            w.Open("if (" + value + ".ValueKind == " + Kind + "String)");
            w.Line("string " + value + "Text = " + Checks + ".TextOf(" + value + ");");
            EmitString(w, c, value + "Text", wire, patterns);
            w.Close();
        }

        if (c.HasNumberChecks)
        {
            w.Open("if (" + value + ".ValueKind == " + Kind + "Number && " + value + ".TryGetDecimal(out decimal " + value + "Number))");
            EmitNumber(w, c, value + "Number", wire);
            w.Close();
        }
    }

    private static void EmitGroup(SourceWriter w, TypeSpec type, RequiredGroupSpec group)
    {
        var holds = new List<string>();
        foreach (RequiredBranchSpec branch in group.Branches)
        {
            var parts = new List<string>();
            foreach (string name in branch.Names)
            {
                PropertySpec? property = type.Properties.FirstOrDefault(p => p.WireName == name);
                if (property is null)
                {
                    // A name the type does not declare lives in the extension data.
                    parts.Add(Checks + ".HasExtension(this.ExtensionData, " + Literal(name) + ", " + (branch.NotNull ? "true" : "false") + ")");
                    continue;
                }

                string hasValue = !property.Nullable && property.Type.IsValueType ? "true" : "this." + property.Name + " is not null";
                parts.Add(branch.NotNull ? "(" + hasValue + ")" : Checks + ".IsPresent(" + hasValue + ", this.ExtensionData, " + Literal(name) + ")");
            }

            holds.Add("(" + string.Join(" && ", parts) + " ? 1 : 0)");
        }

        string names = string.Join(", ", group.Branches.Select(b => string.Join(" + ", b.Names)));
        string count = "__" + (group.ExactlyOne ? "oneOf" : "anyOf") + "Count";
        w.Line("int " + count + " = " + string.Join(" + ", holds) + ";");
        if (group.ExactlyOne)
        {
            w.Open("if (" + count + " != 1)");
            w.Line("context.Report(null, \"oneOf\", " + Literal("needs exactly one of " + names + (group.Branches.Any(b => b.NotNull) ? " (not null)" : string.Empty)) + ");");
        }
        else
        {
            w.Open("if (" + count + " == 0)");
            w.Line("context.Report(null, \"anyOf\", " + Literal("needs at least one of " + names) + ");");
        }

        w.Close();
    }

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
