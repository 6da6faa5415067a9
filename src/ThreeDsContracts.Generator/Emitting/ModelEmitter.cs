using System.Linq;
using ThreeDsContracts.Generator.Model;
using static ThreeDsContracts.Generator.Parsing.Naming;

namespace ThreeDsContracts.Generator.Emitting;

/// <summary>Emits the record of an object schema: properties, redacted PrintMembers, the schema validator, brand rules and Validate(brand).</summary>
internal static class ModelEmitter
{
    public static void Emit(SourceWriter w, TypeSpec type, string visibility)
    {
        w.Summary(type.Description, "Generated from schema " + type.SchemaId + ".");
        w.Line("/// <remarks>Schema <c>" + XmlDoc(type.SchemaId) + "</c>, <c>" + XmlDoc(type.Pointer) + "</c>.</remarks>");
        w.Line(ContractEmitter.GeneratedCodeAttribute);
        w.Line("[" + TypeNames.Rt + ".Metadata.ThreeDsSchema(" + Literal(type.SchemaId) + ", " + Literal(type.Pointer) + ")]");
        foreach (BrandRuleSpec rule in type.BrandRules)
        {
            w.Line(RuleAttribute(rule));
        }

        w.Line("[" + TypeNames.Json + ".Serialization.JsonConverter(typeof(" + TypeNames.Converter(type.Name) + "))]");
        w.Open(visibility + " sealed partial record " + type.Name);
        foreach (PropertySpec property in type.Properties)
        {
            w.Summary(property.Description, "The <c>" + property.WireName + "</c> property.");
            if (property.Aliases.Count > 0)
            {
                w.Line("/// <remarks>Also read from " + string.Join(", ", property.Aliases.Select(a => "<c>" + XmlDoc(a) + "</c>")) + ".</remarks>");
            }

            w.Line("[" + TypeNames.Json + ".Serialization.JsonPropertyName(" + Literal(property.WireName) + ")]");
            if (property.Sensitive.Length > 0)
            {
                w.Line("[" + TypeNames.Rt + ".Metadata.Sensitive(" + TypeNames.Rt + ".Metadata.SensitiveKind." + TypeNames.SensitiveKind(property.Sensitive) + ")]");
            }

            w.Line("public " + (property.Required ? "required " : string.Empty) + TypeNames.OfProperty(property) + " " + property.Name + " { get; init; }");
            w.Line();
        }

        w.Summary("Properties the schema does not describe (and explicit nulls), kept so that a payload round-trips with nothing lost.");
        w.Line("[" + TypeNames.Json + ".Serialization.JsonExtensionData]");
        w.Line("public global::System.Collections.Generic.IReadOnlyDictionary<string, " + TypeNames.Json + ".JsonElement>? ExtensionData { get; init; }");
        w.Line();

        EmitPrintMembers(w, type);
        ValidatorEmitter.Emit(w, type);
        w.Line();
        EmitRules(w, type);
        w.Close();
    }

    private static void EmitPrintMembers(SourceWriter w, TypeSpec type)
    {
        w.Line("// Sensitive card data (x-sensitive) is masked or hidden; unknown properties show their names only.");
        w.Open("private bool PrintMembers(global::System.Text.StringBuilder builder)");
        string separator = string.Empty;
        foreach (PropertySpec property in type.Properties)
        {
            string value = "this." + property.Name;
            string display = TypeNames.Display(property.Type, property.Type.IsValueType && property.Nullable ? value + ".Value" : value, property.Sensitive);
            string expression = property.Nullable || !property.Type.IsValueType
                ? "(" + value + " is null ? \"null\" : " + display + ")"
                : display;
            w.Line("builder.Append(" + Literal(separator + property.Name + " = ") + ").Append(" + expression + ");");
            separator = ", ";
        }

        w.Line("builder.Append(" + Literal(separator + "ExtensionData = ") + ").Append(" + TypeNames.Support + ".Names(this.ExtensionData));");
        w.Line("return true;");
        w.Close();
        w.Line();
    }

    private static void EmitRules(SourceWriter w, TypeSpec type)
    {
        const string RuleType = TypeNames.Rt + ".Validation.BrandRule";
        const string FindingList = "global::System.Collections.Generic.List<" + TypeNames.Rt + ".Validation.ValidationFinding>";
        w.Summary("The card-brand rules of this payload (x-brand-rules), evaluated by Validate.");
        if (type.BrandRules.Count == 0)
        {
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + RuleType + "> BrandRules { get; } = global::System.Array.Empty<" + RuleType + ">();");
        }
        else
        {
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + RuleType + "> BrandRules { get; } = new " + RuleType + "[]");
            w.Line("{");
            foreach (BrandRuleSpec rule in type.BrandRules)
            {
                w.Line("    " + RuleType + ".Create(" + Literal(rule.Id) + ", " + Array(rule.Brands) + ", " + Array(rule.Require) + ", "
                    + Array(rule.RequireAnyOf) + ", " + Array(rule.Forbid) + ", " + Array(rule.Expect) + ", " + Array(rule.When) + ", "
                    + Literal(rule.Severity) + ", " + Literal(rule.Message) + ", " + Literal(rule.Source) + "),");
            }

            w.Line("};");
        }

        w.Line();
        w.Summary("Checks this payload against its schema (as Validate() does) and against the brand rules of its schema and of every nested object for the brand; returns every violation with its JSON path.");
        w.Open("public global::System.Collections.Generic.IReadOnlyList<" + TypeNames.Rt + ".Validation.ValidationFinding> Validate(global::ThreeDsContracts.Canonical.CardBrand brand)");
        w.Line("return Validate(global::ThreeDsContracts.Canonical.CardBrandExtensions.ToWireValue(brand));");
        w.Close();
        w.Line();
        w.Summary("Checks this payload against its schema (as Validate() does) and the brand rules for a brand id (visa, mastercard, …).");
        w.Open("public global::System.Collections.Generic.IReadOnlyList<" + TypeNames.Rt + ".Validation.ValidationFinding> Validate(string brandId)");
        w.Line("var context = " + ValidatorEmitter.Context + ".Rent();");
        w.Line("ValidateSchema(context);");
        w.Line("var findings = context.CompleteList();");
        w.Line("ValidateInto(brandId, " + TypeNames.Support + ".ToElement(this, " + TypeNames.Converter(type.Name) + ".Instance), \"$\", findings);");
        w.Line("return findings;");
        w.Close();
        w.Line();
        w.Line("/// <summary>Evaluates the rules against the JSON form of this object at <paramref name=\"path\"/>.</summary>");
        w.Line("/// <param name=\"brandId\">Brand id.</param>");
        w.Line("/// <param name=\"self\">The JSON form of this object.</param>");
        w.Line("/// <param name=\"path\">JSON path of this object.</param>");
        w.Line("/// <param name=\"findings\">Where findings are added.</param>");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Open("public void ValidateInto(string brandId, " + TypeNames.Json + ".JsonElement self, string path, " + FindingList + " findings)");
        if (type.BrandRules.Count > 0)
        {
            w.Line(TypeNames.Rt + ".Validation.BrandRuleEvaluator.Evaluate(BrandRules, self, brandId, path, findings);");
        }

        foreach (PropertySpec property in type.Properties)
        {
            EmitNestedValidation(w, property);
        }

        w.Close();
    }

    private static void EmitNestedValidation(SourceWriter w, PropertySpec property)
    {
        string wire = Literal(property.WireName);
        string childPath = "global::ThreeDsContracts.Paths.Property(path, " + wire + ")";
        switch (property.Type.Kind)
        {
            case ValueKind.Object:
                w.Open("if (this." + property.Name + " is { } " + Local(property) + " && " + TypeNames.Support + ".TryGetObject(self, " + wire + ", out var " + Local(property) + "Json))");
                w.Line(Local(property) + ".ValidateInto(brandId, " + Local(property) + "Json, " + childPath + ", findings);");
                w.Close();
                break;
            case ValueKind.Base64Json:
                w.Open("if (this." + property.Name + "?.Value is { } " + Local(property) + " && " + TypeNames.Support + ".TryGetObject(self, " + wire + ", out var " + Local(property) + "Json))");
                w.Line(Local(property) + ".ValidateInto(brandId, " + Local(property) + "Json, " + childPath + ", findings);");
                w.Close();
                break;
            case ValueKind.Array when property.Type.Item!.Kind == ValueKind.Object:
                w.Open("if (this." + property.Name + " is { } " + Local(property) + " && self.ValueKind == " + TypeNames.Json + ".JsonValueKind.Object && self.TryGetProperty(" + wire + ", out var " + Local(property) + "Json) && " + Local(property) + "Json.ValueKind == " + TypeNames.Json + ".JsonValueKind.Array)");
                w.Line("int index = 0;");
                w.Open("foreach (var element in " + Local(property) + "Json.EnumerateArray())");
                w.Open("if (index < " + Local(property) + ".Count && " + TypeNames.Support + ".TryAsObject(element, out var itemJson))");
                w.Line(Local(property) + "[index].ValidateInto(brandId, itemJson, global::ThreeDsContracts.Paths.Index(" + childPath + ", index), findings);");
                w.Close();
                w.Line("index++;");
                w.Close();
                w.Close();
                break;
        }
    }

    private static string Local(PropertySpec property) => "__" + property.Name;

    private static string Array(EquatableArray<string> items) =>
        items.Count == 0 ? "global::System.Array.Empty<string>()" : "new[] { " + string.Join(", ", items.Select(Literal)) + " }";

    private static string RuleAttribute(BrandRuleSpec rule)
    {
        var parts = new System.Collections.Generic.List<string> { Literal(rule.Id) };
        void Add(string name, EquatableArray<string> values)
        {
            if (values.Count > 0)
            {
                parts.Add(name + " = new[] { " + string.Join(", ", values.Select(Literal)) + " }");
            }
        }

        Add("Brands", rule.Brands);
        Add("Require", rule.Require);
        Add("RequireAnyOf", rule.RequireAnyOf);
        Add("Forbid", rule.Forbid);
        Add("Expect", rule.Expect);
        Add("When", rule.When);
        parts.Add("Severity = " + Literal(rule.Severity));
        parts.Add("Message = " + Literal(rule.Message));
        if (rule.Source.Length > 0)
        {
            parts.Add("Source = " + Literal(rule.Source));
        }

        if (rule.Diagnostic is not null)
        {
            parts.Add("Diagnostic = " + Literal(rule.Diagnostic));
        }

        return "[" + TypeNames.Rt + ".Metadata.BrandRule(" + string.Join(", ", parts) + ")]";
    }
}
