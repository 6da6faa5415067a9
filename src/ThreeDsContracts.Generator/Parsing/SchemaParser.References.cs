using System;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ThreeDsContracts.Generator.Diagnostics;
using ThreeDsContracts.Generator.Model;

namespace ThreeDsContracts.Generator.Parsing;

// $refs, combinators, type names and JSON pointer escaping.
internal sealed partial class SchemaParser
{
    private void CheckCombinators(JObject schema, string pointer)
    {
        if (WrappedReference(schema, out _) is not null)
        {
            return;
        }

        foreach (string keyword in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema[keyword] is not JToken combinator)
            {
                continue;
            }

            if (combinator is not JArray branches || !branches.All(IsValidationOnly) || (keyword == "allOf" && ComposesMembers(schema, branches)))
            {
                string detail = keyword == "allOf"
                    ? "allOf is merged into the type only from object schemas, inline or by $ref to this or another schema file, without cycles; this one (a remote $ref, a branch of another type or a cycle) is kept for validation and the generated type ignores it"
                    : keyword + " is supported only for validation (branches of required/not/const); the generated type ignores it";
                Report(DiagnosticDescriptors.UnsupportedConstruct, combinator, _file.Id, pointer + "/" + keyword, detail);
            }
        }

        foreach (string keyword in new[] { "if", "patternProperties", "dependencies" })
        {
            if (schema[keyword] is JToken unsupported)
            {
                Report(DiagnosticDescriptors.UnsupportedConstruct, unsupported, _file.Id, pointer + "/" + keyword, (keyword == "if" ? "if/then/else" : keyword) + " is not used by the generated types (validation only)");
            }
        }
    }

    private static bool IsValidationOnly(JToken branch) =>
        branch is JObject o && o.Properties().All(p => ValidationOnlyKeywords.Contains(p.Name) && (p.Name != "properties" || p.Value is JObject));

    private bool TryReference(JToken reference, string pointer, out string targetId, out string targetPointer)
    {
        targetPointer = "#";
        if (reference.Type != JTokenType.String)
        {
            targetId = string.Empty;
            Report(DiagnosticDescriptors.DanglingReference, reference, _file.Id, reference.ToString(Formatting.None), "$ref must be a string");
            return false;
        }

        string text = reference.ToString();
        if (!SchemaIds.TryResolve(_file.Id, text, out targetId, out targetPointer, out string? error))
        {
            Report(DiagnosticDescriptors.DanglingReference, reference, _file.Id, text, error!);
            return false;
        }

        _references.Add(new RefSite(targetId, targetPointer, text, Locate(DiagnosticDescriptors.DanglingReference, reference, _file.Id, text, "not found")));
        return true;
    }

    private void RegisterTypeName(string typeName, JToken at, string pointer)
    {
        if (!_typeNames.Add(typeName))
        {
            Report(DiagnosticDescriptors.TypeNameCollision, at, _file.Id, pointer, typeName, "another schema of this file");
        }

        _typeSites.Add(new TypeSite(typeName, Locate(DiagnosticDescriptors.TypeNameCollision, at, _file.Id, pointer, typeName, string.Empty)));
    }

    private string TypeNameFor(JObject schema, string pointer, string fallback) => ExplicitTypeName(schema, pointer) ?? fallback;

    private string? ExplicitTypeName(JObject schema, string pointer)
    {
        if (schema["x-type-name"] is not JToken name)
        {
            return null;
        }

        if (name.Type == JTokenType.String && Naming.IsValidIdentifier(name.ToString()) && !Naming.IsReservedTypeName(name.ToString()))
        {
            return name.ToString();
        }

        Report(DiagnosticDescriptors.InvalidExtension, name, _file.Id, pointer + "/x-type-name", "x-type-name must be a C# identifier that is not a member name of the generated code (ToString, Equals, GetType, Members, ToWireValue, …)");
        return null;
    }

    private string DefaultRootName()
    {
        string folder = SchemaIds.Folder(_file.Id);
        string name = Naming.ToPascal(SchemaIds.Name(_file.Id));
        return folder.Length == 0 || folder == "canonical" ? name : Naming.ToPascal(folder) + name.TrimStart('_');
    }

    private static string EscapePointer(string name) => name.Replace("~", "~0").Replace("/", "~1");
}
