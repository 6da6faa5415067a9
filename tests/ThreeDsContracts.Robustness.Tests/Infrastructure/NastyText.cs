using System.Collections.Generic;
using System.Linq;

namespace ThreeDsContracts.Robustness.Tests.Infrastructure;

/// <summary>Names and values that break naive code generators and readers.</summary>
internal static class NastyText
{
    public static readonly IReadOnlyList<string> CSharpKeywords = new[]
    {
        "class", "namespace", "int", "string", "object", "event", "operator", "return", "this", "base", "null", "true",
        "default", "new", "static", "record", "value", "var", "async", "await", "global", "nameof", "params", "ref", "out",
        "@class", "__arglist", "fixed", "unsafe", "volatile", "checked", "where", "yield", "init", "required", "file", "scoped",
    };

    public static readonly IReadOnlyList<string> DigitsAndSymbols = new[]
    {
        "3ds", "123", "0", "1e5", "-1", "+", "-", "_", "__", "a-b", "a.b", "a b", "a/b", "a~b", "a~1b", "$ref", "$id", "#", "@", "!",
        "\"", "\\", "'", "*/", "/*", "//", "<summary>", "</summary>", "&amp;", "&", "<", ">", "{", "}", "{0}", "[]", "a\nb", "a\r\nb",
        "\t", " ", "", "\u0000", "a\u0000b", "\u001f", "x\"; System.Environment.Exit(1); //", "#region", "#if", "/// <", "u8", "\\u0041",
        "ExtensionData", "EqualityContract", "ToString", "GetHashCode", "Equals", "PrintMembers", "Validate", "ValidateInto",
        "BrandRules", "Instance", "Read", "Write", "extension", "known", "reader", "writer", "options", "name", "value", "p0", "has0",
        "v0", "item0", "findings", "brandId", "self", "path", "typeToConvert", "global::System", "System", "ThreeDsContracts",
    };

    public static readonly IReadOnlyList<string> Unicode = new[]
    {
        "ñandú", "日本語", "Ελληνικά", "кириллица", "emoji😀", "😀", "e\u0301", "\u202Eevil", "zero\u200Bwidth", "\u00A0nbsp",
        "\uFEFFbom", "ǅigraph", "ⅫRoman", "١٢٣", "ſ", "İstanbul", "ß", "ﬁ", "\uD800", "\uDFFF", "a\uD83Dz", "\uFFFF", "\u2028line", "Ⓐ",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\u0300combining",
    };

    /// <summary>Names that collide once PascalCased or compared without case.</summary>
    public static IReadOnlyList<string> CaseColliding(string name) => new[]
    {
        name, name.ToUpperInvariant(), name.ToLowerInvariant(), "_" + name, name + "_", string.Join("_", name.ToCharArray()),
        char.ToUpperInvariant(name[0]) + name.Substring(1), "-" + name, name.Replace("_", "-"), name + " ",
    }.Distinct().ToList();

    public static IReadOnlyList<string> All { get; } = CSharpKeywords.Concat(DigitsAndSymbols).Concat(Unicode).ToList();
}
