using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using ThreeDsContracts.Metadata;
using ThreeDsContracts.Robustness.Tests.Infrastructure;

namespace ThreeDsContracts.Robustness.Tests.Analyzers;

/// <summary>
/// C# sources that use the generated contracts the way the analyzers look at them: object initializers of
/// payloads with brand rules (all members, or some left out), Validate with a constant brand, and
/// [ThreeDsCardBrand] on the method. Built from the contracts by reflection, so new contracts are covered.
/// </summary>
internal static class AnalyzerSamples
{
    private static readonly Lazy<IReadOnlyList<string>> Sources = new(Build);

    public static IReadOnlyList<string> All => Sources.Value;

    /// <summary>A sample truncated, cut, or with tokens inserted, deleted or repeated at random points.</summary>
    public static string Corrupt(string source, Random random, out string description)
    {
        var builder = new StringBuilder(source);
        var what = new List<string>();
        int edits = random.Next(1, 5);
        string[] tokens = { ";", "{", "}", "(", ")", "new", "=>", "\"", "/*", "#if X", "@", "default", "!", "..", "with", "?", ",", "=", "[", "]", "<", ">", "\n#endregion\n", "u8", "$\"{", "'", "::", "global::", "init", "required", "null", "typeof(", "nameof(" };
        for (int i = 0; i < edits; i++)
        {
            int at = random.Next(builder.Length + 1);
            switch (random.Next(5))
            {
                case 0:
                    builder.Length = Math.Min(at, builder.Length);
                    what.Add($"truncated at {at}");
                    break;
                case 1:
                    int length = Math.Min(random.Next(1, 40), builder.Length - Math.Min(at, builder.Length));
                    builder.Remove(Math.Min(at, builder.Length), length);
                    what.Add($"deleted {length} at {at}");
                    break;
                case 2:
                    string token = random.Pick(tokens);
                    builder.Insert(at, token);
                    what.Add($"inserted '{token.Trim()}' at {at}");
                    break;
                case 3:
                    string text = builder.ToString();
                    int lineStart = text.LastIndexOf('\n', Math.Max(0, Math.Min(at, text.Length) - 1)) + 1;
                    int lineEnd = text.IndexOf('\n', Math.Min(at, text.Length));
                    string line = text.Substring(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart);
                    builder.Insert(lineStart, line + "\n");
                    what.Add($"repeated the line at {lineStart}");
                    break;
                default:
                    if (builder.Length > 0)
                    {
                        int position = Math.Min(at, builder.Length - 1);
                        builder[position] = random.Pick(new[] { 'x', '0', '.', ' ', '\u00e9', '\0', '"' });
                        what.Add($"replaced a character at {position}");
                    }

                    break;
            }
        }

        description = string.Join(", ", what);
        return builder.ToString();
    }

    private static IReadOnlyList<string> Build()
    {
        var sources = new List<string>();
        var random = new Random(Fuzz.BaseSeed);
        IReadOnlyList<string> brands = Contracts.WireValues(typeof(Canonical.CardBrand));
        IReadOnlyList<string> brandMembers = Enum.GetNames(typeof(Canonical.CardBrand));
        int index = 0;
        foreach (Type type in Contracts.Records.Where(t => t.GetCustomAttributes<BrandRuleAttribute>().Any()))
        {
            foreach (bool complete in new[] { true, false })
            {
                var code = new StringBuilder();
                code.Append("namespace Samples\n{\n    public static class Sample").Append(index.ToString(CultureInfo.InvariantCulture)).Append("\n    {\n");
                code.Append("        [global::ThreeDsContracts.Metadata.ThreeDsCardBrand(\"").Append(random.Pick(brands)).Append("\")]\n");
                code.Append("        public static object Build(bool flag)\n        {\n");
                code.Append("            var payload = ").Append(Initializer(type, random, complete, 0, "            ")).Append(";\n");
                code.Append("            var findings = payload.Validate(global::ThreeDsContracts.Canonical.CardBrand.").Append(random.Pick(brandMembers)).Append(");\n");
                code.Append("            var other = flag ? payload : payload with { };\n");
                code.Append("            global::System.Func<object> make = () => ").Append(Initializer(type, random, false, 0, "            ")).Append(";\n");
                code.Append("            return findings.Count > 0 ? other : make();\n        }\n    }\n}\n");
                sources.Add(code.ToString());
                index++;
            }
        }

        return sources;
    }

    private static string Initializer(Type type, Random random, bool complete, int depth, string indent)
    {
        var members = new List<string>();
        foreach (WireMember member in Contracts.Members(type))
        {
            bool required = member.Property.GetCustomAttributes().Any(a => a.GetType().Name == "RequiredMemberAttribute");
            if (!required && (depth > 2 || (!complete && random.Next(3) == 0)))
            {
                continue;
            }

            string? expression = depth > 2 ? Default(member.Type) : Expression(member.Type, random, complete, depth, indent + "    ");
            if (expression is not null)
            {
                members.Add(indent + "    " + member.Property.Name + " = " + expression + ",");
            }
        }

        return "new " + CSharpName(type) + "\n" + indent + "{\n" + string.Join("\n", members) + (members.Count > 0 ? "\n" : string.Empty) + indent + "}";
    }

    private static string? Expression(Type declared, Random random, bool complete, int depth, string indent)
    {
        Type type = Contracts.Unwrap(declared);
        ValueShape shape = Contracts.ShapeOf(type, out Type? element);
        return shape switch
        {
            ValueShape.String => "\"" + random.Pick(new[] { "01", "05", "Y", "2.2.0", "4000000000001000", "x" }) + "\"",
            ValueShape.Enum => CSharpName(type) + "." + random.Pick(Enum.GetNames(type)),
            ValueShape.Code => CSharpName(element!) + "." + random.Pick(Enum.GetNames(element!)),
            ValueShape.List => "new " + CSharpName(element!) + "[] { " + (Expression(element!, random, complete, depth + 1, indent) ?? "default!") + " }",
            ValueShape.Map => "new global::System.Collections.Generic.Dictionary<string, " + CSharpName(element!) + "> { [\"k\"] = " + (Expression(element!, random, complete, depth + 1, indent) ?? "default!") + " }",
            ValueShape.Encoded => Initializer(element!, random, complete, depth + 1, indent),
            ValueShape.Object => Initializer(type, random, complete, depth + 1, indent),
            ValueShape.NumberOrString => "\"1\"",
            ValueShape.IsoDateTime or ValueShape.FlexibleTimestamp => "global::System.DateTimeOffset.UnixEpoch",
            ValueShape.DateOnly => "new global::System.DateOnly(2024, 1, 2)",
            ValueShape.DateTime => "new global::System.DateTime(2024, 1, 2)",
            ValueShape.Integer => "1",
            ValueShape.Decimal => "1.5m",
            ValueShape.Boolean => random.Next(2) == 0 ? "true" : "false",
            _ => "default",
        };
    }

    private static string Default(Type type) => type.IsValueType ? "default" : "null!";

    private static string CSharpName(Type type)
    {
        if (type.IsGenericType)
        {
            string name = type.GetGenericTypeDefinition().FullName!;
            name = name.Substring(0, name.IndexOf('`'));
            return "global::" + name + "<" + string.Join(", ", type.GetGenericArguments().Select(CSharpName)) + ">";
        }

        return type == typeof(string) ? "string" : "global::" + type.FullName!.Replace('+', '.');
    }
}
