using System.Text;

namespace ThreeDsContracts.Generator.Parsing;

/// <summary>
/// Rewrites a JSON Schema <c>pattern</c> (ECMA 262) into a .NET regular expression with the same meaning for the
/// constructs where the two differ and the schemas can rely on: <c>$</c> matches only at the very end (in .NET
/// also before a final line feed), <c>\d</c> and <c>\w</c> are ASCII (in .NET Unicode digits and letters).
/// Everything else is passed through; patterns are unanchored in both.
/// </summary>
internal static class EcmaPattern
{
    public static string Translate(string pattern)
    {
        var result = new StringBuilder(pattern.Length + 8);
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                char next = pattern[++i];
                switch (next)
                {
                    case 'd':
                        result.Append(inClass ? "0-9" : "[0-9]");
                        break;
                    case 'w':
                        result.Append(inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]");
                        break;
                    case 'D' when !inClass:
                        result.Append("[^0-9]");
                        break;
                    case 'W' when !inClass:
                        result.Append("[^a-zA-Z0-9_]");
                        break;
                    default:
                        result.Append('\\').Append(next);
                        break;
                }

                continue;
            }

            if (inClass)
            {
                if (c == ']')
                {
                    inClass = false;
                }

                result.Append(c);
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    result.Append(c);
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                    {
                        result.Append('^');
                        i++;
                    }

                    break;
                case '$':
                    result.Append("\\z");
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }
}
