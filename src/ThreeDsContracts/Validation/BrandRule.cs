using System;
using System.Collections.Generic;
using System.Linq;

namespace ThreeDsContracts.Validation;

/// <summary>Severity of a finding.</summary>
public enum FindingSeverity
{
    /// <summary>The provider rejects the payload or processes it wrongly.</summary>
    Error = 0,

    /// <summary>The provider recommends the data (e.g. for a frictionless flow).</summary>
    Warning = 1,

    /// <summary>
    /// Worth knowing, not wrong: e.g. a code outside a list the schema marks <c>x-unknown-values: preserve</c>
    /// (the provider may add codes; the value is kept).
    /// </summary>
    Notice = 2,
}

/// <summary>How a condition or expectation compares a value.</summary>
public enum ConditionKind
{
    /// <summary>The path holds a value (not null, not an empty string).</summary>
    Present,

    /// <summary>The path holds no value.</summary>
    Absent,

    /// <summary>The path holds a value equal to <see cref="Condition.Value"/>.</summary>
    Equals,

    /// <summary>The path holds no value or one that differs from <see cref="Condition.Value"/>.</summary>
    NotEquals,
}

/// <summary>A condition on one path of a payload.</summary>
public sealed record Condition(ConditionKind Kind, string Path, string? Value = null)
{
    /// <summary>
    /// Parses the attribute form: <c>present:path</c>, <c>absent:path</c>, <c>equals:path=value</c>,
    /// <c>notEquals:path=value</c>.
    /// </summary>
    public static Condition Parse(string text)
    {
        int colon = text.IndexOf(':');
        if (colon <= 0)
        {
            throw new FormatException($"A condition has the form kind:path[=value]: '{text}'.");
        }

        string kind = text.Substring(0, colon);
        string rest = text.Substring(colon + 1);
        switch (kind)
        {
            case "present":
                return new Condition(ConditionKind.Present, rest);
            case "absent":
                return new Condition(ConditionKind.Absent, rest);
            case "equals":
            case "notEquals":
                int eq = rest.IndexOf('=');
                if (eq <= 0)
                {
                    throw new FormatException($"An {kind} condition has the form {kind}:path=value: '{text}'.");
                }

                return new Condition(kind == "equals" ? ConditionKind.Equals : ConditionKind.NotEquals, rest.Substring(0, eq), rest.Substring(eq + 1));
            default:
                throw new FormatException($"Unknown condition kind '{kind}'.");
        }
    }

    /// <summary>Parses an expectation: <c>path=value</c> or <c>path!=value</c>.</summary>
    public static Condition ParseExpectation(string text)
    {
        int notEq = text.IndexOf("!=", StringComparison.Ordinal);
        if (notEq > 0)
        {
            return new Condition(ConditionKind.NotEquals, text.Substring(0, notEq), text.Substring(notEq + 2));
        }

        int eq = text.IndexOf('=');
        if (eq <= 0)
        {
            throw new FormatException($"An expectation has the form path=value or path!=value: '{text}'.");
        }

        return new Condition(ConditionKind.Equals, text.Substring(0, eq), text.Substring(eq + 1));
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        ConditionKind.Present => "present:" + Path,
        ConditionKind.Absent => "absent:" + Path,
        ConditionKind.Equals => "equals:" + Path + "=" + Value,
        _ => "notEquals:" + Path + "=" + Value,
    };
}

/// <summary>
/// A card-brand rule of a payload, as declared in the schema's <c>x-brand-rules</c>.
/// </summary>
public sealed record BrandRule
{
    /// <summary>Rule id.</summary>
    public required string Id { get; init; }

    /// <summary>Brand ids the rule applies to; empty = every brand.</summary>
    public IReadOnlyList<string> Brands { get; init; } = Array.Empty<string>();

    /// <summary>Paths that must all be present.</summary>
    public IReadOnlyList<string> Require { get; init; } = Array.Empty<string>();

    /// <summary>Paths of which at least one must be present.</summary>
    public IReadOnlyList<string> RequireAnyOf { get; init; } = Array.Empty<string>();

    /// <summary>Paths that must be absent.</summary>
    public IReadOnlyList<string> Forbid { get; init; } = Array.Empty<string>();

    /// <summary>Values that must (or must not) be held.</summary>
    public IReadOnlyList<Condition> Expect { get; init; } = Array.Empty<Condition>();

    /// <summary>Conditions that must all hold for the rule to apply.</summary>
    public IReadOnlyList<Condition> When { get; init; } = Array.Empty<Condition>();

    /// <summary>Severity.</summary>
    public FindingSeverity Severity { get; init; } = FindingSeverity.Error;

    /// <summary>What is wrong.</summary>
    public string Message { get; init; } = string.Empty;

    /// <summary>Where the provider documents the rule.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>True when the rule applies to the brand.</summary>
    public bool AppliesTo(string brandId) =>
        Brands.Count == 0 || Brands.Any(b => b == "*" || string.Equals(b, brandId, StringComparison.OrdinalIgnoreCase));

    /// <summary>Builds a rule from the attribute form used by generated code.</summary>
    public static BrandRule Create(
        string id,
        string[] brands,
        string[] require,
        string[] requireAnyOf,
        string[] forbid,
        string[] expect,
        string[] when,
        string severity,
        string message,
        string source) => new()
        {
            Id = id,
            Brands = brands,
            Require = require,
            RequireAnyOf = requireAnyOf,
            Forbid = forbid,
            Expect = Array.ConvertAll(expect, Condition.ParseExpectation),
            When = Array.ConvertAll(when, Condition.Parse),
            Severity = string.Equals(severity, "warning", StringComparison.OrdinalIgnoreCase) ? FindingSeverity.Warning : FindingSeverity.Error,
            Message = message,
            Source = source,
        };
}

/// <summary>One violated rule or schema constraint, located by JSON path.</summary>
/// <param name="RuleId">The rule id (brand rules) or the constraint (schema findings).</param>
/// <param name="JsonPath">Where, e.g. <c>$.paymentMethodType.card.authentication.threeDS.threeDSProgramProtocol</c>.</param>
/// <param name="Message">What is wrong; never contains payload values.</param>
/// <param name="Severity">Error or warning.</param>
public sealed record ValidationFinding(string RuleId, string JsonPath, string Message, FindingSeverity Severity = FindingSeverity.Error)
{
    /// <inheritdoc />
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {RuleId} at {JsonPath}: {Message}";
}
