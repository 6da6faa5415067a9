using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ThreeDsContracts.Generator.Parsing;

/// <summary>C# names from wire names: PascalCase, valid for any input, keyword-safe, collision-free.</summary>
internal static class Naming
{
    private static readonly HashSet<string> ReservedMembers = new()
    {
        "ExtensionData", "EqualityContract", "ToString", "GetHashCode", "Equals", "GetType", "PrintMembers",
        "Deconstruct", "MemberwiseClone", "Finalize", "Validate", "ValidateInto", "ValidateSchema", "BrandRules", "SchemaId",
    };

    /// <summary>
    /// Names a generated type cannot have: members that the generated code reaches by simple name where
    /// the type is used (object's members in every class; the members of the code-list extensions class).
    /// </summary>
    private static readonly HashSet<string> ReservedTypeNames = new()
    {
        "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
        "Members", "ToWireValue", "TryParseWireValue", "ParseWireValue", "IsEligibleFor",
    };

    /// <summary>True for a name that a generated type cannot have (see <see cref="SafeTypeName"/>).</summary>
    public static bool IsReservedTypeName(string name) => ReservedTypeNames.Contains(name);

    /// <summary>A derived type name, suffixed with "Type" when it is reserved ("to-string" → ToStringType).</summary>
    public static string SafeTypeName(string name) => ReservedTypeNames.Contains(name) ? name + "Type" : name;

    /// <summary>PascalCase identifier from any text: "customer_email" → CustomerEmail, "3ds" → _3ds.</summary>
    public static string ToPascal(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool upperNext = true;
        foreach (char c in text)
        {
            // '_' separates words like '-' and ' ' do: customer_email → CustomerEmail.
            if (c != '_' && IsIdentifierPart(c))
            {
                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        if (builder.Length == 0)
        {
            return "Value";
        }

        if (!IsIdentifierStart(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>True for a valid C# identifier that is not a reserved keyword.</summary>
    public static bool IsValidIdentifier(string text)
    {
        if (string.IsNullOrEmpty(text) || !IsIdentifierStart(text[0]))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!IsIdentifierPart(c))
            {
                return false;
            }
        }

        return Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(text) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None;
    }

    /// <summary>Property names unique within a type and distinct from the type and reserved members.</summary>
    public static string UniqueMemberName(string candidate, string typeName, HashSet<string> used)
    {
        string name = candidate;
        if (name == typeName || ReservedMembers.Contains(name))
        {
            name += "Value";
        }

        string unique = name;
        for (int i = 2; !used.Add(unique); i++)
        {
            unique = name + i.ToString(CultureInfo.InvariantCulture);
        }

        return unique;
    }

    /// <summary>A C# string literal (regular, escaped) for any text.</summary>
    public static string Literal(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (c < 0x20 || c > 0x7E)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>
    /// Text safe inside one XML doc comment line: markup escaped; characters that end a C# comment line
    /// (CR, LF, U+0085, U+2028, U+2029) become spaces and characters XML 1.0 cannot hold (control
    /// characters, lone surrogates, U+FFFE, U+FFFF) become U+FFFD, so that no schema text breaks the code.
    /// </summary>
    public static string XmlDoc(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\r': break;
                case '\n' or '\u0085' or '\u2028' or '\u2029': builder.Append(' '); break;
                case '\t': builder.Append(c); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else
                    {
                        builder.Append(c < 0x20 || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' ? '\uFFFD' : c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static bool IsIdentifierStart(char c) => c == '_' || char.IsLetter(c);

    private static bool IsIdentifierPart(char c)
    {
        if (char.IsSurrogate(c))
        {
            return false;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return c == '_' || category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.LetterNumber or UnicodeCategory.DecimalDigitNumber;
    }
}
