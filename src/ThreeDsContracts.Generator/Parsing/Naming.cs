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
        "Deconstruct", "MemberwiseClone", "Finalize", "Validate", "ValidateInto", "BrandRules", "SchemaId",
    };

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

    /// <summary>Text safe inside an XML doc comment line.</summary>
    public static string XmlDoc(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", string.Empty);

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
