using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ThreeDsContracts.Analyzers.Core;

/// <summary>How a condition or an expectation compares the value at a path.</summary>
internal enum ConditionKind
{
    Present,
    Absent,
    Equals,
    NotEquals,
}

/// <summary>A condition (<c>present:p</c>, <c>absent:p</c>, <c>equals:p=v</c>, <c>notEquals:p=v</c>) or an expectation (<c>p=v</c>, <c>p!=v</c>).</summary>
internal sealed class RuleCondition
{
    public RuleCondition(ConditionKind kind, string path, string? value)
    {
        Kind = kind;
        Path = path;
        Value = value;
    }

    public ConditionKind Kind { get; }

    public string Path { get; }

    public string? Value { get; }

    public static RuleCondition? ParseWhen(string text)
    {
        int colon = text.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        string kind = text.Substring(0, colon);
        string rest = text.Substring(colon + 1);
        switch (kind)
        {
            case "present":
                return rest.Length == 0 ? null : new RuleCondition(ConditionKind.Present, rest, null);
            case "absent":
                return rest.Length == 0 ? null : new RuleCondition(ConditionKind.Absent, rest, null);
            case "equals":
            case "notEquals":
                int eq = rest.IndexOf('=');
                return eq <= 0 ? null : new RuleCondition(kind == "equals" ? ConditionKind.Equals : ConditionKind.NotEquals, rest.Substring(0, eq), rest.Substring(eq + 1));
            default:
                return null;
        }
    }

    public static RuleCondition? ParseExpectation(string text)
    {
        int notEq = text.IndexOf("!=", StringComparison.Ordinal);
        if (notEq > 0)
        {
            return new RuleCondition(ConditionKind.NotEquals, text.Substring(0, notEq), text.Substring(notEq + 2));
        }

        int eq = text.IndexOf('=');
        return eq <= 0 ? null : new RuleCondition(ConditionKind.Equals, text.Substring(0, eq), text.Substring(eq + 1));
    }
}

/// <summary>A brand rule read from a <c>[BrandRule]</c> attribute of a generated type.</summary>
internal sealed class RuleInfo
{
    private RuleInfo(
        string id,
        ImmutableArray<string> brands,
        ImmutableArray<string> require,
        ImmutableArray<string> requireAnyOf,
        ImmutableArray<string> forbid,
        ImmutableArray<RuleCondition> expect,
        ImmutableArray<RuleCondition> when,
        bool isWarning,
        string message,
        string? diagnostic)
    {
        Id = id;
        Brands = brands;
        Require = require;
        RequireAnyOf = requireAnyOf;
        Forbid = forbid;
        Expect = expect;
        When = when;
        IsWarning = isWarning;
        Message = message;
        Diagnostic = diagnostic;
    }

    public string Id { get; }

    /// <summary>Brand ids the rule applies to; empty = every brand.</summary>
    public ImmutableArray<string> Brands { get; }

    public ImmutableArray<string> Require { get; }

    public ImmutableArray<string> RequireAnyOf { get; }

    public ImmutableArray<string> Forbid { get; }

    public ImmutableArray<RuleCondition> Expect { get; }

    public ImmutableArray<RuleCondition> When { get; }

    /// <summary>Severity "warning" in the schema (a recommendation): reported as Info.</summary>
    public bool IsWarning { get; }

    public string Message { get; }

    /// <summary>The analyzer id chosen by the schema (<c>diagnostic</c>), or null.</summary>
    public string? Diagnostic { get; }

    /// <summary>True when the rule restricts itself to some brands.</summary>
    public bool IsBrandSpecific => !Brands.IsEmpty;

    public bool AppliesTo(string brandId) =>
        Brands.IsEmpty || Brands.Any(b => b == "*" || string.Equals(b, brandId, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads the attribute; null when it is incomplete (erroneous code) or malformed.</summary>
    public static RuleInfo? TryCreate(AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string id || id.Length == 0)
        {
            return null;
        }

        ImmutableArray<string> brands = ImmutableArray<string>.Empty, require = ImmutableArray<string>.Empty,
            anyOf = ImmutableArray<string>.Empty, forbid = ImmutableArray<string>.Empty;
        var expect = ImmutableArray<RuleCondition>.Empty;
        var when = ImmutableArray<RuleCondition>.Empty;
        bool warning = false;
        string message = string.Empty;
        string? diagnostic = null;
        foreach (var named in attribute.NamedArguments)
        {
            TypedConstant value = named.Value;
            switch (named.Key)
            {
                case "Brands":
                    brands = Strings(value).Where(b => b != "*").ToImmutableArray();
                    break;
                case "Require":
                    require = Strings(value);
                    break;
                case "RequireAnyOf":
                    anyOf = Strings(value);
                    break;
                case "Forbid":
                    forbid = Strings(value);
                    break;
                case "Expect":
                    ImmutableArray<RuleCondition?> parsedExpect = Strings(value).Select(RuleCondition.ParseExpectation).ToImmutableArray();
                    if (parsedExpect.Any(c => c is null))
                    {
                        return null;
                    }

                    expect = parsedExpect.Select(c => c!).ToImmutableArray();
                    break;
                case "When":
                    ImmutableArray<RuleCondition?> parsedWhen = Strings(value).Select(RuleCondition.ParseWhen).ToImmutableArray();
                    if (parsedWhen.Any(c => c is null))
                    {
                        return null;
                    }

                    when = parsedWhen.Select(c => c!).ToImmutableArray();
                    break;
                case "Severity":
                    warning = string.Equals(value.Value as string, "warning", StringComparison.OrdinalIgnoreCase);
                    break;
                case "Message":
                    message = value.Value as string ?? string.Empty;
                    break;
                case "Diagnostic":
                    diagnostic = value.Value as string;
                    break;
            }
        }

        return new RuleInfo(id, brands, require, anyOf, forbid, expect, when, warning, message, diagnostic);
    }

    private static ImmutableArray<string> Strings(TypedConstant value) =>
        value.Kind == TypedConstantKind.Array && !value.IsNull
            ? value.Values.Select(v => v.Value as string).Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToImmutableArray()
            : ImmutableArray<string>.Empty;
}
