using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ThreeDsContracts.Analyzers.Core;

/// <summary>What part of a brand rule a finding violates.</summary>
internal enum FindingKind
{
    Require,
    RequireAnyOf,
    Forbid,
    Expect,
}

/// <summary>One violated brand rule on one object, for the brands it was found for.</summary>
internal sealed class Finding
{
    public Finding(FindingKind kind, RuleInfo rule, PayloadObject owner, ObjectShape pathBase, IReadOnlyList<string[]> paths, SyntaxNode? valueSyntax, RuleCondition? expectation)
    {
        Kind = kind;
        PathBase = pathBase;
        Rule = rule;
        Owner = owner;
        Paths = paths;
        ValueSyntax = valueSyntax;
        Expectation = expectation;
    }

    public FindingKind Kind { get; }

    public RuleInfo Rule { get; }

    /// <summary>The object that should hold (or not hold) the member: the deepest existing object on the path.</summary>
    public PayloadObject Owner { get; }

    /// <summary>The type the paths are relative to.</summary>
    public ObjectShape PathBase { get; }

    /// <summary>Wire paths relative to <see cref="PathBase"/>: the missing members, the alternatives, or the offending member.</summary>
    public IReadOnlyList<string[]> Paths { get; }

    /// <summary>The assignment of the offending value (forbid, expect), if it is set.</summary>
    public SyntaxNode? ValueSyntax { get; }

    public RuleCondition? Expectation { get; }

    /// <summary>Brands the finding holds for; empty = the rule applies to every brand.</summary>
    public SortedSet<string> Brands { get; } = new(StringComparer.Ordinal);

    public string DiagnosticId => Kind switch
    {
        FindingKind.Require => Rule.Diagnostic == RuleIdentifiers.AuthenticationSkippedWithoutMember ? RuleIdentifiers.AuthenticationSkippedWithoutMember : RuleIdentifiers.BrandRequiredMemberMissing,
        FindingKind.RequireAnyOf => RuleIdentifiers.BrandAnyOfMemberMissing,
        FindingKind.Forbid => RuleIdentifiers.BrandForbiddenMemberPresent,
        _ => RuleIdentifiers.BrandRuleExpectationViolated,
    };

    /// <summary>"for …" in messages: the brands, or "any card brand" for a rule of every brand.</summary>
    public string BrandText => Brands.Count == 0 ? "any card brand" : string.Join(", ", Brands);

    internal string Key => Kind + "|" + Rule.Id + "|" + Owner.Owner.SpanStart + "|" + Detail;

    /// <summary>The same finding of the object a <c>with</c> copies (the object's first creation instead of the copy).</summary>
    internal string OriginKey => Kind + "|" + Rule.Id + "|" + Owner.Origin.SpanStart + "|" + Detail;

    private string Detail => string.Join(";", Paths.Select(p => string.Join(".", p)))
        + "|" + (ValueSyntax?.SpanStart ?? -1) + "|" + (Expectation is null ? string.Empty : Expectation.Kind + Expectation.Value);
}

/// <summary>Evaluates the brand rules of a payload type on the compile-time picture of one payload.</summary>
internal static class BrandRuleEvaluation
{
    /// <summary>The findings of every rule on the object, for the brands known in the context.</summary>
    public static List<Finding> Evaluate(PayloadObject payload, BrandContext brands)
    {
        var findings = new Dictionary<string, Finding>(StringComparer.Ordinal);
        foreach (RuleInfo rule in payload.Shape.Rules)
        {
            if (!rule.IsBrandSpecific)
            {
                EvaluateRule(payload, rule, null, findings);
                continue;
            }

            foreach (string brand in brands.Brands)
            {
                if (rule.AppliesTo(brand))
                {
                    EvaluateRule(payload, rule, brand, findings);
                }
            }
        }

        return WithoutRepeats(findings.Values);
    }

    /// <summary>
    /// One finding per member and spot: a member missing on an object, or a value at one place, that several rules
    /// report (a requirement and a recommendation of the same member) is reported by the most severe rule only
    /// (requirements before recommendations, then by rule id); a finding left with no member is dropped.
    /// </summary>
    private static List<Finding> WithoutRepeats(IEnumerable<Finding> findings)
    {
        var result = new List<Finding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Finding finding in findings.OrderBy(f => f.Rule.IsWarning ? 1 : 0).ThenBy(f => f.Rule.Id, StringComparer.Ordinal).ThenBy(f => f.Key, StringComparer.Ordinal))
        {
            string spot = finding.Kind + "|" + (finding.ValueSyntax?.SpanStart ?? finding.Owner.Owner.SpanStart) + "|";
            if (finding.Kind != FindingKind.Require)
            {
                if (finding.Kind == FindingKind.RequireAnyOf || seen.Add(spot + string.Join(".", finding.Paths[0])))
                {
                    result.Add(finding);
                }

                continue;
            }

            var paths = finding.Paths.Where(p => seen.Add(spot + string.Join(".", p))).ToList();
            if (paths.Count == finding.Paths.Count)
            {
                result.Add(finding);
            }
            else if (paths.Count > 0)
            {
                var reduced = new Finding(finding.Kind, finding.Rule, finding.Owner, finding.PathBase, paths, finding.ValueSyntax, finding.Expectation);
                reduced.Brands.UnionWith(finding.Brands);
                result.Add(reduced);
            }
        }

        return result;
    }

    private static void EvaluateRule(PayloadObject payload, RuleInfo rule, string? brand, Dictionary<string, Finding> findings)
    {
        if (!rule.When.All(condition => Holds(payload, condition)))
        {
            return;
        }

        void Add(Finding finding)
        {
            if (!findings.TryGetValue(finding.Key, out Finding? existing))
            {
                findings.Add(finding.Key, existing = finding);
            }

            if (brand is not null)
            {
                existing.Brands.Add(brand);
            }
        }

        var missingByOwner = new Dictionary<SyntaxNode, (PayloadObject Owner, List<string[]> Paths)>();
        foreach (string path in rule.Require)
        {
            foreach (string[] steps in Concrete(payload, path))
            {
                Located located = Located.Resolve(payload, steps);
                if (located.State == ValueState.Absent && located.Deepest is { } owner)
                {
                    if (!missingByOwner.TryGetValue(owner.Owner, out var group))
                    {
                        missingByOwner.Add(owner.Owner, group = (owner, new List<string[]>()));
                    }

                    group.Paths.Add(steps.Skip(located.MissingFrom).ToArray());
                }
            }
        }

        foreach (var group in missingByOwner.Values)
        {
            Add(new Finding(FindingKind.Require, rule, group.Owner, group.Owner.Shape, group.Paths, null, null));
        }

        // One of the alternatives must be present somewhere (any item of an array counts), as at run time.
        if (!rule.RequireAnyOf.IsEmpty && rule.RequireAnyOf.All(path => IsAbsentEverywhere(payload, path)))
        {
            Add(new Finding(FindingKind.RequireAnyOf, rule, payload, payload.Shape, rule.RequireAnyOf.Select(Split).ToList(), null, null));
        }

        foreach (string path in rule.Forbid)
        {
            foreach (string[] steps in Concrete(payload, path))
            {
                Located located = Located.Resolve(payload, steps);
                if (located.State == ValueState.Present)
                {
                    Add(new Finding(FindingKind.Forbid, rule, payload, payload.Shape, new[] { steps }, located.Value?.AssignmentSyntax, null));
                }
            }
        }

        foreach (RuleCondition expectation in rule.Expect)
        {
            foreach (string[] steps in Concrete(payload, expectation.Path))
            {
                Located located = Located.Resolve(payload, steps);
                bool violated = expectation.Kind == ConditionKind.Equals
                    ? located.State == ValueState.Absent || (located.State == ValueState.Present && located.Value?.Constant is not null && !located.Value.ConstantEquals(expectation.Value!))
                    : located.State == ValueState.Present && located.Value?.Constant is not null && located.Value.ConstantEquals(expectation.Value!);
                if (violated)
                {
                    PayloadObject owner = located.State == ValueState.Absent && located.Deepest is { } deepest ? deepest : payload;
                    Add(new Finding(FindingKind.Expect, rule, owner, payload.Shape, new[] { steps }, located.Value?.AssignmentSyntax, expectation));
                }
            }
        }
    }

    private static bool IsAbsentEverywhere(PayloadObject payload, string path)
    {
        if (!HasItemSteps(path))
        {
            return Located.Resolve(payload, Split(path)).State == ValueState.Absent;
        }

        return Located.Expand(payload, Split(path)) is { } paths && paths.All(steps => Located.Resolve(payload, steps).State == ValueState.Absent);
    }

    /// <summary>The concrete paths of a rule path (one per array item on the way); none when an array is not known item by item.</summary>
    private static IEnumerable<string[]> Concrete(PayloadObject payload, string path) =>
        !HasItemSteps(path) ? new[] { Split(path) } : Located.Expand(payload, Split(path)) ?? Enumerable.Empty<string[]>();

    /// <summary>Whether a rule path steps into array items (<c>items[].sku</c>); plain paths skip the expansion.</summary>
    private static bool HasItemSteps(string path) => path.IndexOf("[]", StringComparison.Ordinal) >= 0;

    /// <summary>
    /// Whether a <c>when</c> condition certainly holds. Over array items, as at run time: present and equals hold
    /// for some item, absent and notEquals for every item; an array not known item by item makes it unknown.
    /// </summary>
    private static bool Holds(PayloadObject payload, RuleCondition condition)
    {
        if (!HasItemSteps(condition.Path))
        {
            return HoldsAt(payload, Split(condition.Path), condition);
        }

        if (Located.Expand(payload, Split(condition.Path)) is not { } paths)
        {
            return false;
        }

        return condition.Kind switch
        {
            ConditionKind.Present => paths.Any(p => HoldsAt(payload, p, condition)),
            ConditionKind.Equals => paths.Any(p => HoldsAt(payload, p, condition)),
            _ => paths.All(p => HoldsAt(payload, p, condition)),
        };
    }

    private static bool HoldsAt(PayloadObject payload, string[] steps, RuleCondition condition)
    {
        Located located = Located.Resolve(payload, steps);
        return condition.Kind switch
        {
            ConditionKind.Present => located.State == ValueState.Present,
            ConditionKind.Absent => located.State == ValueState.Absent,
            ConditionKind.Equals => located.State == ValueState.Present && located.Value?.Constant is not null && located.Value.ConstantEquals(condition.Value!),
            _ => located.State == ValueState.Absent
                || (located.State == ValueState.Present && located.Value?.Constant is not null && !located.Value.ConstantEquals(condition.Value!)),
        };
    }

    /// <summary>The steps of a rule path, split once per path (rule paths come from the schemas' attributes: a small fixed set).</summary>
    public static string[] Split(string path) => SplitPaths.GetOrAdd(path, p => p.Split('.'));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> SplitPaths = new(StringComparer.Ordinal);

    /// <summary>The C# member path of wire steps below a shape (<c>PaymentMethodType.Card.Authentication</c>).</summary>
    public static string DisplayPath(ContractSymbols symbols, ObjectShape start, IReadOnlyList<string> steps)
    {
        var names = new List<string>(steps.Count);
        ObjectShape? shape = start;
        foreach (string step in steps)
        {
            int index = Located.ItemIndex(step, out string wire);
            if (shape is not null && shape.ByWire.TryGetValue(wire, out IPropertySymbol? property))
            {
                ITypeSymbol? type = symbols.Unwrap(property.Type);
                if (index == -1)
                {
                    names.Add(property.Name);
                }
                else
                {
                    names.Add(property.Name + (index >= 0 ? "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]" : "[]"));
                    type = symbols.Unwrap(ContractSymbols.ItemType(type));
                }

                shape = symbols.GetShape(type);
            }
            else
            {
                names.Add(step);
                shape = null;
            }
        }

        return string.Join(".", names);
    }
}
