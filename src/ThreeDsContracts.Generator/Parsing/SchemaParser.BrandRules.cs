using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ThreeDsContracts.Generator.Diagnostics;
using ThreeDsContracts.Generator.Model;

namespace ThreeDsContracts.Generator.Parsing;

// x-brand-rules: card-brand conditions, required/forbidden members and expectations.
internal sealed partial class SchemaParser
{
    private EquatableArray<BrandRuleSpec> ParseBrandRules(JToken token, string pointer)
    {
        if (token is not JArray array)
        {
            Report(DiagnosticDescriptors.InvalidBrandRule, token, _file.Id, pointer, "x-brand-rules must be an array of rule objects");
            return EquatableArray<BrandRuleSpec>.Empty;
        }

        var rules = new List<BrandRuleSpec>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < array.Count; i++)
        {
            string rulePointer = pointer + "/" + i.ToString(CultureInfo.InvariantCulture);
            if (array[i] is not JObject rule)
            {
                Report(DiagnosticDescriptors.InvalidBrandRule, array[i], _file.Id, rulePointer, "must be an object");
                continue;
            }

            string? error = null;
            string id = rule["id"]?.Type == JTokenType.String ? rule["id"]!.ToString() : string.Empty;
            if (id.Length == 0)
            {
                error = "needs a string id";
            }
            else if (!ids.Add(id))
            {
                error = $"id '{id}' is used twice";
            }

            List<string> brands = Strings(rule, "brands", ref error);
            List<string> require = Paths(rule, "require", ref error);
            List<string> anyOf = Paths(rule, "requireAnyOf", ref error);
            List<string> forbid = Paths(rule, "forbid", ref error);
            var expect = new List<string>();
            if (rule["expect"] is JToken expectToken)
            {
                if (expectToken is JArray expectArray)
                {
                    foreach (JToken e in expectArray)
                    {
                        string? text = e is JObject eo ? ComparisonText(eo, string.Empty, asExpectation: true) : null;
                        if (text is null)
                        {
                            error ??= "expect entries need path and equals or notEquals";
                        }
                        else
                        {
                            expect.Add(text);
                        }
                    }
                }
                else
                {
                    error ??= "expect must be an array";
                }
            }

            var when = new List<string>();
            if (rule["when"] is JToken whenToken && !ParseCondition(whenToken, when))
            {
                error ??= "when must be {present|absent: path}, {path, equals|notEquals} or {all: [...]}";
            }

            if (require.Count + anyOf.Count + forbid.Count + expect.Count == 0)
            {
                error ??= "needs require, requireAnyOf, forbid or expect";
            }

            string? diagnostic = null;
            if (rule["diagnostic"] is JToken diagnosticToken)
            {
                diagnostic = diagnosticToken.Type == JTokenType.String ? diagnosticToken.ToString() : string.Empty;
                if (!IsAnalyzerRuleId(diagnostic))
                {
                    error ??= "diagnostic must be an analyzer rule id such as TDS1003";
                }
            }

            string severity = rule["severity"]?.ToString() ?? "error";
            if (severity is not ("error" or "warning"))
            {
                error ??= "severity must be error or warning";
            }

            if (error is not null)
            {
                Report(DiagnosticDescriptors.InvalidBrandRule, rule, _file.Id, rulePointer, (id.Length > 0 ? "'" + id + "' " : string.Empty) + error);
                continue;
            }

            rules.Add(new BrandRuleSpec(
                id,
                brands.Where(b => b != "*").ToEquatableArray(),
                require.ToEquatableArray(),
                anyOf.ToEquatableArray(),
                forbid.ToEquatableArray(),
                expect.ToEquatableArray(),
                when.ToEquatableArray(),
                severity,
                rule["message"]?.ToString() ?? string.Empty,
                rule["source"]?.ToString() ?? string.Empty,
                diagnostic));
        }

        return rules.ToEquatableArray();
    }

    private static bool IsAnalyzerRuleId(string text) =>
        text.Length == 7 && text.StartsWith("TDS1", StringComparison.Ordinal) && text.Skip(3).All(c => c >= '0' && c <= '9');

    private static List<string> Strings(JObject rule, string key, ref string? error)
    {
        if (rule[key] is not JToken token)
        {
            return new List<string>();
        }

        if (token is JArray array && array.All(a => a.Type == JTokenType.String && a.ToString().Length > 0))
        {
            return array.Select(a => a.ToString()).ToList();
        }

        error ??= key + " must be an array of non-empty strings";
        return new List<string>();
    }

    private static List<string> Paths(JObject rule, string key, ref string? error)
    {
        List<string> paths = Strings(rule, key, ref error);
        foreach (string path in paths)
        {
            if (path.Split('.').Any(step => step.Length == 0 || step == "[]") || path.Contains('=') || path.Contains(':'))
            {
                error ??= $"'{path}' is not a dotted path";
            }
        }

        return paths;
    }

    private static bool ParseCondition(JToken token, List<string> into)
    {
        if (token is not JObject condition)
        {
            return false;
        }

        if (condition["all"] is JArray all)
        {
            return all.Count > 0 && all.All(c => ParseCondition(c, into));
        }

        if (condition["present"]?.Type == JTokenType.String)
        {
            into.Add("present:" + condition["present"]);
            return true;
        }

        if (condition["absent"]?.Type == JTokenType.String)
        {
            into.Add("absent:" + condition["absent"]);
            return true;
        }

        string? text = ComparisonText(condition, string.Empty, asExpectation: false);
        if (text is null)
        {
            return false;
        }

        into.Add(text);
        return true;
    }

    private static string? ComparisonText(JObject comparison, string prefix, bool asExpectation)
    {
        if (comparison["path"]?.Type != JTokenType.String || comparison["path"]!.ToString().Length == 0)
        {
            return null;
        }

        string path = prefix + comparison["path"];
        if (comparison["equals"] is JToken equals && IsScalar(equals))
        {
            return asExpectation ? path + "=" + ScalarText(equals) : "equals:" + path + "=" + ScalarText(equals);
        }

        if (comparison["notEquals"] is JToken notEquals && IsScalar(notEquals))
        {
            return asExpectation ? path + "!=" + ScalarText(notEquals) : "notEquals:" + path + "=" + ScalarText(notEquals);
        }

        return null;
    }

    private static bool IsScalar(JToken token) => token.Type is JTokenType.String or JTokenType.Integer or JTokenType.Float or JTokenType.Boolean;

    private static string ScalarText(JToken token) => token.Type switch
    {
        JTokenType.Boolean => (bool)token! ? "true" : "false",
        JTokenType.String => token.ToString(),
        _ => token.ToString(Formatting.None),
    };
}
