using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ThreeDsContracts.Analyzers.Core;

/// <summary>What the analysis knows about a value on the wire.</summary>
internal enum ValueState
{
    /// <summary>Not set, null or an empty string: absent on the wire.</summary>
    Absent,

    /// <summary>Certainly holds a value.</summary>
    Present,

    /// <summary>May or may not hold a value (not a compile-time fact).</summary>
    Unknown,
}

/// <summary>The kind of a constant, for comparisons with rule values.</summary>
internal enum ConstantKind
{
    None,
    String,
    Boolean,
    Number,
}

/// <summary>The value of one member of a payload as far as it is known at compile time.</summary>
internal sealed class PayloadValue
{
    public static readonly PayloadValue UnknownValue = new(ValueState.Unknown);
    public static readonly PayloadValue AbsentValue = new(ValueState.Absent);
    public static readonly PayloadValue PresentValue = new(ValueState.Present);

    private readonly DeferredState? _deferred;
    private readonly ValueState _state;

    public PayloadValue(ValueState state, string? constant = null, ConstantKind constantKind = ConstantKind.None, PayloadObject? obj = null, IFieldSymbol? enumMember = null, IReadOnlyList<PayloadValue>? elements = null)
    {
        _state = state;
        Constant = constant;
        ConstantKind = constantKind;
        Object = obj;
        EnumMember = enumMember;
        Elements = elements;
    }

    private PayloadValue(DeferredState deferred)
    {
        _deferred = deferred;
    }

    /// <summary>
    /// A value whose state needs the semantic model (nullable flow state of a non-constant expression): it is
    /// asked for only when a rule reads the value, since most assigned values are on no rule's path.
    /// </summary>
    public static PayloadValue Deferred(Func<ValueState> state) => new(new DeferredState(state));

    public ValueState State => _deferred?.Value ?? _state;

    /// <summary>The wire text of a constant (enum wire value, string, true/false, number).</summary>
    public string? Constant { get; }

    public ConstantKind ConstantKind { get; }

    /// <summary>The object, when the value is a payload object built in the analysed code.</summary>
    public PayloadObject? Object { get; }

    /// <summary>The enum member, when the value is a code-list constant.</summary>
    public IFieldSymbol? EnumMember { get; }

    /// <summary>The items, when the value is an array or list whose every item is written in the analysed code.</summary>
    public IReadOnlyList<PayloadValue>? Elements { get; }

    /// <summary>The syntax that assigned the value (for locations), when known.</summary>
    public SyntaxNode? AssignmentSyntax { get; private set; }

    public PayloadValue WithAssignment(SyntaxNode? syntax)
    {
        PayloadValue copy = _deferred is null ? new PayloadValue(_state, Constant, ConstantKind, Object, EnumMember, Elements) : new PayloadValue(_deferred);
        copy.AssignmentSyntax = syntax;
        return copy;
    }

    /// <summary>Computed once, on first read; a concurrent first read computes the same state twice.</summary>
    private sealed class DeferredState
    {
        private Func<ValueState>? _compute;
        private ValueState _value;

        public DeferredState(Func<ValueState> compute) => _compute = compute;

        public ValueState Value
        {
            get
            {
                Func<ValueState>? compute = System.Threading.Volatile.Read(ref _compute);
                if (compute is not null)
                {
                    _value = compute();
                    System.Threading.Volatile.Write(ref _compute, null);
                }

                return _value;
            }
        }
    }

    /// <summary>Compares the constant with a rule value as the runtime evaluator does.</summary>
    public bool ConstantEquals(string expected)
    {
        if (Constant is null)
        {
            return false;
        }

        switch (ConstantKind)
        {
            case ConstantKind.Boolean:
                return string.Equals(Constant, expected, StringComparison.OrdinalIgnoreCase);
            case ConstantKind.Number:
                return decimal.TryParse(Constant, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal have)
                    && decimal.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal want)
                    && have == want;
            default:
                return string.Equals(Constant, expected, StringComparison.Ordinal);
        }
    }
}

/// <summary>A payload object built by an object creation or a <c>with</c> expression.</summary>
internal sealed class PayloadObject
{
    public PayloadObject(ObjectShape shape, SyntaxNode owner, bool complete, int capacity = 0, SyntaxNode? origin = null)
    {
        Shape = shape;
        Owner = owner;
        Origin = origin ?? owner;
        Complete = complete;
        Members = new Dictionary<string, PayloadValue>(capacity, StringComparer.Ordinal);
    }

    public ObjectShape Shape { get; }

    /// <summary>The creation or <c>with</c> expression that built the object.</summary>
    public SyntaxNode Owner { get; }

    /// <summary>
    /// The creation this object was first built by: <see cref="Owner"/>, or for a copy made by a <c>with</c>
    /// (<c>y = x with { … }</c>) the creation of the object it copies (the same object for the rules).
    /// </summary>
    public SyntaxNode Origin { get; }

    /// <summary>True when every member is known (built from scratch), false when built from an unknown object.</summary>
    public bool Complete { get; private set; }

    /// <summary>Members by wire name.</summary>
    public Dictionary<string, PayloadValue> Members { get; }

    public void MarkIncomplete() => Complete = false;

    /// <summary>A shallow copy owned by another expression (a <c>with</c>).</summary>
    public PayloadObject CopyFor(SyntaxNode owner)
    {
        var copy = new PayloadObject(Shape, owner, Complete, Members.Count + 1, Origin);
        foreach (KeyValuePair<string, PayloadValue> member in Members)
        {
            copy.Members[member.Key] = member.Value;
        }

        return copy;
    }

    /// <summary>A copy in which the value at a wire path is replaced (copies along the path).</summary>
    public PayloadObject WithPath(IReadOnlyList<string> path, int index, PayloadValue value)
    {
        PayloadObject copy = CopyFor(Owner);
        string step = path[index];
        if (index == path.Count - 1)
        {
            copy.Members[step] = value;
        }
        else if (Members.TryGetValue(step, out PayloadValue? current) && current.Object is not null)
        {
            copy.Members[step] = new PayloadValue(ValueState.Present, obj: current.Object.WithPath(path, index + 1, value)).WithAssignment(current.AssignmentSyntax);
        }
        else
        {
            copy.Members[step] = PayloadValue.UnknownValue;
        }

        return copy;
    }

    /// <summary>The span that stands for the object in diagnostics: <c>new Type(...)</c> or <c>x with</c>.</summary>
    public static TextSpan HeadSpan(SyntaxNode owner) => owner switch
    {
        ObjectCreationExpressionSyntax creation => TextSpan.FromBounds(creation.SpanStart, (creation.ArgumentList ?? (SyntaxNode)creation.Type).Span.End),
        ImplicitObjectCreationExpressionSyntax implicitCreation => TextSpan.FromBounds(implicitCreation.SpanStart, implicitCreation.ArgumentList.Span.End),
        WithExpressionSyntax with => TextSpan.FromBounds(with.SpanStart, with.WithKeyword.Span.End),
        _ => owner.Span,
    };

    public static Location HeadLocation(SyntaxNode owner) => Location.Create(owner.SyntaxTree, HeadSpan(owner));
}

/// <summary>The result of following a wire path through a payload.</summary>
internal readonly struct Located
{
    public Located(ValueState state, PayloadValue? value, PayloadObject? deepest, int missingFrom)
    {
        State = state;
        Value = value;
        Deepest = deepest;
        MissingFrom = missingFrom;
    }

    public ValueState State { get; }

    /// <summary>The value at the end of the path, when reached.</summary>
    public PayloadValue? Value { get; }

    /// <summary>The deepest object on the path that exists (the owner of the missing member).</summary>
    public PayloadObject? Deepest { get; }

    /// <summary>Index of the first path step missing below <see cref="Deepest"/>.</summary>
    public int MissingFrom { get; }

    /// <summary>
    /// Follows wire steps. A step <c>name[i]</c> (from <see cref="Expand"/>) is item i of the array <c>name</c>;
    /// an unexpanded <c>name[]</c> step is unknown.
    /// </summary>
    public static Located Resolve(PayloadObject root, string[] steps)
    {
        PayloadObject current = root;
        for (int i = 0; i < steps.Length; i++)
        {
            string step = steps[i];
            int index = ItemIndex(step, out string name);
            if (index == -2 || !current.Shape.ByWire.TryGetValue(name, out IPropertySymbol? property))
            {
                return new Located(ValueState.Unknown, null, null, 0);
            }

            if (index >= 0)
            {
                // Expand only produces indices of arrays whose items are all known.
                if (!current.Members.TryGetValue(name, out PayloadValue? array) || array.Elements is not { } items || index >= items.Count)
                {
                    return new Located(ValueState.Unknown, null, null, 0);
                }

                PayloadValue item = items[index];
                if (i == steps.Length - 1)
                {
                    return new Located(item.State, item, null, i);
                }

                if (item.State == ValueState.Present && item.Object is not null)
                {
                    current = item.Object;
                    continue;
                }

                return new Located(ValueState.Unknown, null, null, 0);
            }

            bool last = i == steps.Length - 1;
            if (!current.Members.TryGetValue(step, out PayloadValue? value))
            {
                if (!current.Complete)
                {
                    return new Located(ValueState.Unknown, null, null, 0);
                }

                if (property.Type.IsValueType && property.Type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T)
                {
                    // A value type that is not nullable is always written (its default).
                    return new Located(last ? ValueState.Present : ValueState.Unknown, null, null, 0);
                }

                return new Located(ValueState.Absent, null, current, i);
            }

            if (last)
            {
                return new Located(value.State, value, value.State == ValueState.Absent ? current : null, i);
            }

            switch (value.State)
            {
                case ValueState.Absent:
                    return new Located(ValueState.Absent, null, current, i);
                case ValueState.Present when value.Object is not null:
                    current = value.Object;
                    break;
                default:
                    return new Located(ValueState.Unknown, null, null, 0);
            }
        }

        return new Located(ValueState.Present, null, current, steps.Length);
    }

    /// <summary>
    /// The concrete paths of a rule path with <c>[]</c> steps: one per item of each array on the way (<c>items[]</c>
    /// → <c>items[0]</c>, <c>items[1]</c>), none below an absent array, as the run-time evaluator walks them. Null
    /// when an array on the way is not known item by item (built elsewhere, spread, a parameter).
    /// </summary>
    public static List<string[]>? Expand(PayloadObject root, string[] steps)
    {
        var done = new List<string[]>();
        var pending = new List<string[]> { steps };
        while (pending.Count > 0)
        {
            string[] path = pending[pending.Count - 1];
            pending.RemoveAt(pending.Count - 1);
            int open = Array.FindIndex(path, s => s.EndsWith("[]", StringComparison.Ordinal));
            if (open < 0)
            {
                done.Add(path);
                continue;
            }

            if (done.Count + pending.Count > 256)
            {
                return null;
            }

            string[] prefix = new string[open + 1];
            Array.Copy(path, prefix, open + 1);
            prefix[open] = path[open].Substring(0, path[open].Length - 2);
            Located array = Resolve(root, prefix);
            if (array.State == ValueState.Absent)
            {
                continue;
            }

            if (array.State != ValueState.Present || array.Value?.Elements is not { } items)
            {
                return null;
            }

            for (int i = items.Count - 1; i >= 0; i--)
            {
                string[] concrete = (string[])path.Clone();
                concrete[open] = prefix[open] + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                pending.Add(concrete);
            }
        }

        return done;
    }

    /// <summary>-1 for a plain step, the index for <c>name[i]</c>, -2 for <c>name[]</c>; <paramref name="name"/> without brackets.</summary>
    public static int ItemIndex(string step, out string name)
    {
        name = step;
        if (!step.EndsWith("]", StringComparison.Ordinal))
        {
            return -1;
        }

        int open = step.LastIndexOf('[');
        if (open < 0)
        {
            return -1;
        }

        name = step.Substring(0, open);
        string digits = step.Substring(open + 1, step.Length - open - 2);
        if (digits.Length == 0)
        {
            return -2;
        }

        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int index) ? index : -2;
    }
}
