using System;
using System.Collections.Generic;
using System.Linq;
using ThreeDsContracts.Generator.Mapping;
using ThreeDsContracts.Generator.Model;
using static ThreeDsContracts.Generator.Parsing.Naming;

namespace ThreeDsContracts.Generator.Emitting;

/// <summary>
/// Emits the adapters of one schema (<see cref="AdapterOutput"/>): per provider object type a static class with
/// <c>To&lt;Canonical&gt;(this T)</c> and <c>From&lt;Canonical&gt;(canonical)</c>, each returning
/// <c>AdapterResult&lt;…&gt;</c> with the gaps of the values it could not carry. Every linked value is read into a
/// local through its conversion, then the output is built bottom-up: a nested object only when one of its values is
/// present, and only when every member it requires is (otherwise its values are reported as not carried).
/// </summary>
internal static class AdapterEmitter
{
    private const string Adapters = TypeNames.Rt + ".Adapters";
    private const string GapBuilder = Adapters + ".AdapterGapBuilder";

    public static string Emit(AdapterOutput output)
    {
        string visibility = output.IsPublic ? "public" : "internal";
        var w = new SourceWriter();
        ContractEmitter.Header(w, "the x-canonical-field links of schema " + output.SchemaId);
        w.Open("namespace " + output.Namespace);
        for (int i = 0; i < output.Adapters.Count; i++)
        {
            if (i > 0)
            {
                w.Line();
            }

            EmitAdapter(w, output.Adapters[i], visibility);
        }

        w.Close();
        return w.ToString();
    }

    private static void EmitAdapter(SourceWriter w, AdapterSpec adapter, string visibility)
    {
        w.Line("/// <summary>");
        w.Line("/// <see cref=\"" + adapter.SourceTypeName + "\"/> to and from the canonical documents its x-canonical-field links point into");
        w.Line("/// (<c>" + XmlDoc(adapter.SchemaId) + "</c>). Generated from the schema: edit the links, not this file.");
        w.Line("/// </summary>");
        w.Line(ContractEmitter.GeneratedCodeAttribute);
        w.Open(visibility + " static partial class " + adapter.ClassName);
        w.Line("/// <summary>The provider name the gap reasons use (x-provider-name, or the schema folder).</summary>");
        w.Line("public const string Provider = " + Literal(adapter.Provider) + ";");
        foreach (ConversionMethodSpec method in adapter.Methods)
        {
            w.Line();
            EmitMethod(w, method);
        }

        w.Close();
    }

    private static void EmitMethod(SourceWriter w, ConversionMethodSpec method)
    {
        bool toCanonical = method.IsExtension;
        string result = Adapters + ".AdapterResult<" + method.OutputType + ">";
        w.Line("/// <summary>Converts through the x-canonical-field links; what cannot be carried is in the result's gaps.</summary>");
        w.Line("/// <param name=\"source\">The input.</param>");
        w.Line("/// <returns>The output and its gaps.</returns>");
        w.Open("public static " + result + " " + method.MethodName + "(" + (method.IsExtension ? "this " : string.Empty) + method.InputType + " source)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(source);");
        w.Line("var gaps = new " + GapBuilder + "();");
        for (int i = 0; i < method.Values.Count; i++)
        {
            EmitValue(w, method.Values[i], i, toCanonical);
        }

        Node root = Node.Build(method.Values);
        var counter = new int[1];
        EmitNode(w, root, method, isRoot: true, counter);
        foreach (UncarriedFieldSpec field in method.Uncarried)
        {
            string access = Access(field.From);
            string add = "gaps.Add(" + Literal(AdapterBuilder.Path(field.From)) + ", " + Literal(field.Reason) + ");";
            w.Line(AlwaysPresent(field.From) ? add : "if (" + access + " is not null) " + add);
        }

        w.Line("return gaps.Result(result);");
        w.Close();
    }

    private static void EmitValue(SourceWriter w, ValueMappingSpec value, int index, bool toCanonical)
    {
        string v = "v" + index;
        string s = "s" + index;
        string field = Literal(AdapterBuilder.Path(value.From));
        w.Line("// " + XmlDoc(AdapterBuilder.Path(value.From)) + " → " + XmlDoc(AdapterBuilder.Path(value.To)));
        w.Line(TypeNames.Of(value.ToType) + "? " + v + " = null;");
        if (AlwaysPresent(value.From))
        {
            w.Open("");
            w.Line(TypeNames.Of(value.FromType) + " " + s + " = " + Access(value.From) + ";");
        }
        else
        {
            w.Open("if (" + Access(value.From) + " is { } " + s + ")");
        }

        ValueTypeSpec from = value.FromType;
        ValueTypeSpec to = value.ToType;
        string codeGap = toCanonical ? "gaps.NoCanonicalCode(" + field + ", Provider, " : "gaps.NoProviderCode(" + field + ", Provider, ";
        switch (value.Conversion)
        {
            case ConversionKind.Same:
            case ConversionKind.Widen:
            case ConversionKind.ToDecimal:
                w.Line(v + " = " + s + ";");
                break;
            case ConversionKind.WrapCode:
                w.Line(v + " = " + Wrap(to, s) + ";");
                break;
            case ConversionKind.UnwrapCode:
                WithKnown(w, from, s, field, toCanonical, known => w.Line(v + " = " + known + ";"));
                break;
            case ConversionKind.ToCanonicalCode:
                WithKnown(w, from, s, field, toCanonical, known =>
                {
                    w.Line("if (" + value.MapType + "CanonicalMapping.ToCanonicalOrNull(" + known + ") is { } c" + index + ") " + v + " = " + Wrap(to, "c" + index) + ";");
                    w.Line("else " + codeGap + from.TypeName + "Extensions.ToWireValue(" + known + "));");
                });
                break;
            case ConversionKind.FromCanonicalCode:
                WithKnown(w, from, s, field, toCanonical, known =>
                {
                    w.Line("if (" + value.MapType + "CanonicalMapping.FromCanonicalOrNull(" + known + ") is { } c" + index + ") " + v + " = " + Wrap(to, "c" + index) + ";");
                    w.Line("else " + codeGap + from.TypeName + "Extensions.ToWireValue(" + known + "));");
                });
                break;
            case ConversionKind.ByWireValue:
                WithKnown(w, from, s, field, toCanonical, known =>
                {
                    w.Line("string t" + index + " = " + from.TypeName + "Extensions.ToWireValue(" + known + ");");
                    w.Line("if (" + to.TypeName + "Extensions.TryParseWireValue(t" + index + ", out " + to.TypeName + " c" + index + ")) " + v + " = " + Wrap(to, "c" + index) + ";");
                    w.Line("else " + codeGap + "t" + index + ");");
                });
                break;
            case ConversionKind.ParseCode:
                w.Line("if (" + to.TypeName + "Extensions.TryParseWireValue(" + s + ", out " + to.TypeName + " c" + index + ")) " + v + " = " + Wrap(to, "c" + index) + ";");
                w.Line("else " + (to.PreserveUnknown ? v + " = " + TypeNames.Rt + ".Code<" + to.TypeName + ">.Unrecognized(" + s + ");" : codeGap + s + ");"));
                break;
            case ConversionKind.CodeText:
                w.Line(v + " = " + (from.PreserveUnknown
                    ? s + ".IsKnown ? " + from.TypeName + "Extensions.ToWireValue(" + s + ".Value) : " + s + ".UnrecognizedValue!"
                    : from.TypeName + "Extensions.ToWireValue(" + s + ")") + ";");
                break;
            case ConversionKind.Narrow:
                w.Line("if (" + s + " is >= int.MinValue and <= int.MaxValue) " + v + " = (int)" + s + ";");
                w.Line("else gaps.Add(" + field + ", \"the value does not fit the receiving field (a 32-bit integer)\");");
                break;
            case ConversionKind.NumberText:
                w.Line(v + " = " + s + ".Text;");
                break;
            case ConversionKind.TextNumber:
                w.Line(v + " = " + TypeNames.Rt + ".NumberOrString.FromString(" + s + ");");
                break;
            case ConversionKind.ParseNumber:
                w.Line("if (" + Adapters + ".GeneratedConversions.TryParse" + to.Kind + "(" + s + ", out " + TypeNames.Of(to) + " p" + index + ")) " + v + " = p" + index + ";");
                w.Line("else gaps.Add(" + field + ", \"the receiving field is a number (" + (to.Kind == ValueKind.Int32 ? "32" : "64") + "-bit integer) and this value is not one\");");
                break;
            case ConversionKind.NumberToText:
                w.Line(v + " = " + (to.Kind == ValueKind.NumberOrString
                    ? TypeNames.Rt + ".NumberOrString.FromNumber(" + s + ")"
                    : s + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture)") + ";");
                break;
            case ConversionKind.ValueTable:
                WithKnown(w, from, s, field, toCanonical, known =>
                {
                    w.Open("switch (" + known + ")");
                    foreach (ValuePairSpec pair in value.Pairs.Where(p => p.To is not null))
                    {
                        w.Line("case " + pair.From + ": " + v + " = " + Wrap(to, pair.To!) + "; break;");
                    }

                    bool complete = from.Kind == ValueKind.Boolean && value.Pairs.Count(p => p.To is not null) == 2;
                    if (!complete)
                    {
                        string wire = from.Kind == ValueKind.Boolean ? known + " ? \"true\" : \"false\"" : from.TypeName + "Extensions.ToWireValue(" + known + ")";
                        w.Line("default: " + codeGap + wire + "); break;");
                    }
                    w.Close();
                });
                break;
            case ConversionKind.PhoneDigits:
                if (to.Kind == ValueKind.String)
                {
                    w.Line(v + " = (" + s + ".Cc ?? string.Empty) + " + s + ".Subscriber;");
                }
                else
                {
                    w.Line("if (" + s + ".Length > 15 || !" + Adapters + ".GeneratedConversions.IsDigits(" + s + ")) gaps.Add(" + field + ", \"the canonical phone holds up to 15 digits (EMV subscriber); this number does not fit\");");
                    w.Line("else if (" + s + ".Length > 0) " + v + " = new " + to.TypeName + " { Subscriber = " + s + " };");
                }

                break;
            case ConversionKind.DateTime:
                w.Line(v + " = " + Adapters + ".GeneratedConversions.To" + to.Kind + "(" + s + ", " + field + ", ref gaps);");
                break;
        }

        w.Close();
    }

    /// <summary>For a Code&lt;T&gt; input, reports an unrecognized value and runs <paramref name="body"/> with the known code.</summary>
    private static void WithKnown(SourceWriter w, ValueTypeSpec from, string s, string field, bool toCanonical, Action<string> body)
    {
        if (from.Kind != ValueKind.Enum || !from.PreserveUnknown)
        {
            body(s);
            return;
        }

        w.Open("if (!" + s + ".IsKnown)");
        w.Line((toCanonical ? "gaps.UndocumentedCode(" : "gaps.NotCanonicalCode(") + field + ", " + s + ".UnrecognizedValue!, Provider);");
        w.Close();
        w.Open("else");
        body(s + ".Value");
        w.Close();
    }

    private static string Wrap(ValueTypeSpec to, string value) =>
        to.Kind == ValueKind.Enum && to.PreserveUnknown ? "new " + TypeNames.Rt + ".Code<" + to.TypeName + ">(" + value + ")" : value;

    /// <summary>Builds the object of <paramref name="node"/> (children first) and returns the local that holds it.</summary>
    private static string EmitNode(SourceWriter w, Node node, ConversionMethodSpec method, bool isRoot, int[] counter)
    {
        var members = new List<string>();
        foreach (Child child in node.Children)
        {
            string value;
            if (child.Nested is { } nested)
            {
                string local = EmitNode(w, nested, method, isRoot: false, counter);
                child.Local = local;
                value = child.Step.Encoded
                    ? (Demands(child.Step) ? "new " + TypeNames.Rt + ".EncodedJson<" + child.Step.TypeName + ">(" + local + "!)" : local + " is null ? null : new " + TypeNames.Rt + ".EncodedJson<" + child.Step.TypeName + ">(" + local + ")")
                    : Demands(child.Step) ? local + "!" : local;
            }
            else
            {
                string coalesced = string.Join(" ?? ", child.Values.Select(i => "v" + i));
                string expression = child.Values.Count > 1 ? "(" + coalesced + ")" : coalesced;
                value = !Demands(child.Step) ? expression : child.Step.IsValueType ? expression + ".GetValueOrDefault()" : expression + "!";
            }

            members.Add(child.Step.Name + " = " + value + ",");
        }

        if (isRoot)
        {
            EmitInitializer(w, "var result = new " + method.OutputType, members);
            return "result";
        }

        string name = "n" + counter[0]++;
        List<int> values = node.AllValues();
        List<Child> demanded = node.Children.Where(c => Demands(c.Step)).ToList();
        w.Line(node.TypeName + "? " + name + " = null;");
        w.Open("if (" + string.Join(" || ", values.Select(i => "v" + i + " is not null")) + ")");
        if (demanded.Count == 0)
        {
            EmitInitializer(w, name + " = new " + node.TypeName, members);
        }
        else
        {
            w.Open("if (" + string.Join(" && ", demanded.Select(c => c.Present + " is not null")) + ")");
            EmitInitializer(w, name + " = new " + node.TypeName, members);
            w.Close();
            w.Open("else");
            string chain = string.Join(" : ", demanded.Take(demanded.Count - 1).Select(c => c.Present + " is null ? " + Literal(c.Step.WireName))) + (demanded.Count > 1 ? " : " : string.Empty) + Literal(demanded[demanded.Count - 1].Step.WireName);
            w.Line("string missing = " + chain + ";");
            string wire = node.Steps[node.Steps.Count - 1].WireName;
            string needs = method.OutputDescription + AdapterBuilder.Path(node.Steps) + " needs " + JoinAnd(demanded.Select(c => c.Step.WireName).ToList()) + "; without ";
            foreach (int i in values)
            {
                w.Line("if (v" + i + " is not null) gaps.Add(" + Literal(AdapterBuilder.Path(method.Values[i].From)) + ", " + Literal(needs) + " + missing + " + Literal(" no " + wire + " is built") + ");");
            }

            w.Close();
        }

        w.Close();
        return name;
    }

    private static void EmitInitializer(SourceWriter w, string head, List<string> members)
    {
        if (members.Count == 0)
        {
            w.Line(head + "();");
            return;
        }

        w.Line(head);
        w.Line("{");
        foreach (string member in members)
        {
            w.Line("    " + member);
        }

        w.Line("};");
    }

    /// <summary>A member the output type declares <c>required</c> and not nullable: it needs a value.</summary>
    private static bool Demands(MemberStep step) => step.Required && !step.Nullable;

    private static string JoinAnd(List<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];

    /// <summary>The member access from <c>source</c> (null-conditional past the first member; a Base64-JSON section through its decoded value).</summary>
    private static string Access(EquatableArray<MemberStep> steps)
    {
        var text = new System.Text.StringBuilder("source");
        for (int i = 0; i < steps.Count; i++)
        {
            text.Append(i == 0 ? "." : "?.").Append(steps[i].Name);
            if (steps[i].Encoded)
            {
                text.Append("?.Value");
            }
        }

        return text.ToString();
    }

    /// <summary>A non-nullable value-type member of the input itself is always there.</summary>
    private static bool AlwaysPresent(EquatableArray<MemberStep> steps) => steps.Count == 1 && !steps[0].Nullable && steps[0].IsValueType;

    /// <summary>The output's object tree: members in the order of their first value.</summary>
    private sealed class Node
    {
        public Node(string typeName, List<MemberStep> steps)
        {
            TypeName = typeName;
            Steps = steps;
        }

        public string TypeName { get; }

        public List<MemberStep> Steps { get; }

        public List<Child> Children { get; } = new();

        public static Node Build(EquatableArray<ValueMappingSpec> values)
        {
            var root = new Node(string.Empty, new List<MemberStep>());
            for (int i = 0; i < values.Count; i++)
            {
                Node current = root;
                EquatableArray<MemberStep> to = values[i].To;
                for (int depth = 0; depth < to.Count; depth++)
                {
                    MemberStep step = to[depth];
                    Child? child = current.Children.FirstOrDefault(c => c.Step.WireName == step.WireName);
                    bool leaf = depth == to.Count - 1;
                    if (child is null)
                    {
                        child = new Child(step, leaf ? null : new Node(step.TypeName!, new List<MemberStep>(current.Steps) { step }));
                        current.Children.Add(child);
                    }

                    if (leaf)
                    {
                        child.Values.Add(i);
                    }
                    else
                    {
                        current = child.Nested!;
                    }
                }
            }

            return root;
        }

        public List<int> AllValues()
        {
            var all = new List<int>();
            foreach (Child child in Children)
            {
                all.AddRange(child.Nested?.AllValues() ?? child.Values);
            }

            return all;
        }
    }

    private sealed class Child
    {
        public Child(MemberStep step, Node? nested)
        {
            Step = step;
            Nested = nested;
        }

        public MemberStep Step { get; }

        public Node? Nested { get; }

        public List<int> Values { get; } = new();

        /// <summary>The local that holds the built nested object (set once it is emitted).</summary>
        public string? Local { get; set; }

        /// <summary>The expression that is null when this member has no value (its local or its values).</summary>
        public string Present => Local ?? (Values.Count == 1 ? "v" + Values[0] : "(" + string.Join(" ?? ", Values.Select(i => "v" + i)) + ")");
    }
}
