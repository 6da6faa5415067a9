using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ThreeDsContracts.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids TDS0001–TDS0999 are schema and generator findings
/// (TDS1xxx are the analyzer rules). Each points at the schema file and line; the other schemas still
/// generate. Documented in docs/diagnostics.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string Category = "ThreeDsContracts.Schema";
    private const string HelpBase = "https://github.com/threedscontracts/threedscontracts/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor MalformedJson = Create(
        "TDS0001", "Schema is not valid JSON", "Schema '{0}' is not valid JSON: {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor EmptySchema = Create(
        "TDS0002", "Schema file is empty", "Schema '{0}' is empty; nothing is generated from it", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RootNotObject = Create(
        "TDS0003", "Schema root is not a JSON object", "Schema '{0}' must be a JSON object at its root, found {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DanglingReference = Create(
        "TDS0004", "$ref target not found", "Schema '{0}': $ref '{1}' does not resolve to a schema of the project or the package ({2})", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor CyclicReference = Create(
        "TDS0005", "Cyclic $ref", "Schema '{0}': $ref '{1}' refers back to itself through {2}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
        "TDS0006", "Unsupported schema construct", "Schema '{0}' at {1}: {2}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor TypeNameCollision = Create(
        "TDS0007", "Generated type names collide", "Schema '{0}' at {1}: type name '{2}' is already generated from {3}; set a different x-type-name", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidExtension = Create(
        "TDS0008", "Invalid x- extension value", "Schema '{0}' at {1}: {2}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor SchemaLoadFailed = Create(
        "TDS0009", "JSON Schema could not be loaded", "Schema '{0}' could not be loaded as JSON Schema: {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidBrandRule = Create(
        "TDS0010", "Invalid brand rule", "Schema '{0}' at {1}: brand rule {2}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor BuiltInOverridden = Create(
        "TDS0011", "Built-in schema overridden", "Schema '{0}' overrides the built-in schema of the same id; its types are generated in this project", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InternalError = Create(
        "TDS0012", "Generator failed on a schema", "Schema '{0}' could not be processed ({1}); please report this with the schema", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateSchemaId = Create(
        "TDS0013", "Two schemas have the same id", "Schema id '{0}' is used by '{1}' and '{2}'; the second is ignored", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidConstraint = Create(
        "TDS0014", "Invalid validation keyword", "Schema '{0}' at {1}: {2}", DiagnosticSeverity.Error);

    // Mapping findings (the adapters generated from x-canonical-field links); TDS0020–TDS0029 are kept for them.
    public static readonly DiagnosticDescriptor UnknownCanonicalField = Create(
        "TDS0020", "Link to a canonical field that does not exist", "Schema '{0}': property '{1}' links to '{2}', which is not a canonical field: {3}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnconvertibleLink = Create(
        "TDS0021", "Linked types do not convert", "Schema '{0}': property '{1}' links to '{2}', but its type {3} does not convert to and from {4}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor CodeWithoutCounterpart = Create(
        "TDS0022", "Linked code without a counterpart", "Schema '{0}': property '{1}' links to '{2}', but the codes {3} have no counterpart in {4}; give the code list an x-canonical map", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RequiredTargetUnfilled = Create(
        "TDS0023", "Required member no link fills", "Schema '{0}': {1} is not generated: {2} is required and {3}", DiagnosticSeverity.Hidden);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
    {
        MalformedJson, EmptySchema, RootNotObject, DanglingReference, CyclicReference, UnsupportedConstruct,
        TypeNameCollision, InvalidExtension, SchemaLoadFailed, InvalidBrandRule, BuiltInOverridden, InternalError,
        DuplicateSchemaId, InvalidConstraint, UnknownCanonicalField, UnconvertibleLink, CodeWithoutCounterpart, RequiredTargetUnfilled,
    };

    public static DiagnosticDescriptor ById(string id)
    {
        foreach (DiagnosticDescriptor descriptor in All)
        {
            if (descriptor.Id == id)
            {
                return descriptor;
            }
        }

        return InternalError;
    }

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
