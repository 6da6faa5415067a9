using Newtonsoft.Json.Linq;
using ThreeDsContracts.Generator.Diagnostics;
using ThreeDsContracts.Generator.Model;

namespace ThreeDsContracts.Generator.Parsing;

/// <summary>The parser's hook for validation keywords; <see cref="ConstraintParser"/> reads them.</summary>
internal sealed partial class SchemaParser
{
    /// <summary>
    /// Attaches the schema's validation keywords to a scalar or collection value. Objects and code lists carry
    /// theirs in their own types; the siblings of a bare <c>$ref</c> are ignored, as draft-07 says.
    /// </summary>
    private ValueTypeSpec WithConstraints(ValueTypeSpec value, JObject schema, string pointer)
    {
        if (value.Kind is ValueKind.Object or ValueKind.Enum || schema["$ref"] is not null || value.Constraints is not null)
        {
            return value;
        }

        ConstraintSpec? constraints = ConstraintParser.Parse(schema, value.Kind, pointer, (token, at, message) =>
            Report(DiagnosticDescriptors.InvalidConstraint, token, _file.Id, at, message));
        return constraints is null ? value : value with { Constraints = constraints };
    }
}
