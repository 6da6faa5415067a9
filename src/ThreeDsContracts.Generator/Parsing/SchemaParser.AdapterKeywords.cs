using Newtonsoft.Json.Linq;
using ThreeDsContracts.Generator.Diagnostics;
using ThreeDsContracts.Generator.Model;

namespace ThreeDsContracts.Generator.Parsing;

/// <summary>
/// The property keywords that only the generated adapters read: <c>x-empty-means-absent</c> (a provider text or
/// code that is <c>""</c> stands for an absent value, as Antom's <c>""</c> ECI and CAVV do).
/// </summary>
internal sealed partial class SchemaParser
{
    public const string EmptyMeansAbsentKeyword = "x-empty-means-absent";

    /// <summary>
    /// <c>x-empty-means-absent: true</c> on a string or string code list property; anything else (another value,
    /// another type) is TDS0008 at the keyword, and the property keeps the default (an empty value is a value). A
    /// <c>$ref</c> is resolved later; the adapter honours the keyword only when it resolves to a code list.
    /// </summary>
    private PropertySpec WithAdapterKeywords(PropertySpec property, JObject schema, string pointer)
    {
        if (schema[EmptyMeansAbsentKeyword] is not { } token)
        {
            return property;
        }

        if (token.Type != JTokenType.Boolean)
        {
            Report(DiagnosticDescriptors.InvalidExtension, token, _file.Id, pointer + "/" + EmptyMeansAbsentKeyword, EmptyMeansAbsentKeyword + " must be true or false");
            return property;
        }

        if (property.Type.Kind is not (ValueKind.String or ValueKind.Enum or ValueKind.Ref))
        {
            Report(DiagnosticDescriptors.InvalidExtension, token, _file.Id, pointer + "/" + EmptyMeansAbsentKeyword, EmptyMeansAbsentKeyword + " applies to a string or a code list, not to " + property.Type.Kind);
            return property;
        }

        return property with { EmptyMeansAbsent = token.Value<bool>() };
    }
}
